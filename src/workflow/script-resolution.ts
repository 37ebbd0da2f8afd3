import { posix } from 'node:path'
import { parse as parseYaml } from 'yaml'

/**
 * A `run:` script as the commands it really runs (design §3: "evidence often sits one step outside a workflow
 * file"). `make test` that runs `go test ./...` must count as a unit test, so task-runner targets are followed
 * into package.json, Makefile, justfile and Taskfile.yml — the wrapper command is kept too, because its
 * name is evidence of its own (`npm test` with an unreadable package.json still runs tests).
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

/** Inside the workspace or unknown: a path that climbs out of the root is never read. */
function normaliseDir(dir: string): string | undefined {
  const normal = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/$/, '')
  return normal === '..' || normal.startsWith('../') || normal.startsWith('/') ? undefined : normal
}

function inDir(cwd: string, file: string): string {
  return cwd === '.' ? file : `${cwd}/${file}`
}

// ---------------------------------------------------------------------------------------------------------
// Splitting a shell script into simple commands

/** Simple commands of a script: lines, `&&`/`||`/`;`/`|`/`&` lists, with keywords, prefixes and heredoc bodies removed. */
export function splitCommands(script: string): string[] {
  const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)
  const commands: string[] = []
  let heredoc: string | undefined
  for (const line of lines) {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined
      continue
    }
    heredoc = /(?<!<)<<(?!<)-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(line)?.[2]
    for (const segment of splitLine(line)) {
      // `report=$(dvc exp diff main)` runs `dvc exp diff main` even though the line is an assignment.
      commands.push(...substitutions(segment).flatMap(splitCommands))
      const command = stripPrefixes(segment)
      if (command) commands.push(command)
    }
  }
  return commands
}

/** Bodies of the outermost `$( … )` in a segment (not `$(( … ))` arithmetic), quotes respected. */
function substitutions(segment: string): string[] {
  const bodies: string[] = []
  let quote: string | undefined
  let depth = 0
  let start = 0
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (quote === "'") {
      if (c === quote) quote = undefined
    } else if (c === "'" && depth === 0 && quote === undefined) quote = c
    else if (c === '$' && segment[i + 1] === '(' && segment[i + 2] !== '(') {
      if (depth++ === 0) start = i + 2
      i++
    } else if (c === ')' && depth > 0 && --depth === 0) bodies.push(segment.slice(start, i))
  }
  return bodies
}

/** Splits one line on list operators outside quotes, `$(...)` and backticks; drops a trailing comment. */
function splitLine(line: string): string[] {
  const segments: string[] = []
  let current = ''
  let quote: string | undefined
  let depth = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === '\\' && quote === '"') {
        current += c + (line[++i] ?? '')
        continue
      }
      if (c === quote) quote = undefined
      current += c
      continue
    }
    if (c === '$' && line.startsWith('${{', i)) {
      // A workflow expression is text: its `||` and `&&` are not shell operators.
      const end = line.indexOf('}}', i)
      const stop = end === -1 ? line.length : end + 2
      current += line.slice(i, stop)
      i = stop - 1
      continue
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c
      current += c
      continue
    }
    if (c === '$' && line[i + 1] === '(') depth++
    else if (c === ')' && depth > 0) depth--
    else if (depth === 0 && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break
    else if (
      depth === 0 &&
      (c === ';' || c === '|' || (c === '&' && line[i + 1] !== '>' && line[i - 1] !== '>'))
    ) {
      segments.push(current)
      current = ''
      if ((c === '|' || c === '&') && line[i + 1] === c) i++
      continue
    }
    current += c
  }
  segments.push(current)
  return segments
}

const KEYWORD = /^(?:if|then|else|elif|do|while|until|!|\{|\}|time|exec|nohup|command|builtin)(?:\s+|$)/
const NOT_A_COMMAND =
  /^(?:(?:fi|done|esac)(?![\w.-])|;;|\}|\)|for\s|case\s|select\s|function\s|\[\[?\s|[A-Za-z_]\w*\s*\(\s*\))/
const ASSIGNMENT = /^[A-Za-z_]\w*=(?:'[^']*'|"(?:[^"\\]|\\.)*"|[^\s'"]*)\s+/
const ASSIGNMENT_ONLY =
  /^(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)*)?[A-Za-z_]\w*=(?:\$\(.*\)|'[^']*'|"(?:[^"\\]|\\.)*"|\S*)$/
