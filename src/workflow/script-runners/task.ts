import { parse as parseYaml } from 'yaml'
import type { Definition, ScriptRunner } from './script-runner.js'

/** Taskfiles, run by task; without a target it runs `default`. */
export const task: ScriptRunner = {
  tools: ['task'],
  invocation: ({ args, files }) => ({
    files: files(['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']),
    targets: args.length > 0 ? args : ['default'],
    definitions: taskfileTasks
  })
}

/** Taskfile.yml: `tasks.X.cmds` (strings, `{cmd}`, `{task}`), `deps`, `dir`. */
function taskfileTasks(text: string, targets: string[]): Definition[] | undefined {
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch {
    return undefined
  }
  const tasks = (doc as { tasks?: unknown } | null)?.tasks
  if (typeof tasks !== 'object' || tasks === null) return undefined
  return targets.flatMap(name => {
    const body = taskBody((tasks as Record<string, unknown>)[name])
    if (!body) return []
    const cmds = Array.isArray(body.cmds) ? body.cmds : typeof body.cmd === 'string' ? [body.cmd] : []
    const script = cmds.flatMap(c =>
      typeof c === 'string' ? [c] : typeof c?.cmd === 'string' ? [c.cmd] : []
    )
    // `- task: X` entries call X in this file, like `deps` (which run first).
    const calls = [...(Array.isArray(body.deps) ? body.deps : []), ...cmds.filter(c => typeof c !== 'string')]
    const deps = calls.flatMap(d =>
      typeof d === 'string' ? [d] : typeof d?.task === 'string' ? [d.task] : []
    )
    const dir = typeof body.dir === 'string' ? body.dir : undefined
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
  if (Array.isArray(raw)) return { cmds: raw }
  return typeof raw === 'object' && raw !== null ? raw : undefined
}
