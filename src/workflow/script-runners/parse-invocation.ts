import { posix } from 'node:path'
import { SCRIPT_RUNNERS } from './registry.js'
import type { Invocation } from './script-runner.js'
import { inDir, normaliseDir } from './workspace-path.js'

/** Flags that move a runner to another directory, whichever runner; the first present wins. */
const DIR_FLAGS = ['--prefix', '--cwd', '--dir', '-C', '--directory', '-d', '--working-directory']
/** Flags that name the definition file, whichever runner; the first present wins. */
const FILE_FLAGS = ['-f', '--file', '--makefile', '--justfile', '-t', '--taskfile']
/** Flags that take a value; the value is not a target. */
const VALUE_FLAGS = new Set([...DIR_FLAGS, ...FILE_FLAGS, ...SCRIPT_RUNNERS.flatMap(r => r.valueFlags ?? [])])
const RUNNER_OF_TOOL = new Map(SCRIPT_RUNNERS.flatMap(runner => runner.tools.map(tool => [tool, runner])))

/** What a command runs through a task runner, in `cwd` (undefined: unknown, so nothing can be read). */
export function parseInvocation(command: string, cwd: string | undefined): Invocation | undefined {
  if (cwd === undefined) return undefined
  const [tool = '', ...rest] = words(command)
  const runner = RUNNER_OF_TOOL.get(tool)
  if (!runner) return undefined
  const { flags, args } = parseArguments(rest)
  const dirFlag = DIR_FLAGS.find(flag => flags.has(flag))
  const dir = dirFlag ? normaliseDir(posix.join(cwd, flags.get(dirFlag) ?? '')) : cwd
  if (dir === undefined) return undefined
  const file = FILE_FLAGS.map(flag => flags.get(flag)).find(value => value !== undefined)
  const files = (names: string[]): string[] =>
    file ? [posix.join(dir, file)] : names.map(name => inDir(dir, name))
  return runner.invocation({ tool, args, flags, dir, files })
}

/** Shell words with quotes removed; good enough to read runner flags and target names. */
function words(command: string): string[] {
  return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map(w => w.replace(/^(['"])(.*)\1$/, '$2'))
}

/** Flags (`--x=v`, `--x v` for value flags, bare `-x`) and the other words; `VAR=value` words are dropped. */
function parseArguments(rest: string[]): { flags: Map<string, string>; args: string[] } {
  const flags = new Map<string, string>()
  const args: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--') break
    const eq = /^(-{1,2}[\w-]+)=(.*)$/.exec(arg)
    if (eq) flags.set(eq[1] ?? '', eq[2] ?? '')
    else if (VALUE_FLAGS.has(arg) && i + 1 < rest.length) flags.set(arg, rest[++i] ?? '')
    else if (arg.startsWith('-')) flags.set(arg, '')
    else if (!/^\w+=/.test(arg)) args.push(arg)
  }
  return { flags, args }
}
