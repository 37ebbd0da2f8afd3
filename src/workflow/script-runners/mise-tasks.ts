import type { Definition, RunnerCall, ScriptRunner } from './script-runner.js'

/** mise's own commands; any other first word (`mise test`) runs the task of that name. */
const MISE_COMMANDS = new Set(
  'activate alias backends bin-paths cache completion config deactivate doctor en env exec fmt generate implode install latest link ls ls-remote outdated plugins prune registry reshim self-update set settings shell sync tasks tool trust uninstall unset unuse upgrade use version watch where which x i u'.split(
    ' '
  )
)

/** mise tasks: `mise run X` (`mise r X`, `mise X`) runs `[tasks.X]` `run` after its `depends`. */
export const miseTasks: ScriptRunner = {
  tools: ['mise'],
  valueFlags: ['-E', '--env', '-j', '--jobs'],
  fileFlags: [],
  invocation
}

function invocation({ args, files }: RunnerCall) {
  const [first, second] = args
  const name =
    first === 'run' || first === 'r'
      ? second
      : first !== undefined && !MISE_COMMANDS.has(first)
        ? first
        : undefined
  if (name === undefined) return undefined
  return {
    files: files(['mise.toml', '.mise.toml', 'mise/config.toml', '.config/mise.toml', '.mise/config.toml']),
    targets: [name],
    definitions: miseToml
  }
}

interface Task {
  run: string[]
  depends: string[]
  dir?: string
  line: number
}

/** TOML read by line rules: `[tasks.X]` tables with `run`, `depends` and `dir`, and `X = "…"` under `[tasks]`. */
function miseToml(text: string, targets: string[]): Definition[] | undefined {
  const tasks = new Map<string, Task>()
  let table: string | undefined
  let current: Task | undefined
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    const header = /^\[([^\]]+)\]$/.exec(line)
    if (header) {
      table = header[1]?.trim()
      const task = /^tasks\.(?:"([^"]+)"|'([^']+)'|([\w:-]+))$/.exec(table ?? '')
      const name = task?.[1] ?? task?.[2] ?? task?.[3]
      current = name === undefined ? undefined : { run: [], depends: [], line: i + 1 }
      if (name !== undefined && current) tasks.set(name, current)
      continue
    }
    const assignment = /^("[^"]+"|'[^']+'|[\w:-]+)\s*=\s*(.*)$/.exec(line)
    if (!assignment) continue
    const key = (assignment[1] ?? '').replace(/^["']|["']$/g, '')
    const { value, end } = tomlValue(assignment[2] ?? '', lines, i)
    if (table === 'tasks') tasks.set(key, { run: value, depends: [], line: i + 1 })
    else if (current && key === 'run') current.run = value
    else if (current && key === 'depends') current.depends = value
    else if (current && key === 'dir') current.dir = value[0]
    i = end
  }
  return targets.flatMap(name => {
    const task = tasks.get(name)
    if (!task) return []
    return [
      {
        key: name,
        label: `tasks.${name}`,
        script: task.run,
        deps: task.depends,
        perLine: true,
        line: task.line,
        ...(task.dir === undefined ? {} : { dir: task.dir })
      }
    ]
  })
}

/** A TOML string, multi-line string or array of strings starting at `start`, and the line it ends on. */
function tomlValue(first: string, lines: string[], start: number): { value: string[]; end: number } {
  const quote = /^("""|''')/.exec(first)?.[1]
  if (quote) {
    let body = first.slice(3)
    let end = start
    while (!body.includes(quote) && end + 1 < lines.length) body += `\n${lines[++end] ?? ''}`
    return { value: [body.slice(0, body.indexOf(quote)).replace(/^\n/, '')], end }
  }
  if (first.startsWith('[')) {
    let body = first
    let end = start
    while (!/\]\s*(?:#.*)?$/.test(body) && end + 1 < lines.length) body += `\n${lines[++end] ?? ''}`
    return { value: [...body.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map(m => m[1] ?? m[2] ?? ''), end }
  }
  const single = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(first)
  return { value: single ? [single[1] ?? single[2] ?? ''] : [], end: start }
}
