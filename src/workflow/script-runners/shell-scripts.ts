import { posix } from 'node:path'
import { splitCommands } from '../split-commands.js'
import type { Definition, Invocation, RunnerCall, ScriptRunner } from './script-runner.js'

/** Shells that run a script file given as their first argument, or a quoted script after `-c`. */
const SHELLS = ['bash', 'sh', 'zsh', 'dash', 'ksh']
/** `source x.sh` and `. x.sh` read a script into the running shell. */
const SOURCES = ['source', '.']
/** Wrappers of build tools whose text is the wrapper, not the build (`./gradlew`, `./mvnw`). */
const TOOL_WRAPPER = /(?:^|\/)(?:gradlew|mvnw)$/

/**
 * Shell scripts of the repository: `./x.sh`, `bash x.sh`, `sh -c '…'`, `source x.sh`. A script runs where its
 * command ran, not beside its file, and in one shell, so `cd` carries from line to line.
 */
export const shellScripts: ScriptRunner = {
  tools: [...SHELLS, ...SOURCES],
  // A path executed directly: `./scripts/test`, `scripts/deploy.sh`.
  matches: tool => (tool.startsWith('./') || /\.(?:ba)?sh$/.test(tool)) && !TOOL_WRAPPER.test(tool),
  valueFlags: ['-o', '-O'],
  fileFlags: [],
  invocation
}

function invocation({ tool, args, flags, words, dir }: RunnerCall): Invocation | undefined {
  const shell = SHELLS.includes(tool)
  const errexit =
    [...flags.keys()].some(flag => /^-[a-z]*e[a-z]*$/.test(flag)) || flags.get('-o') === 'errexit'
  if (shell && flags.has('-c')) {
    const definitions = (text: string): Definition[] | undefined => shellScript(text, errexit, [])
    return args[0] === undefined ? undefined : { files: [], targets: [], definitions, inline: args[0] }
  }
  const path = shell || SOURCES.includes(tool) ? args[0] : tool
  if (path === undefined) return undefined
  // What the command passes the script: the words after its path (all of them when the path is the command).
  const parameters = words.slice(words.indexOf(path) + 1)
  const definitions = (text: string): Definition[] | undefined => shellScript(text, errexit, parameters)
  // Sourcing reads environment set-up that is often made at run time (`source venv/bin/activate`).
  return {
    files: [path.startsWith('/') ? path : posix.join(dir, path)],
    targets: [],
    definitions,
    required: !SOURCES.includes(tool)
  }
}

/** Sets errexit: `set -e`, `set -euo pipefail`, `set -o errexit`, or a shebang that passes `-e`. */
const ERREXIT = /^\s*set\s+(?:-[a-z]*e[a-z]*\b|(?:-[a-z]+\s+)*-o\s+errexit\b)|^#!.*\s-[a-z]*e[a-z]*\s*$/m
/** A shebang of another interpreter: the file is not shell. */
const OTHER_INTERPRETER = /^#!(?!.*\b(?:ba|z|da|k)?sh\b)/

function shellScript(source: string, errexit: boolean, parameters: string[]): Definition[] | undefined {
  // Another interpreter's program is not a definition to follow, and not an unreadable one either.
  if (OTHER_INTERPRETER.test(source)) return []
  // Continuation lines are one command, however the script indents them.
  const text = withParameters(source.replace(/[ \t]*\\\r?\n[ \t]*/g, ' '), parameters)
  const script = text.split(/\r?\n/)
  const unchecked = errexit || ERREXIT.test(text) ? [] : uncheckedCommands(text)
  return [{ key: 'script', label: '', script, deps: [], perLine: false, fromCaller: true, unchecked }]
}

/** `$@`, `"$@"`, `$*`, `${@}` and their like: every parameter the script was given. */
const ALL_PARAMETERS = /"\$(?:\{[@*]\}|[@*])"|\$(?:\{[@*]\}|[@*])/g

/**
 * The script's own parameters passed on (`exec make "$@"`, `bootstrap/bin/ant … $*`), replaced by what the
 * command gave it, so that `./ci.sh test` is followed into the `test` target. Positional `$1`… are left alone:
 * inside a function they are the function's.
 */
function withParameters(text: string, parameters: string[]): string {
  if (!text.includes('$')) return text
  const given = parameters.map(word => (/\s/.test(word) ? `"${word}"` : word)).join(' ')
  return text.replace(ALL_PARAMETERS, given)
}

/** Redirects standard output to a file: `> out.txt`, `>> log`, `&> all.log` (not `2> err` alone, not `>&2`). */
const STDOUT_TO_FILE = /(?:^|[^\d&>])(?:&>|>>?)\s*(?!&)[^\s|;&]/
/** Looks at the status of the command before it. */
const CHECKS_STATUS = /\$\?|PIPESTATUS/

/**
 * Without errexit a failing command does not stop the script, and with its output in a file nothing shows
 * it: when another command follows that does not look at `$?`, the script's status is that command's (§11).
 */
function uncheckedCommands(text: string): string[] {
  const commands = splitCommands(text)
  return commands.filter((command, index) => {
    if (!STDOUT_TO_FILE.test(command) || commands[index + 1] === undefined) return false
    const at = text.indexOf(command)
    if (at === -1) return true
    // `pytest > out.txt || exit 1`, `… && deploy`, and `status=$?` or `exit` after it stop on the failure.
    const after = text.slice(at + command.length)
    const [rest = '', following = ''] = after.split(/\r?\n(?:\s*(?:#.*)?\r?\n)*/, 2)
    return (
      !/^[ \t]*(?:\|\||&&)/.test(rest) &&
      !CHECKS_STATUS.test(`${rest} ${following}`) &&
      !/^\s*exit\b/.test(following)
    )
  })
}
