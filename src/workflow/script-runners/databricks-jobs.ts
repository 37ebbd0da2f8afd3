import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'
import type { YamlDocument } from './yaml-document.js'

/**
 * Databricks job settings: `databricks jobs create|reset --json-file job.json` (or `--json @job.json`). Each
 * task runs its Python file or wheel entry point with its parameters; a notebook task is named, not read.
 */
export const databricksJobs: ScriptRunner = {
  tools: ['databricks'],
  fileFlags: ['--json-file'],
  valueFlags: ['--json', '--job-id', '--profile', '-p', '--version'],
  invocation: ({ args, flags, files }) => {
    if (args[0] !== 'jobs' || (args[1] !== 'create' && args[1] !== 'reset')) return undefined
    const json = flags.get('--json')
    const named = json?.startsWith('@') ? files([json.slice(1)]) : files([])
    return named.length > 0
      ? { files: named, targets: [], definitions: jobSettings, required: true }
      : undefined
  }
}

function jobSettings(text: string): Definition[] | undefined {
  const doc = yamlDocument(text)
  if (!doc) return undefined
  // `jobs reset` wraps the settings in `new_settings`; a single-task job has its task at the top.
  const root = doc.get(['new_settings']) === undefined ? [] : ['new_settings']
  const tasks = doc.list([...root, 'tasks'])
  const places = tasks.length > 0 ? tasks.map((_task, index) => [...root, 'tasks', index]) : [root]
  const definitions = places.flatMap(at => task(doc, at))
  return definitions.length > 0 ? definitions : undefined
}

function task(doc: YamlDocument, at: Array<string | number>): Definition[] {
  const name = doc.text([...at, 'task_key']) ?? doc.text([...at, 'name']) ?? 'task'
  const params = (key: string): string[] => doc.list([...at, key, 'parameters']).map(String)
  const file = doc.text([...at, 'spark_python_task', 'python_file'])
  const entry = doc.text([...at, 'python_wheel_task', 'entry_point'])
  const notebook = doc.text([...at, 'notebook_task', 'notebook_path'])
  const command =
    file !== undefined
      ? ['python', file, ...params('spark_python_task')]
      : entry !== undefined
        ? [entry, ...params('python_wheel_task')]
        : notebook !== undefined
          ? ['notebook', notebook]
          : undefined
  if (!command) return []
  return [
    {
      key: name,
      label: `tasks.${name}`,
      script: [command.join(' ')],
      deps: [],
      perLine: false,
      // Workspace and DBFS paths (`dbfs:/…`) are on the platform; repository paths are read from the root.
      fromCaller: true,
      ...doc.lineOf(at)
    }
  ]
}
