import { posix } from 'node:path'
import type { Purpose } from './catalog/purpose.js'
import { parseInvocation } from './script-runners/parse-invocation.js'
import type { Definition, Invocation } from './script-runners/script-runner.js'
import { normaliseDir } from './script-runners/workspace-path.js'
import { splitCommands } from './split-commands.js'

/**
 * A `run:` script as the commands it really runs (design §3: "evidence often sits one step outside a workflow
 * file"). `make test` that runs `go test ./...` must count as a unit test, so task-runner targets are followed
 * into package.json, Makefile, justfile, Taskfile.yml, shell scripts, ML platform job specs and Python pipeline
 * definitions — the wrapper command is kept too, because its name is evidence of its own (`npm test` with an
 * unreadable package.json still runs tests).
 *
 * The script is split into simple commands by split-commands.ts; each runner (script-runners/) says which
 * commands start it and what its definition file defines.
 */

export interface ResolvedCommand {
  command: string
  /** How the command was reached: pairs of invoking command and definition, e.g. ['npm test', 'package.json scripts.test']. */
  via: string[]
  /** Purposes its definition states outright (a SageMaker `TrainingStep`), beyond what the command text says. */
  purposes?: Purpose[]
  /** Why the definition the command submits or runs could not be read (real-world patterns §10.3). */
  unread?: string
  /** Its failure cannot fail the script that runs it (no `set -e`, output redirected, and it goes on: §11). */
  swallowed?: true
  /** A pipeline step that may run beside what follows it: no order against the step's other commands. */
  unordered?: true
}

export type ReadFile = (file: string) => string | undefined

export interface ResolveOptions {
  /** Directory the script starts in, relative to the workspace root (`working-directory`). */
  cwd?: string
}

const MAX_DEPTH = 5

interface Frame {
  cwd: string | undefined
  via: string[]
  /** `file#target` keys on the current path, to stop cycles. */
  stack: string[]
  read: ReadFile
  /** Commands whose failure the running script ignores; `all` when the script that ran this one is ignored. */
  unchecked: ReadonlySet<string> | 'all'
}

export function resolveScript(
  script: string,
  read: ReadFile,
  options: ResolveOptions = {}
): ResolvedCommand[] {
  const cwd = options.cwd?.includes('$') ? undefined : normaliseDir(options.cwd ?? '.')
  return expand(script, { cwd, via: [], stack: [], read, unchecked: new Set() })
}

/** Expands a script whose lines share one shell, so `cd dir` carries to the following commands. */
function expand(script: string, frame: Frame): ResolvedCommand[] {
  const out: ResolvedCommand[] = []
  let cwd = frame.cwd
  for (const command of splitCommands(script)) {
    const cd = /^(?:cd|pushd)\s+(\S+)$/.exec(command)
    if (cd) {
      cwd = changeDir(cwd, cd[1] ?? '')
      continue
    }
    const swallowed = frame.unchecked === 'all' || frame.unchecked.has(command)
    const followed = followTarget(command, { ...frame, cwd, unchecked: swallowed ? 'all' : new Set() })
    out.push({
      command,
      via: frame.via,
      ...(followed.unread === undefined ? {} : { unread: followed.unread }),
      ...(swallowed ? { swallowed: true as const } : {})
    })
    out.push(...followed.commands)
  }
  return out
}

/** The workspace root as scripts spell it. */
const WORKSPACE = /^(?:\$GITHUB_WORKSPACE|\$\{GITHUB_WORKSPACE\}|\$\{\{\s*github\.workspace\s*\}\})(?=\/|$)/

