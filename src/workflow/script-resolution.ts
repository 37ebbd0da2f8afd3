import { posix } from 'node:path'
import { parseInvocation } from './script-runners/parse-invocation.js'
import type { Invocation } from './script-runners/script-runner.js'
import { normaliseDir } from './script-runners/workspace-path.js'
import { splitCommands } from './split-commands.js'

/**
 * A `run:` script as the commands it really runs (design §3: "evidence often sits one step outside a workflow
 * file"). `make test` that runs `go test ./...` must count as a unit test, so task-runner targets are followed
 * into package.json, Makefile, justfile and Taskfile.yml — the wrapper command is kept too, because its
 * name is evidence of its own (`npm test` with an unreadable package.json still runs tests).
 *
 * The script is split into simple commands by split-commands.ts; each runner (script-runners/) says which
 * commands start it and what its definition file defines.
 */

export interface ResolvedCommand {
  command: string
  /** How the command was reached: pairs of invoking command and definition, e.g. ['npm test', 'package.json scripts.test']. */
  via: string[]
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
}

export function resolveScript(
  script: string,
  read: ReadFile,
  options: ResolveOptions = {}
): ResolvedCommand[] {
  const cwd = options.cwd?.includes('$') ? undefined : normaliseDir(options.cwd ?? '.')
  return expand(script, { cwd, via: [], stack: [], read })
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
    out.push({ command, via: frame.via })
    out.push(...followTarget(command, { ...frame, cwd }))
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

function followTarget(command: string, frame: Frame): ResolvedCommand[] {
  const invocation = parseInvocation(command, frame.cwd)
  if (!invocation) return []
  for (const file of invocation.files) {
    const text = frame.read(file)
    if (text !== undefined)
      return runTargets({ file, text, invocation }, invocation.targets, [command], frame)
  }
  return []
}

interface Source {
  file: string
  text: string
  invocation: Invocation
}

/** Runs targets of one definition file: prerequisites first, then the body; `hop` starts each `via` step. */
function runTargets(source: Source, targets: string[], hop: string[], frame: Frame): ResolvedCommand[] {
  const { file, text, invocation } = source
  const definitions = invocation.definitions(text, targets) ?? []
  return definitions.flatMap(({ key, label, script, deps, dir, perLine }) => {
    const id = `${file}#${key}`
    if (frame.stack.includes(id) || frame.stack.length >= MAX_DEPTH) return []
    const base = posix.dirname(file)
    const next: Frame = {
      ...frame,
      cwd: dir === undefined ? base : normaliseDir(posix.join(base, dir)),
      via: [...frame.via, ...hop, `${file} ${label}`],
      stack: [...frame.stack, id]
    }
    const prerequisites = deps.length > 0 ? runTargets(source, deps, [], next) : []
    const body = perLine ? script.flatMap(line => expand(line, next)) : expand(script.join('\n'), next)
    return [...prerequisites, ...body]
  })
}
