import type { Workflow } from './model.js'
import { STATUS_FUNCTION } from './graph.js'
import type { JobRef, WorkflowGraph, WorkflowRunEdge } from './graph.js'
import { jobRefKey } from './job-ref-map.js'

/**
 * The jobs whose failure stops `ref` from running, a subset of the graph's predecessors: ordering alone does
 * not gate. A job whose `if:` uses a status function (`always()`) runs whatever its needs concluded, and a
 * `workflow_run` downstream that does not check the upstream's conclusion runs after failures too.
 */

export type Blocker =
  | { kind: 'status-function'; job: JobRef; condition: string }
  | { kind: 'workflow-run'; edge: WorkflowRunEdge }

export interface Gating {
  refs: JobRef[]
  /** Why some ordered predecessors do not gate, nearest to `ref` first. */
  blockers: Blocker[]
}

export function gatingPredecessors(
  graph: WorkflowGraph,
  workflows: readonly Workflow[],
  ref: JobRef
): Gating {
  const found = new Map<string, JobRef>()
  const blockers: Blocker[] = []
  const visited = new Set<string>()
  const add = (other: JobRef): void => {
    found.set(jobRefKey(other), other)
    visit(other)
  }
  function visit(current: JobRef): void {
    if (visited.has(jobRefKey(current))) return
    visited.add(jobRefKey(current))
    const job = graph.job(current)
    if (!job) return
    // The downstream's entry jobs are what the upstream's conclusion can skip; later jobs follow them by needs.
    if (job.needs.length === 0) {
      for (const edge of graph.workflowRunEdges.filter(e => e.downstream === current.workflow)) {
        if (!edge.requiresSuccess) blockers.push({ kind: 'workflow-run', edge })
        else for (const u of jobsOf(workflows, edge.upstream)) add(u)
      }
    }
    if (job.needs.length > 0 && STATUS_FUNCTION.test(job.if ?? '')) {
      blockers.push({ kind: 'status-function', job: current, condition: job.if ?? '' })
      return
    }
    for (const need of job.needs) add({ workflow: current.workflow, job: need })
  }
  visit(ref)
  found.delete(jobRefKey(ref))
  return { refs: [...found.values()], blockers: unique(blockers) }
}

function jobsOf(workflows: readonly Workflow[], file: string): JobRef[] {
  return (workflows.find(w => w.file === file)?.jobs ?? []).map(j => ({ workflow: file, job: j.id }))
}

function unique(blockers: Blocker[]): Blocker[] {
  return [...new Map(blockers.map(b => [JSON.stringify(b), b])).values()]
}