function changeDir(cwd: string | undefined, arg: string): string | undefined {
  const dir = arg.replace(/^(['"])(.*)\1$/, '$2')
  if (WORKSPACE.test(dir)) return normaliseDir(`.${dir.replace(WORKSPACE, '')}`)
  if (cwd === undefined || /[$~`*]/.test(dir) || dir.startsWith('/') || dir === '-') return undefined
  return normaliseDir(posix.join(cwd, dir))
}

interface Followed {
  commands: ResolvedCommand[]
  unread?: string
}

function followTarget(command: string, frame: Frame): Followed {
  const invocation = parseInvocation(command, frame.cwd)
  if (!invocation) return { commands: [] }
  if (invocation.inline !== undefined) return { commands: runInline(invocation.inline, command, frame) }
  for (const file of invocation.files) {
    const text = readable(file) ? frame.read(file) : undefined
    if (text === undefined) continue
    const source = { file, text, invocation }
    if (
      invocation.required &&
      invocation.definitions(text, invocation.targets, { file, read: frame.read }) === undefined
    )
      return { commands: [], unread: notDefined(file, invocation.targets) }
    return { commands: runTargets(source, invocation.targets, [command], frame) }
  }
  const [named] = invocation.files
  return invocation.required && named !== undefined
    ? { commands: [], unread: unreadReason(named) }
    : { commands: [] }
}

/** A path the workspace can answer for: inside it, and not built from a variable or a home directory. */
function readable(file: string): boolean {
  return !/[$~`*]/.test(file) && normaliseDir(file) !== undefined
}

/** A definition file that does not parse, or (asked for a target) holds no readable definition of it. */
function notDefined(file: string, targets: readonly string[]): string {
  if (targets.length === 0) return `${file} could not be parsed`
  return `${file} (or a file it names) defines no ${targets.join(', ')} the gate could read`
}

function unreadReason(file: string): string {
  if (/[$`]/.test(file)) return `${file} is named by a variable, so it could not be read`
  if (!readable(file)) return `${file} is outside the repository`
  return `${file} was not found in the repository`
}

/** `bash -c '…'`: the quoted script, one hop further, within the depth limit. */
function runInline(script: string, command: string, frame: Frame): ResolvedCommand[] {
  if (frame.stack.length >= MAX_DEPTH) return []
  return expand(script, { ...frame, via: [...frame.via, command], stack: [...frame.stack, command] })
}

interface Source {
  file: string
  text: string
  invocation: Invocation
}

/** Runs targets of one definition file: prerequisites first, then the body; `hop` starts each `via` step. */
function runTargets(source: Source, targets: string[], hop: string[], frame: Frame): ResolvedCommand[] {
  const { file, text, invocation } = source
  const definitions = invocation.definitions(text, targets, { file, read: frame.read }) ?? []
  return definitions.flatMap(definition => {
    const { key, script, deps, perLine, purposes } = definition
    const home = definition.file ?? file
    const id = `${home}#${key}`
    if (frame.stack.includes(id) || frame.stack.length >= MAX_DEPTH) return []
    const next: Frame = {
      ...frame,
      cwd: workingDir(definition, home, frame.cwd),
      via: [...frame.via, ...hop, place(definition, home)],
      stack: [...frame.stack, id],
      unchecked: frame.unchecked === 'all' ? 'all' : new Set(definition.unchecked)
    }
    // A definition that states its purpose is evidence itself, named by its label at its place.
    const stated: ResolvedCommand[] = purposes?.length
      ? [
          {
            command: definition.label,
            via: next.via,
            purposes,
            ...swallowedIn(frame),
            ...(definition.unordered ? { unordered: true as const } : {})
          }
        ]
      : []
    const prerequisites = deps.length > 0 ? runTargets(source, deps, [], next) : []
    const body = perLine ? script.flatMap(line => expand(line, next)) : expand(script.join('\n'), next)
    return [...prerequisites, ...stated, ...body]
  })
}

function swallowedIn(frame: Frame): { swallowed?: true } {
  return frame.unchecked === 'all' ? { swallowed: true } : {}
}

/** Where a definition runs: its `dir` beside its file or where the command ran, else its file's directory. */
function workingDir(definition: Definition, home: string, callerDir: string | undefined): string | undefined {
  const base = definition.fromCaller ? callerDir : posix.dirname(home)
  if (base === undefined) return undefined
  return definition.dir === undefined ? base : normaliseDir(posix.join(base, definition.dir))
}

/** `file label`, with the line when the runner knows it: `jobs/train.yml:12 jobs.train.command`. */
function place(definition: Definition, home: string): string {
  const where = definition.line === undefined ? home : `${home}:${definition.line}`
  return definition.label ? `${where} ${definition.label}` : where
}
