import { posix } from 'node:path'
import { SCRIPT_RUNNERS } from './registry.js'
import type { Invocation, ScriptRunner } from './script-runner.js'
import { inDir, normaliseDir } from './workspace-path.js'
import { parseArguments } from './parse-arguments.js'
import { shellWords } from './shell-words.js'

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
  const [tool = '', ...rest] = unwrapped(shellWords(command))
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

/** Python environment managers that run a command in the project's environment: `uv run [flags] <command>`. */
const ENVIRONMENT_RUNNERS = new Set(['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye'])
/** Their flags before the command that take a value (`uv run --project tests/x prek run`). */
const ENVIRONMENT_VALUE_FLAGS = new Set([
  '--project',
  '--with',
  '--with-requirements',
  '--python',
  '-p',
  '--env-file',
  '--group',
  '--extra',
  '--package',
  '-e',
  '--env'
])

/**
 * The command an environment manager runs, so that `uv run --project tests/x prek run` is followed as `prek run`
 * would be; other commands as they are. `uv run --directory d` runs it in another directory: rather than read
 * the wrong definition file, it is not followed.
 */
function unwrapped(words: string[]): string[] {
  if (!ENVIRONMENT_RUNNERS.has(words[0] ?? '') || words[1] !== 'run') return words
  let at = 2
  for (let word = words[at] ?? ''; word.startsWith('-'); word = words[at] ?? '') {
    // `--directory` runs the command elsewhere (`--project` only picks the environment): not followed.
    if (word === '--directory' || word.startsWith('--directory=')) return []
    at += ENVIRONMENT_VALUE_FLAGS.has(word) ? 2 : 1
  }
  return words.slice(at)
}
