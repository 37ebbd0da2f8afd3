import { posix } from 'node:path'
import { SCRIPT_RUNNERS } from './registry.js'
import type { Invocation, ScriptRunner } from './script-runner.js'
import { inDir, normaliseDir } from './workspace-path.js'

/** Flags that move a runner to another directory, whichever runner; the first present wins. */
const DIR_FLAGS = ['--prefix', '--cwd', '--dir', '-C', '--directory', '-d', '--working-directory']
/** Flags that name the definition file, unless a runner has its own; the first present wins. */
const FILE_FLAGS = ['-f', '--file', '--makefile', '--justfile', '-t', '--taskfile']
/** The runners of the shared file flags read each other's value flags as such too, as they always have. */
const SHARED_VALUE_FLAGS = SCRIPT_RUNNERS.filter(r => !r.fileFlags).flatMap(r => r.valueFlags ?? [])
const RUNNER_OF_TOOL = new Map(SCRIPT_RUNNERS.flatMap(runner => runner.tools.map(tool => [tool, runner])))

/** What a command runs through a task runner, in `cwd` (undefined: unknown, so nothing can be read). */
export function parseInvocation(command: string, cwd: string | undefined): Invocation | undefined {
  if (cwd === undefined) return undefined
  const [tool = '', ...rest] = words(command)
  const runner = RUNNER_OF_TOOL.get(tool) ?? SCRIPT_RUNNERS.find(r => r.matches?.(tool))
  if (!runner) return undefined
  const fileFlags = runner.fileFlags ?? FILE_FLAGS
  const { flags, args } = parseArguments(rest, valueFlagsOf(runner))
  const dirFlag = DIR_FLAGS.find(flag => flags.has(flag))
  const dir = dirFlag ? normaliseDir(posix.join(cwd, flags.get(dirFlag) ?? '')) : cwd
  if (dir === undefined) return undefined
  const file = fileFlags.map(flag => flags.get(flag)).find(value => value !== undefined)
  const files = (names: string[]): string[] =>
    file ? [posix.join(dir, file)] : names.map(name => inDir(dir, name))
  return runner.invocation({ tool, args, flags, words: rest, dir, files })
}

const valueFlags = new Map<ScriptRunner, Set<string>>()
function valueFlagsOf(runner: ScriptRunner): Set<string> {
  let set = valueFlags.get(runner)
  if (!set) {
    const own = runner.fileFlags ? [...runner.fileFlags, ...(runner.valueFlags ?? [])] : SHARED_VALUE_FLAGS
    valueFlags.set(runner, (set = new Set([...DIR_FLAGS, ...(runner.fileFlags ?? FILE_FLAGS), ...own])))
  }
  return set
}

/** Shell words with quotes removed; good enough to read runner flags and target names. */
function words(command: string): string[] {
  return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map(w => w.replace(/^(['"])(.*)\1$/s, '$2'))
}

/** Flags (`--x=v`, `--x v` for value flags, bare `-x`) and the other words; `VAR=value` words are dropped. */
function parseArguments(
  rest: string[],
  valueFlags: Set<string>
): { flags: Map<string, string>; args: string[] } {
  const flags = new Map<string, string>()
  const args: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--') break
    const eq = /^(-{1,2}[\w-]+)=(.*)$/s.exec(arg)
    if (eq) flags.set(eq[1] ?? '', eq[2] ?? '')
    else if (valueFlags.has(arg) && i + 1 < rest.length) flags.set(arg, rest[++i] ?? '')
    else if (arg.startsWith('-')) flags.set(arg, '')
    else if (!/^\w+=/.test(arg)) args.push(arg)
  }
  return { flags, args }
}
