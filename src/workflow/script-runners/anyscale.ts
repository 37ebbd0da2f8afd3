import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'

/**
 * Anyscale job specs: `anyscale job submit spec.yaml` (or `--config-file`, `-f`; the older CLI says `jobs`).
 * The `entrypoint:` runs in the `working_dir` the CLI uploads, which is relative to where it ran.
 */
export const anyscale: ScriptRunner = {
  tools: ['anyscale'],
  fileFlags: ['--config-file', '-f'],
  valueFlags: ['--name', '-n', '--project', '--cloud', '--compute-config', '--image-uri', '--env'],
  invocation: ({ args, files, flags }) => {
    if ((args[0] !== 'job' && args[0] !== 'jobs') || args[1] !== 'submit') return undefined
    const [spec] = args.slice(2)
    if (spec === undefined && !flags.has('--config-file') && !flags.has('-f')) return undefined
    return {
      files: files(spec === undefined ? [] : [spec]),
      targets: [],
      definitions: jobSpec,
      required: true
    }
  }
}

function jobSpec(text: string): Definition[] | undefined {
  const doc = yamlDocument(text)
  const entrypoint = doc?.text(['entrypoint'])
  if (!doc || entrypoint === undefined) return undefined
  const dir = doc.text(['working_dir']) ?? doc.text(['runtime_env', 'working_dir'])
  return [
    {
      key: 'entrypoint',
      label: 'entrypoint',
      script: [entrypoint],
      deps: [],
      perLine: false,
      fromCaller: true,
      ...(dir === undefined || /^\w+:\/\//.test(dir) ? {} : { dir }),
      ...doc.lineOf(['entrypoint'])
    }
  ]
}
