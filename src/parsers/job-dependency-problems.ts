/** A job whose `needs:` GitHub refuses, and why. */
export interface JobDependencyProblem {
  job: string
  message: string
}

const REJECTED = 'GitHub rejects this workflow, so none of its jobs runs'

/**
 * What GitHub refuses in `needs:` — a job that needs itself, a job that is not in the workflow ("depends on
 * unknown job"), or jobs that need each other in a cycle ("creates a cycle") — one problem per bad need and
 * per cycle. Job ids are compared case-insensitively, so a difference of case is never called missing.
 */
export function jobDependencyProblems(
  jobs: ReadonlyArray<{ id: string; needs: readonly string[] }>
): JobDependencyProblem[] {
  const byKey = new Map(jobs.map(job => [job.id.toLowerCase(), job]))
  const problems: JobDependencyProblem[] = []
  const edges = new Map<string, string[]>()
  for (const job of jobs) {
    const next: string[] = []
    for (const need of job.needs) {
      const key = need.toLowerCase()
      if (key === job.id.toLowerCase())
        problems.push({ job: job.id, message: `job \`${job.id}\` needs itself; ${REJECTED}` })
      else if (!byKey.has(key))
        problems.push({
          job: job.id,
          message: `job \`${job.id}\` needs \`${need}\`, which is not a job of this workflow; ${REJECTED}`
        })
      else next.push(key)
    }
    edges.set(job.id.toLowerCase(), next)
  }
  for (const cycle of cycles(edges)) {
    const names = cycle.map(key => byKey.get(key)?.id ?? key)
    problems.push({
      job: names[0] as string,
      message: `jobs ${[...names, names[0]].map(n => `\`${n}\``).join(' → ')} need each other in a cycle; ${REJECTED}`
    })
  }
  return problems
}

/** Each cycle of the graph once, found by depth-first search (iterative: a workflow may have many jobs). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const found: string[][] = []
  for (const start of edges.keys()) {
    if (state.has(start)) continue
    const path: string[] = [start]
    const next: number[] = [0]
    state.set(start, 'open')
    while (path.length > 0) {
      const node = path.at(-1) as string
      const targets = edges.get(node) ?? []
      const i = next[next.length - 1] as number
      if (i >= targets.length) {
        state.set(node, 'done')
        path.pop()
        next.pop()
        continue
      }
      next[next.length - 1] = i + 1
      const target = targets[i] as string
      if (state.get(target) === 'open') found.push(path.slice(path.indexOf(target)))
      else if (!state.has(target)) {
        state.set(target, 'open')
        path.push(target)
        next.push(0)
      }
    }
  }
  return found
}
