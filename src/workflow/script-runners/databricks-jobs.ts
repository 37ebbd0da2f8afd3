import { posix } from 'node:path'
import type { Definition, DefinitionSource, ScriptRunner } from './script-runner.js'
import { stepNamePurposes } from './step-name-purposes.js'
import { yamlDocument } from './yaml-document.js'
import type { YamlDocument } from './yaml-document.js'

/**
 * Databricks jobs, from job settings (`databricks jobs create|reset --json-file job.json`, or `--json @job.json`)
 * or from a bundle's `resources.jobs` (`databricks bundle run <job>`, the MLOps Stacks layout). Each task runs
 * its Python file, wheel entry point or notebook with its parameters, after the tasks it depends on. A bundle
 * deploy only installs the jobs on the platform: nothing runs, so it is not followed.
 */
export const databricksJobs: ScriptRunner = {
  tools: ['databricks'],
  fileFlags: ['--json-file'],
  valueFlags: ['--json', '--job-id', '--profile', '-p', '--version', '-t', '--target', '--var'],
  invocation: ({ args, flags, files }) => {
    if (args[0] === 'bundle')
      return args[1] === 'run' && args[2] !== undefined ? bundleRun(args[2], files) : undefined
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

/** The bundle's own file names, in the order the CLI looks for them. */
const BUNDLE_FILES = ['databricks.yml', 'databricks.yaml', 'bundle.yml', 'bundle.yaml']

function bundleRun(job: string, files: (names: string[]) => string[]) {
  return {
    files: files(BUNDLE_FILES),
    targets: [job],
    definitions: (text: string, _targets: string[], source: DefinitionSource) => bundleJob(text, job, source),
    required: true
  }
}

/**
 * The tasks of one job of a bundle, in the bundle file or a file it includes. A glob include (`resources/*.yml`)
 * cannot be listed from here, so a job defined only there is not found, and the command says so.
 */
function bundleJob(text: string, job: string, source: DefinitionSource): Definition[] | undefined {
  const bundle = yamlDocument(text)
  if (!bundle) return undefined
  const includes = bundle
    .list(['include'])
    .filter((include): include is string => typeof include === 'string' && !/[*?[{]/.test(include))
    .map(include => posix.normalize(posix.join(posix.dirname(source.file), include)))
  for (const [file, doc] of [
    [source.file, bundle] as const,
    ...includes.map(file => [file, read(file)] as const)
  ]) {
    if (!doc || doc.get(['resources', 'jobs', job]) === undefined) continue
    const at = ['resources', 'jobs', job, 'tasks']
    const definitions = doc
      .list(at)
      .flatMap((_task, index) => task(doc, [...at, index], { prefix: `jobs.${job}.tasks.`, fromRoot: false }))
    return definitions.map(definition => (file === source.file ? definition : { ...definition, file }))
  }
  return undefined

  function read(file: string): YamlDocument | undefined {
    const content = source.read(file)
    return content === undefined ? undefined : yamlDocument(content)
  }
}

/** Where a task's paths start: the repository root for job settings, the defining file's folder in a bundle. */
interface TaskPlace {
  prefix: string
  fromRoot: boolean
}

function task(
  doc: YamlDocument,
  at: Array<string | number>,
  { prefix, fromRoot }: TaskPlace = { prefix: 'tasks.', fromRoot: true }
): Definition[] {
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
          ? notebookCommand(notebook)
          : undefined
  if (!command) return []
  const purposes = stepNamePurposes(name)
  return [
    {
      key: name,
      label: `${prefix}${name}`,
      script: [command.join(' ')],
      deps: [],
      perLine: false,
      // Workspace and DBFS paths (`dbfs:/…`) are on the platform; repository paths are read from the root.
      ...(fromRoot ? { fromCaller: true } : {}),
      ...(purposes.length > 0 ? { purposes } : {}),
      ...doc.lineOf(at)
    }
  ]
}

/**
 * A notebook in the repository written as Python source (`../training/notebooks/Train.py`) is read like a
 * script; one in the workspace (`/Repos/team/report`) or of no stated language is only named.
 */
function notebookCommand(path: string): string[] {
  return /^[^/:$]+.*\.py$/.test(path) ? ['python', path] : ['notebook', path]
}
