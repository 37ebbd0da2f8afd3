/**
 * A map keyed by a job: its workflow file and job id. A lookup goes through the two strings the job already
 * holds, whose hashes V8 keeps, where a key joined per lookup (`file\0job`) is a new string to build and hash
 * every time; graph walks and practices look jobs up hundreds of thousands of times in a large monorepo.
 * Iteration order is not kept: what needs an order keeps its own list.
 */
export class JobRefMap<V> {
  private readonly byWorkflow = new Map<string, Map<string, V>>()

  get(ref: { workflow: string; job: string }): V | undefined {
    return this.byWorkflow.get(ref.workflow)?.get(ref.job)
  }

  set(ref: { workflow: string; job: string }, value: V): void {
    let jobs = this.byWorkflow.get(ref.workflow)
    if (!jobs) this.byWorkflow.set(ref.workflow, (jobs = new Map<string, V>()))
    jobs.set(ref.job, value)
  }
}

/** One string per job, for sets and maps that must keep their order or mix jobs with other keys. */
export function jobRefKey(ref: { workflow: string; job: string }): string {
  return `${ref.workflow}\u0000${ref.job}`
}
