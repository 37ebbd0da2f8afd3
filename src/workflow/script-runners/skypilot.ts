import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'

/** SkyPilot task files: `sky launch task.yaml` (also `sky jobs launch`, `sky exec cluster task.yaml`) runs `setup:` then `run:`. */
export const skypilot: ScriptRunner = {
  tools: ['sky'],
  fileFlags: [],
  valueFlags: ['-c', '--cluster', '--env', '--gpus', '--cloud', '-n', '--name', '--num-nodes', '--region'],
  invocation: ({ args, files }) => {
    const launch = args[0] === 'launch' || args[0] === 'exec' || (args[0] === 'jobs' && args[1] === 'launch')
    const spec = args.find(arg => /\.ya?ml$/.test(arg))
    if (!launch || spec === undefined) return undefined
    return { files: files([spec]), targets: [], definitions: taskSpec, required: true }
  }
}

function taskSpec(text: string): Definition[] | undefined {
  const doc = yamlDocument(text)
  if (!doc) return undefined
  const workdir = doc.text(['workdir'])
  const phases = (['setup', 'run'] as const).flatMap(key => {
    const script = doc.text([key])
    if (script === undefined) return []
    const definition: Definition = {
      key,
      label: key,
      script: [script],
      deps: [],
      perLine: false,
      fromCaller: true,
      ...(workdir === undefined ? {} : { dir: workdir }),
      ...doc.lineOf([key])
    }
    return [definition]
  })
  return phases.length > 0 ? phases : undefined
}
