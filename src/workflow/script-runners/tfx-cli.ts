import { posix } from 'node:path'
import type { Definition, ScriptRunner } from './script-runner.js'

/**
 * The pipeline entry files `tfx template copy` writes for each engine: `tfx run create` names a pipeline, not a
 * file, and runs what `tfx pipeline create --pipeline-path` registered from one of these.
 */
const ENTRIES: Readonly<Record<string, readonly string[]>> = {
  vertex: ['kubeflow_v2_runner.py', 'kubeflow_runner.py'],
  kubeflow: ['kubeflow_runner.py', 'kubeflow_v2_runner.py'],
  local: ['local_runner.py'],
  beam: ['local_runner.py', 'beam_dag_runner.py'],
  airflow: ['airflow_dag_runner.py']
}
const ALL_ENTRIES = [...new Set(Object.values(ENTRIES).flat())]

/**
 * The TFX CLI: `tfx run create --engine vertex --pipeline-name p` starts a run of the pipeline its entry file
 * defines (§9.1), so the run is read as `python <entry>.py` is, with the pipeline modules it imports (trainer,
 * evaluator, pushers). `tfx pipeline compile|create|update` only compiles and registers it: nothing runs, so it
 * is not followed (the catalog reads it as a build, and `--build-image` as an image push).
 */
export const tfxCli: ScriptRunner = {
  tools: ['tfx'],
  fileFlags: [],
  valueFlags: [
    '--engine',
    '--pipeline-name',
    '--pipeline_name',
    '--project',
    '--region',
    '--endpoint',
    '--namespace',
    '--runtime-parameter',
    '--runtime_parameter'
  ],
  invocation: ({ args, flags, files }) => {
    if (args[0] !== 'run' || args[1] !== 'create') return undefined
    const engine = flags.get('--engine') ?? ''
    return { files: files([...(ENTRIES[engine] ?? ALL_ENTRIES)]), targets: [], definitions: entryRun }
  }
}

function entryRun(_text: string, _targets: string[], source: { file: string }): Definition[] {
  return [
    {
      key: 'run',
      label: `tfx run create (${posix.basename(source.file)})`,
      script: [`python ${posix.basename(source.file)}`],
      deps: [],
      perLine: false,
      line: 1
    }
  ]
}
