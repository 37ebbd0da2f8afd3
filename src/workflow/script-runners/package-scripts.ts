import type { Definition, Invocation, RunnerCall, ScriptRunner } from './script-runner.js'
import { inDir } from './workspace-path.js'

const NPM_LIFECYCLE = new Set(['test', 't', 'tst', 'start', 'stop', 'restart'])
const WORKSPACE_FLAGS = ['--filter', '-F', '-w', '--workspace']

/** package.json scripts, run by npm, pnpm, yarn or bun. */
export const packageScripts: ScriptRunner = {
  tools: ['npm', 'pnpm', 'yarn', 'bun'],
  valueFlags: WORKSPACE_FLAGS,
  invocation
}

function invocation({ tool, args, dir, flags }: RunnerCall): Invocation | undefined {
  // A workspace filter names another package, which a path-based read cannot find.
  if (WORKSPACE_FLAGS.some(flag => flags.has(flag)) || args[0] === 'workspace') return undefined
  const [sub = '', name] = args
  let script: string | undefined
  if (sub === 'run' || sub === 'run-script') script = name
  else if (tool === 'npm' && NPM_LIFECYCLE.has(sub)) script = sub === 't' || sub === 'tst' ? 'test' : sub
  else if (tool === 'yarn' || tool === 'pnpm') script = sub
  if (script === undefined) return undefined
  // npm and yarn run `preX` and `postX` around `X`.
  const prePost = tool === 'npm' || tool === 'yarn'
  return {
    files: [inDir(dir, 'package.json')],
    targets: [script],
    definitions: (text, targets) => packageJsonScripts(text, targets, prePost)
  }
}

function packageJsonScripts(text: string, targets: string[], prePost: boolean): Definition[] | undefined {
  let scripts: unknown
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts
  } catch {
    return undefined
  }
  if (typeof scripts !== 'object' || scripts === null) return undefined
  const table = scripts as Record<string, unknown>
  const [name] = targets
  if (name === undefined || typeof table[name] !== 'string') return undefined
  const names = prePost ? [`pre${name}`, name, `post${name}`] : [name]
  return names
    .filter(n => typeof table[n] === 'string')
    .map(n => ({ key: n, label: `scripts.${n}`, script: [table[n] as string], deps: [], perLine: false }))
}
