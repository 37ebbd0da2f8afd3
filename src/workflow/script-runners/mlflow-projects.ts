import { posix } from 'node:path'
import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'

/** MLflow projects: `mlflow run <dir> [-e entry]` runs `entry_points.<entry>.command` of its MLproject (`main` by default). */
export const mlflowProjects: ScriptRunner = {
  tools: ['mlflow'],
  fileFlags: [],
  valueFlags: [
    '-e',
    '--entry-point',
    '-P',
    '--param-list',
    '-A',
    '--docker-args',
    '-b',
    '--backend',
    '-c',
    '--backend-config',
    '--experiment-name',
    '--experiment-id',
    '--env-manager',
    '-v',
    '--version',
    '--run-name',
    '--run-id'
  ],
  invocation: ({ args, dir, flags }) => {
    const [sub, uri] = args
    // A git or remote project is not the repository's.
    if (sub !== 'run' || uri === undefined || /^[\w+]+:|@/.test(uri)) return undefined
    const entry = flags.get('-e') ?? flags.get('--entry-point') ?? 'main'
    return {
      files: [posix.join(dir, uri, 'MLproject')],
      targets: [entry],
      definitions: entryPoints,
      required: true
    }
  }
}

function entryPoints(text: string, targets: string[]): Definition[] | undefined {
  const doc = yamlDocument(text)
  if (!doc) return undefined
  return targets.flatMap(entry => {
    const command = doc.text(['entry_points', entry, 'command'])
    if (command === undefined) return []
    const label = `entry_points.${entry}.command`
    return [
      {
        key: entry,
        label,
        script: [command],
        deps: [],
        perLine: false,
        ...doc.lineOf(['entry_points', entry, 'command'])
      }
    ]
  })
}
