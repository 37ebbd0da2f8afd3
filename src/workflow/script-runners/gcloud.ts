import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'
import type { YamlDocument } from './yaml-document.js'

/**
 * Google Cloud specs: `gcloud builds submit --config cloudbuild.yaml` runs each of `steps` (its `script`, or
 * `entrypoint` and `args`); `gcloud ai custom-jobs create --config job.yaml` runs each worker pool's container
 * command or Python module.
 */
export const gcloud: ScriptRunner = {
  tools: ['gcloud'],
  fileFlags: ['--config'],
  valueFlags: [
    '--region',
    '--project',
    '--substitutions',
    '--display-name',
    '--tag',
    '--timeout',
    '--machine-type'
  ],
  invocation: ({ args, files }) => {
    const [first, ...rest] = args[0] === 'beta' || args[0] === 'alpha' ? args.slice(1) : args
    const words = [first, ...rest].join(' ')
    const spec = words.startsWith('builds submit')
      ? cloudBuild
      : words.startsWith('ai custom-jobs create')
        ? customJob
        : undefined
    // Without --config, `builds submit` builds a Dockerfile: nothing to follow, nothing missing.
    const named = files([])
    return spec && named.length > 0
      ? { files: named, targets: [], definitions: spec, required: true }
      : undefined
  }
}

function cloudBuild(text: string): Definition[] | undefined {
  const doc = yamlDocument(text)
  const steps = doc?.list(['steps'])
  if (!doc || !steps || steps.length === 0) return undefined
  return steps.map((_step, index) => {
    const at = ['steps', index]
    const id = doc.text([...at, 'id'])
    return {
      key: `steps[${index}]`,
      label: id === undefined ? `steps[${index}]` : `steps[${index}] ${id}`,
      script: [stepScript(doc, at)],
      deps: [],
      perLine: false,
      fromCaller: true,
      ...(doc.text([...at, 'dir']) === undefined ? {} : { dir: doc.text([...at, 'dir']) }),
      ...doc.lineOf(at)
    }
  })
}

/** A step's `script`, a shell's `-c` argument, or its entrypoint (else the image's name) with its args. */
function stepScript(doc: YamlDocument, at: Array<string | number>): string {
  const script = doc.text([...at, 'script'])
  if (script !== undefined) return script
  const args = doc.list([...at, 'args']).map(String)
  const entrypoint =
    doc.text([...at, 'entrypoint']) ??
    (doc.text([...at, 'name']) ?? '').replace(/^.*\//, '').replace(/[:@].*$/, '')
  if (/^(?:ba)?sh$/.test(entrypoint) && args[0] === '-c' && args[1] !== undefined) return args[1]
  return [entrypoint, ...args.map(quoted)].join(' ')
}

function quoted(arg: string): string {
  return /^[\w./:=@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

function customJob(text: string): Definition[] | undefined {
  const doc = yamlDocument(text)
  const pools = doc?.list(['workerPoolSpecs'])
  if (!doc || !pools || pools.length === 0) return undefined
  return pools.flatMap((_pool, index) => {
    const at = ['workerPoolSpecs', index]
    const args = doc.list([...at, 'containerSpec', 'args']).map(String)
    const command = doc.list([...at, 'containerSpec', 'command']).map(String)
    const module = doc.text([...at, 'pythonPackageSpec', 'pythonModule'])
    const moduleArgs = doc.list([...at, 'pythonPackageSpec', 'args']).map(String)
    const script =
      module !== undefined
        ? ['python', '-m', module, ...moduleArgs]
        : command.length > 0
          ? [...command, ...args]
          : []
    if (script.length === 0) return []
    return [
      {
        key: `workerPoolSpecs[${index}]`,
        label: `workerPoolSpecs[${index}]`,
        script: [script.map(quoted).join(' ')],
        deps: [],
        perLine: false,
        ...doc.lineOf(at)
      }
    ]
  })
}