const SUDO = /^sudo(?:\s+-\S+)*\s+/
const ENV = /^env(?:\s+-\S+)*\s+/

/** `FOO=1 sudo -E env BAR=2 make test` is `make test`: prefixes change how, not what, a command runs. */
function stripPrefixes(segment: string): string | undefined {
  let command = segment.trim()
  if (ASSIGNMENT_ONLY.test(command)) return undefined
  for (let previous = ''; previous !== command;) {
    previous = command
    command = command
      .replace(KEYWORD, '')
      .replace(ASSIGNMENT, '')
      .replace(SUDO, '')
      .replace(ENV, '')
      .replace(/^\((?!\()\s*/, '')
      .trim()
    command = dropUnbalancedClose(command)
  }
  if (command === '' || NOT_A_COMMAND.test(command)) return undefined
  return command
}

/** The `)` of `(cd web && make)` or the `}` of `{ a; b; }` ends a group, not the command. */
function dropUnbalancedClose(command: string): string {
  const last = command.at(-1)
  const open = last === ')' ? '(' : last === '}' ? '{' : undefined
  if (!open) return command
  const count = (c: string): number => command.split(c).length - 1
  return count(open) < count(last as string) ? command.slice(0, -1).trim() : command
}

// ---------------------------------------------------------------------------------------------------------
// Following task-runner targets

interface Invocation {
  /** Definition file to read, relative to the workspace root. */
  files: string[]
  /** Targets in the order they run; empty = the file's default. */
  targets: string[]
  runner: 'package' | 'make' | 'just' | 'task'
  /** npm and yarn run `preX` and `postX` around `X`. */
  prePost: boolean
}

function followTarget(command: string, frame: Frame): ResolvedCommand[] {
  const invocation = parseInvocation(words(command), frame.cwd)
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
  const definitions = DEFINITIONS[invocation.runner](text, { ...invocation, targets }) ?? []
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

interface Definition {
  key: string
  label: string
  script: string[]
  deps: string[]
  /** Relative to the definition file. */
  dir?: string
  /** make and just run each recipe line in its own shell. */
  perLine: boolean
}

const DEFINITIONS: Record<Invocation['runner'], (text: string, inv: Invocation) => Definition[] | undefined> =
  {
    package: packageScripts,
    make: makeTargets,
    just: justRecipes,
    task: taskfileTasks
  }

/** Shell words with quotes removed; good enough to read runner flags and target names. */
function words(command: string): string[] {
  return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map(w => w.replace(/^(['"])(.*)\1$/, '$2'))
}

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])
const NPM_LIFECYCLE = new Set(['test', 't', 'tst', 'start', 'stop', 'restart'])
/** Flags of runners that take a value; the value is not a target. */
const VALUE_FLAGS = new Set([
  '--prefix',
  '--cwd',
  '--dir',
  '-C',
  '--directory',
  '-f',
  '--file',
  '--makefile',
  '--justfile',
  '-d',
  '--working-directory',
  '-t',
  '--taskfile',
  '-j',
  '--jobs',
  '-w',
  '--workspace',
  '--filter',
  '-F',
  '-o',
  '--output'
])

function parseInvocation(argv: string[], cwd: string | undefined): Invocation | undefined {
  if (cwd === undefined || argv.length === 0) return undefined
  const [tool = '', ...rest] = argv
  const runner =
    tool === '$(MAKE)' || tool === '${MAKE}' || tool === '$MAKE' || tool === 'gmake' ? 'make' : tool
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
  const dirFlag = ['--prefix', '--cwd', '--dir', '-C', '--directory', '-d', '--working-directory'].find(f =>
    flags.has(f)
  )
  const dir = dirFlag ? normaliseDir(posix.join(cwd, flags.get(dirFlag) ?? '')) : cwd
  if (dir === undefined) return undefined
  if (PACKAGE_MANAGERS.has(runner)) return packageInvocation(runner, args, dir, flags)
  const file =
    flags.get('-f') ??
    flags.get('--file') ??
    flags.get('--makefile') ??
    flags.get('--justfile') ??
    flags.get('-t') ??
    flags.get('--taskfile')
  const files = (names: string[]): string[] =>
    file ? [posix.join(dir, file)] : names.map(n => inDir(dir, n))
  if (runner === 'make')
    return { runner, files: files(['GNUmakefile', 'makefile', 'Makefile']), targets: args, prePost: false }
  if (runner === 'just')
    return {
      runner,
      files: files(['justfile', 'Justfile', '.justfile']),
      targets: args.slice(0, 1),
      prePost: false
    }
  if (runner === 'task') {
    return {
      runner,
      files: files(['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']),
      targets: args.length > 0 ? args : ['default'],
      prePost: false
    }
  }
  return undefined
}

function packageInvocation(
  tool: string,
  args: string[],
  dir: string,
  flags: Map<string, string>
): Invocation | undefined {
  // A workspace filter names another package, which a path-based read cannot find.
  if (
    flags.has('--filter') ||
    flags.has('-F') ||
    flags.has('-w') ||
    flags.has('--workspace') ||
    args[0] === 'workspace'
  ) {
    return undefined
  }
  const [sub = '', name] = args
  let script: string | undefined
  if (sub === 'run' || sub === 'run-script') script = name
  else if (tool === 'npm' && NPM_LIFECYCLE.has(sub)) script = sub === 't' || sub === 'tst' ? 'test' : sub
  else if ((tool === 'yarn' || tool === 'pnpm') && sub !== undefined) script = sub
  if (script === undefined) return undefined
  return {
    runner: 'package',
    files: [inDir(dir, 'package.json')],
    targets: [script],
    prePost: tool === 'npm' || tool === 'yarn'
  }
}

function packageScripts(text: string, inv: Invocation): Definition[] | undefined {
  let scripts: unknown
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts
  } catch {
    return undefined
  }
  if (typeof scripts !== 'object' || scripts === null) return undefined
  const table = scripts as Record<string, unknown>
  const [name] = inv.targets
  if (name === undefined || typeof table[name] !== 'string') return undefined
  const names = inv.prePost ? [`pre${name}`, name, `post${name}`] : [name]
  return names
    .filter(n => typeof table[n] === 'string')
    .map(n => ({ key: n, label: `scripts.${n}`, script: [table[n] as string], deps: [], perLine: false }))
}

interface Rule {
  deps: string[]
  recipe: string[]
}

/** Makefile rules: `a b: deps ; recipe` headers and tab-indented recipe lines, continuations joined. */
function makeTargets(text: string, inv: Invocation): Definition[] | undefined {
  const rules = new Map<string, Rule>()
  let defaultGoal: string | undefined
  let current: Rule[] = []
  for (const line of text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      const recipe = line
        .slice(1)
        .replace(/^[@+-]+/, '')
        .trim()
      if (recipe && !recipe.startsWith('#')) for (const rule of current) rule.recipe.push(shellText(recipe))
      continue
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const header = /^([^\s:#=][^:=#]*?)\s*::?(?!=)(.*)$/.exec(line)
    if (!header) {
      current = []
      continue
    }
    const [depsText = '', inline] = (header[2] ?? '').split(';', 2)
    const deps = /=/.test(depsText)
      ? []
      : depsText.split(/\s+/).filter(d => d && !d.includes('$') && !d.includes('%'))
    current = (header[1] ?? '').split(/\s+/).map(name => {
      const rule = rules.get(name) ?? { deps: [], recipe: [] }
      rule.deps.push(...deps)
      rules.set(name, rule)
      if (defaultGoal === undefined && !name.startsWith('.') && !/[%$]/.test(name)) defaultGoal = name
      return rule
    })
    if (inline?.trim()) for (const rule of current) rule.recipe.push(inline.trim())
  }
  const targets = inv.targets.length > 0 ? inv.targets : defaultGoal ? [defaultGoal] : []
  return targets.flatMap(t => {
    const rule = rules.get(t)
    return rule ? [{ key: t, label: t, script: rule.recipe, deps: rule.deps, perLine: true }] : []
  })
}

/** A recipe line as the shell sees it: `$$` is a `$`, and make's `$(VAR)` becomes `${VAR}`, not a command substitution. */
function shellText(recipe: string): string {
  return recipe.replace(/\$(\$|\(([A-Za-z_][\w.]*)\))/g, (_all, _inner: string, name?: string) =>
    name === undefined ? '$' : `\${${name}}`
  )
}

/** justfile recipes: `name params: deps` at column 0, an indented body; the first recipe is the default. */
function justRecipes(text: string, inv: Invocation): Definition[] | undefined {
  const recipes = new Map<string, Rule & { shebang: boolean }>()
  let first: string | undefined
  let current: (Rule & { shebang: boolean }) | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]+\S/.test(line)) {
      const body = line.trim()
      if (!current) continue
      if (current.recipe.length === 0 && body.startsWith('#!'))
        current.shebang = !/\b(?:ba|z|da)?sh\b/.test(body)
      else if (!body.startsWith('#')) current.recipe.push(body.replace(/^[@-]+/, ''))
      continue
    }
    if (line.trim() === '' || line.startsWith('#')) continue
    const header = /^@?([A-Za-z_][\w-]*)(?:\s+[^:]*?)?\s*:(?!=)(.*)$/.exec(line)
    if (!header || /^(?:set|alias|export|import|mod)\b/.test(line)) {
      current = undefined
      continue
    }
    // Dependencies are the bare recipe names; quoted arguments (`(build "x")`) are dropped.
    const deps = [...(header[2] ?? '').replace(/'[^']*'|"[^"]*"/g, ' ').matchAll(/[A-Za-z_][\w-]*/g)].map(
      m => m[0]
    )
    current = { deps, recipe: [], shebang: false }
    const name = header[1] ?? ''
    recipes.set(name, current)
    first ??= name
  }
  const names = inv.targets.length > 0 ? inv.targets : first === undefined ? [] : [first]
  return names.flatMap(name => {
    const recipe = recipes.get(name)
    // A recipe in another interpreter (`#!/usr/bin/env python3`) is not shell.
    if (!recipe || recipe.shebang) return []
    return [{ key: name, label: name, script: recipe.recipe, deps: recipe.deps, perLine: true }]
  })
}

/** Taskfile.yml: `tasks.X.cmds` (strings, `{cmd}`, `{task}`), `deps`, `dir`. */
function taskfileTasks(text: string, inv: Invocation): Definition[] | undefined {
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch {
    return undefined
  }
  const tasks = (doc as { tasks?: unknown } | null)?.tasks
  if (typeof tasks !== 'object' || tasks === null) return undefined
  return inv.targets.flatMap(name => {
    const task = taskBody((tasks as Record<string, unknown>)[name])
    if (!task) return []
    const cmds = Array.isArray(task.cmds) ? task.cmds : typeof task.cmd === 'string' ? [task.cmd] : []
    const script = cmds.flatMap(c =>
      typeof c === 'string' ? [c] : typeof c?.cmd === 'string' ? [c.cmd] : []
    )
    // `- task: X` entries call X in this file, like `deps` (which run first).
    const calls = [...(Array.isArray(task.deps) ? task.deps : []), ...cmds.filter(c => typeof c !== 'string')]
    const deps = calls.flatMap(d =>
      typeof d === 'string' ? [d] : typeof d?.task === 'string' ? [d.task] : []
    )
    const dir = typeof task.dir === 'string' ? task.dir : undefined
    return [{ key: name, label: `tasks.${name}`, script, deps, perLine: true, ...(dir ? { dir } : {}) }]
  })
}

type TaskItem = string | { cmd?: unknown; task?: unknown } | null
interface TaskBody {
  cmds?: TaskItem[]
  cmd?: unknown
  deps?: TaskItem[]
  dir?: unknown
}

/** A task is a mapping, or the shorthand of one command or a list of commands. */
function taskBody(raw: unknown): TaskBody | undefined {
  if (typeof raw === 'string') return { cmds: [raw] }
  if (Array.isArray(raw)) return { cmds: raw as TaskItem[] }
  return typeof raw === 'object' && raw !== null ? (raw as TaskBody) : undefined
}
