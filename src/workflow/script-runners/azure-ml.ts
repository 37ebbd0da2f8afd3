import { posix } from 'node:path'
import type { Definition, DefinitionSource, RunnerCall, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'
import type { YamlDocument } from './yaml-document.js'

/**
 * Azure ML job specs submitted by `az ml job create --file X`: a command job's `command:` runs in its `code:`
 * folder; a pipeline job runs each `jobs.<name>.command`, or the command of the component file it names
 * (`component: file:./train.yml`). `experiment_name` states experiment tracking (real-world patterns §9.4).
 */
export const azureMl: ScriptRunner = {
  tools: ['az'],
  fileFlags: ['--file', '-f'],
  valueFlags: ['-g', '--resource-group', '-w', '--workspace-name', '-n', '--name', '--set', '--subscription'],
  invocation: ({ args, files }: RunnerCall) =>
    args[0] === 'ml' && args[1] === 'job' && args[2] === 'create'
      ? { files: files([]), targets: [], definitions: jobSpec, required: true }
      : undefined
}

function jobSpec(text: string, _targets: string[], source: DefinitionSource): Definition[] | undefined {
  const doc = yamlDocument(text)
  if (!doc) return undefined
  const experiment = doc.text(['experiment_name'])
  const tracking: Definition[] = experiment
    ? [
        {
          key: 'experiment_name',
          label: `experiment_name: ${experiment}`,
          script: [],
          deps: [],
          perLine: true,
          purposes: ['experiment-tracking'],
          ...doc.lineOf(['experiment_name'])
        }
      ]
    : []
  const jobs = doc.entries(['jobs'])
  if (jobs.length === 0) {
    const command = commandOf(doc, [], 'command')
    return command ? [...tracking, command] : undefined
  }
  return [...tracking, ...jobs.flatMap(([name]) => pipelineJob(doc, name, source))]
}

/** A `command:` as a definition run in the `code:` folder beside the spec. */
function commandOf(
  doc: YamlDocument,
  at: Array<string | number>,
  label: string,
  file?: string
): Definition | undefined {
  const command = doc.text([...at, 'command'])
  if (command === undefined) return undefined
  const code = doc.text([...at, 'code'])
  return {
    key: label,
    label,
    script: [command],
    deps: [],
    perLine: false,
    ...(code === undefined || /^(?:azureml|https?):/.test(code) ? {} : { dir: code }),
    ...(file === undefined ? {} : { file }),
    ...doc.lineOf([...at, 'command'])
  }
}

function pipelineJob(doc: YamlDocument, name: string, source: DefinitionSource): Definition[] {
  const own = commandOf(doc, ['jobs', name], `jobs.${name}.command`)
  if (own) return [own]
  const component = doc.text(['jobs', name, 'component'])?.replace(/^file:/, '')
  // A registered component (`azureml:train@latest`) lives in the workspace, not the repository.
  if (component === undefined || /^\w+:/.test(component)) return []
  const file = posix.join(posix.dirname(source.file), component)
  const text = file.startsWith('../') ? undefined : source.read(file)
  const spec = text === undefined ? undefined : yamlDocument(text)
  const command = spec && commandOf(spec, [], `jobs.${name} command`, file)
  return command ? [command] : []
}
