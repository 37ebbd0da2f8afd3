import type { Location } from '../core/finding.js'
import type { Job, Trigger, Workflow } from './model.js'
import { JobRefMap, jobRefKey } from './job-ref-map.js'
import { ownDispatchEvents } from './hand-offs-of.js'

/**
 * Ordering and trigger questions over the collected workflows (design §3, §4). Built once per evidence
 * set; answers are memoised because practices ask the same questions for many jobs.
 *
 * Ordering: `needs` (transitive) within a workflow, and `workflow_run` chains across workflows — when B is
 * triggered by A completing, every job of B comes after every job of A.
 * Events: the workflow's triggers, narrowed by the common `if:` forms (event name, branch/tag ref), by the
 * `if:` of the job that called a reusable workflow, and by the jobs a job needs (a job whose needs were
 * skipped is skipped too unless its `if:` uses a status function). Anything not understood "may run".
 */

export interface JobRef {
  /** The workflow's file (workspace path). */
  workflow: string
  job: string
}

export interface WorkflowRunEdge {
  upstream: string
  downstream: string
  /** Every entry job of the downstream workflow checks `github.event.workflow_run.conclusion == 'success'`. */
  requiresSuccess: boolean
  location: Location
}

export interface WorkflowGraph {
  job(ref: JobRef): Job | undefined
  /** Every job that finishes before `ref` starts, by `needs` and `workflow_run` edges. */
  predecessors(ref: JobRef): JobRef[]
  precedes(a: JobRef, b: JobRef): boolean
  eventsOf(ref: JobRef): ReadonlySet<string>
  /** Can run without a person starting it (workflow_dispatch alone is manual). */
  isAutomatic(ref: JobRef): boolean
  workflowRunEdges: readonly WorkflowRunEdge[]
}

/**
 * A pull request run that a job's `if:` limits to merged ones (`types: [closed]` and
 * `github.event.pull_request.merged == true`): the change has landed on the base branch, so the run is a
 * delivery like a push, not a proposal.
 */
export const MERGED_PULL_REQUEST = 'pull_request (merged)'

const AUTOMATIC_EVENTS = new Set([
  MERGED_PULL_REQUEST,
  'push',
  'pull_request',
  'pull_request_target',
  'merge_group',
  'schedule',
  'workflow_run',
  'release',
  'repository_dispatch',
  'deployment'
])
/** Events whose `github.ref` is never a branch. */
const NON_BRANCH_EVENTS = new Set(['pull_request', 'merge_group', 'release'])
/** Events whose `github.ref` can be a tag. */
const TAG_EVENTS = new Set([
  'push',
  'release',
  'workflow_dispatch',
  'create',
  'delete',
  'deployment',
  'deployment_status'
])
/** `always()`, `failure()`, `cancelled()`, `!cancelled()`: the job runs whatever its needs concluded. */
export const STATUS_FUNCTION = /\b(always|failure|cancelled)\s*\(/
const REQUIRES_SUCCESS = /github\.event\.workflow_run\.conclusion\s*==\s*'success'/

export function createWorkflowGraph(workflows: readonly Workflow[]): WorkflowGraph {
  const byFile = new Map(workflows.map(w => [w.file, w]))
  const byName = nameIndex(workflows)
  const jobs = new JobRefMap<Job>()
  for (const w of workflows) for (const j of w.jobs) jobs.set({ workflow: w.file, job: j.id }, j)
  const edges = workflowRunEdges(workflows, byName)
  const upstreamsOf = groupBy(edges, e => e.downstream)
  const predecessorCache = new JobRefMap<JobRef[]>()
  const eventCache = new JobRefMap<ReadonlySet<string>>()
  const automaticWorkflowCache = new Map<string, boolean>()

  const job = (ref: JobRef): Job | undefined => jobs.get(ref)

  function predecessors(ref: JobRef): JobRef[] {
    const cached = predecessorCache.get(ref)
    if (cached) return cached
    predecessorCache.set(ref, []) // a needs cycle (invalid workflow) must not recurse forever
    const found = new Map<string, JobRef>()
    // Keys are built once per job found: a workflow_run chain hands every downstream job all upstream jobs.
    const add = (r: JobRef): void => {
      const rk = jobRefKey(r)
      if (found.has(rk)) return
      found.set(rk, r)
      for (const p of predecessors(r)) {
        const pk = jobRefKey(p)
        if (!found.has(pk)) found.set(pk, p)
      }
    }
    for (const need of job(ref)?.needs ?? []) add({ workflow: ref.workflow, job: need })
    for (const edge of upstreamsOf.get(ref.workflow) ?? []) {
      for (const j of byFile.get(edge.upstream)?.jobs ?? []) add({ workflow: edge.upstream, job: j.id })
    }
    found.delete(jobRefKey(ref))
    const result = [...found.values()]
    predecessorCache.set(ref, result)
    return result
  }

  function precedes(a: JobRef, b: JobRef): boolean {
    return predecessors(b).some(p => p.workflow === a.workflow && p.job === a.job)
  }

  /** The workflow's events, with `workflow_call` replaced by the events its callers run on. */
  function workflowEvents(file: string, visiting: Set<string>): Set<string> {
    const events = new Set<string>()
    for (const trigger of byFile.get(file)?.triggers ?? []) {
      if (trigger.event !== 'workflow_call') events.add(trigger.event)
      else for (const caller of callersOf(file)) for (const e of eventsWithin(caller, visiting)) events.add(e)
    }
    return events
  }

  const callers = callerIndex(workflows)
  const callersOf = (file: string): JobRef[] => callers.get(file) ?? []

  /** The events a job's own `if:` and its callers' `if:` allow, before looking at its needs. */
  function ownEvents(ref: JobRef, visiting: Set<string>): Set<string> {
    const workflow = byFile.get(ref.workflow)
    const j = job(ref)
    if (!workflow || !j) return new Set()
    let events = narrow(workflowEvents(ref.workflow, visiting), j.if, workflow.triggers)
    if (j.calledBy)
      events = intersect(events, ownEvents({ workflow: ref.workflow, job: j.calledBy.job }, visiting))
    return events
  }

  function eventsWithin(ref: JobRef, visiting: Set<string>): ReadonlySet<string> {
    const cached = eventCache.get(ref)
    if (cached) return cached
    const k = jobRefKey(ref)
    if (visiting.has(k)) return new Set()
    visiting.add(k)
    let events: Set<string> = ownEvents(ref, visiting)
    const j = job(ref)
    if (j && !STATUS_FUNCTION.test(j.if ?? '')) {
      for (const need of j.needs) {
        // A call waits for its inlined callee jobs, but one of them being skipped does not skip the call
        // (a callee job that runs only on a schedule leaves the call running on push).
        if (job({ workflow: ref.workflow, job: need })?.calledBy?.job === ref.job) continue
        events = intersect(events, eventsWithin({ workflow: ref.workflow, job: need }, visiting))
      }
    }
    visiting.delete(k)
    eventCache.set(ref, events)
    return events
  }

  const eventsOf = (ref: JobRef): ReadonlySet<string> => eventsWithin(ref, new Set())

  /** A `workflow_run` trigger is automatic when an upstream it names is (unseen upstreams are assumed so). */
  function automaticWorkflow(file: string, visiting: Set<string>): boolean {
    const cached = automaticWorkflowCache.get(file)
    if (cached !== undefined) return cached
    if (visiting.has(file)) return false
    visiting.add(file)
    const workflow = byFile.get(file)
    const result = (workflow?.jobs ?? []).some(j => automaticJob({ workflow: file, job: j.id }, visiting))
    visiting.delete(file)
    automaticWorkflowCache.set(file, result)
    return result
  }

  function automaticJob(ref: JobRef, visiting: Set<string>): boolean {
    const events = eventsOf(ref)
    return [...events].some(event => {
      if (!AUTOMATIC_EVENTS.has(event)) return false
      if (event === 'repository_dispatch') return dispatchedAutomatically(ref.workflow, visiting)
      if (event !== 'workflow_run') return true
      const named = byFile.get(ref.workflow)?.triggers.filter(t => t.event === 'workflow_run') ?? []
      const upstreams = named.flatMap(t => t.workflows).map(name => byName.get(name))
      return upstreams.some(u => u === undefined || automaticWorkflow(u.file, visiting))
    })
  }

  /**
   * A `repository_dispatch` trigger is automatic when one of its event types is sent by an automatic job of this
   * repository, or by no job here (another repository or a service sends it: assumed automatic, as an unseen
   * workflow_run upstream is). Types that only manually started jobs here send start nothing on their own.
   */
  function dispatchedAutomatically(file: string, visiting: Set<string>): boolean {
    const types = (byFile.get(file)?.triggers ?? [])
      .filter(trigger => trigger.event === 'repository_dispatch')
      .flatMap(trigger => trigger.types)
    if (types.length === 0) return true
    return types.some(type => {
      const senders = dispatchSenders().get(type) ?? []
      if (senders.length === 0) return true
      const k = `repository_dispatch\u0000${type}`
      // A loop of dispatches has no start here: something outside starts it, as for a type nothing here sends.
      if (visiting.has(k)) return true
      visiting.add(k)
      const result = senders.some(sender => automaticJob(sender, visiting))
      visiting.delete(k)
      return result
    })
  }

  /** Event type → the jobs that dispatch it to this repository; built on the first question, few repos ask. */
  let senders: Map<string, JobRef[]> | undefined
  function dispatchSenders(): Map<string, JobRef[]> {
    senders ??= groupBy(
      workflows.flatMap(w =>
        w.jobs.flatMap(j =>
          j.steps.flatMap(ownDispatchEvents).map(type => ({ type, workflow: w.file, job: j.id }))
        )
      ),
      sent => sent.type
    )
    return senders
  }

  return {
    job,
    predecessors,
    precedes,
    eventsOf,
    isAutomatic: ref => automaticJob(ref, new Set()),
    workflowRunEdges: edges
  }
}

function workflowRunEdges(
  workflows: readonly Workflow[],
  byName: ReadonlyMap<string, Workflow>
): WorkflowRunEdge[] {
  return workflows.flatMap(downstream =>
    downstream.triggers
      .filter(t => t.event === 'workflow_run' && runsAfterCompletion(t))
      .flatMap(t =>
        t.workflows.flatMap(name => {
          const upstream = byName.get(name)
          if (!upstream) return []
          const entries = downstream.jobs.filter(j => j.needs.length === 0)
          const requiresSuccess = entries.length > 0 && entries.every(j => REQUIRES_SUCCESS.test(j.if ?? ''))
          return [
            { upstream: upstream.file, downstream: downstream.file, requiresSuccess, location: t.location }
          ]
        })
      )
  )
}

/** `types: [requested]` starts with the upstream, not after it: no ordering. No types means all of them. */
function runsAfterCompletion(trigger: Trigger): boolean {
  return trigger.types.length === 0 || trigger.types.includes('completed')
}

/**
 * `workflow_run.workflows` names workflows by `name:`, which defaults to the file path; where two share a
 * name the first is meant. Indexed once: every job of a workflow_run workflow looks its upstreams up.
 */
function nameIndex(workflows: readonly Workflow[]): Map<string, Workflow> {
  const index = new Map<string, Workflow>()
  for (const workflow of workflows) {
    const name = workflow.name ?? workflow.file
    if (!index.has(name)) index.set(name, workflow)
  }
  return index
}

/** Callee file → the jobs that call it, read from the `calledBy` marks the collector left on inlined jobs. */
function callerIndex(workflows: readonly Workflow[]): Map<string, JobRef[]> {
  const index = new Map<string, Map<string, JobRef>>()
  for (const workflow of workflows) {
    for (const { calledBy } of workflow.jobs) {
      if (!calledBy) continue
      const refs = index.get(calledBy.workflow) ?? new Map<string, JobRef>()
      refs.set(jobRefKey({ workflow: workflow.file, job: calledBy.job }), {
        workflow: workflow.file,
        job: calledBy.job
      })
      index.set(calledBy.workflow, refs)
    }
  }
  return new Map([...index].map(([file, refs]) => [file, [...refs.values()]]))
}

/** Narrows events by an `if:` made of `&&`/`||` over recognised comparisons; other forms leave them as they are. */
function narrow(
  events: Set<string>,
  condition: string | undefined,
  triggers: readonly Trigger[]
): Set<string> {
  if (!condition) return events
  const text = condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim()
  if (/[()]/.test(text.replace(/[\w.]+\([^()]*\)/g, ''))) return events
  const result = new Set<string>()
  for (const disjunct of text.split('||')) {
    let allowed = events
    for (const atom of disjunct.split('&&')) allowed = narrowAtom(allowed, atom.trim(), triggers)
    for (const e of allowed) result.add(e)
  }
  return result
}

function narrowAtom(events: Set<string>, atom: string, triggers: readonly Trigger[]): Set<string> {
  const event = EVENT_IS(atom)
  if (event !== undefined) return intersect(events, new Set([event]))
  const notEvent = EVENT_IS_NOT(atom)
  if (notEvent !== undefined) return new Set([...events].filter(e => e !== notEvent))
  if (MERGED.test(atom)) return merged(events, triggers)
  const ref = REF_IS(atom) ?? startsWithRef(atom)
  const refName = REF_NAME_IS(atom)
  const refType = REF_TYPE_IS(atom)
  if (ref?.startsWith('refs/tags/') || refType === 'tag') return filter(events, e => canBeTag(e, triggers))
  if (ref?.startsWith('refs/heads/') || refName !== undefined || refType === 'branch') {
    return filter(events, e => canBeBranch(e, triggers))
  }
  return events
}

/** `github.event.pull_request.merged`, alone or compared with true. */
const MERGED = /^github\.event\.pull_request\.merged(?:\s*==\s*(?:true|'true'))?$/

/**
 * Only merged pull requests pass: they arrive as `closed` activity, so a trigger without that type never
 * runs the job for a pull request at all.
 */
function merged(events: Set<string>, triggers: readonly Trigger[]): Set<string> {
  const closes = (event: string): boolean =>
    triggers.some(t => t.event === event && t.types.includes('closed'))
  const out = new Set<string>()
  for (const event of events) {
    if (!event.startsWith('pull_request')) out.add(event)
    else if (closes(event)) out.add(MERGED_PULL_REQUEST)
  }
  return out
}

/**
 * `<lhs> <op> 'value'` in either order, the value returned. The regexes are compiled once, not for each
 * job's `if:`.
 */
function comparison(lhs: string, op: string): (atom: string) => string | undefined {
  const forward = new RegExp(`^${lhs}\\s*${op}\\s*'([^']*)'$`)
  const backward = new RegExp(`^'([^']*)'\\s*${op}\\s*${lhs}$`)
  return atom => (forward.exec(atom) ?? backward.exec(atom))?.[1]
}
const EVENT_IS = comparison('github\\.event_name', '==')
const EVENT_IS_NOT = comparison('github\\.event_name', '!=')
const REF_IS = comparison('github\\.ref', '==')
const REF_NAME_IS = comparison('github\\.ref_name', '==')
const REF_TYPE_IS = comparison('github\\.ref_type', '==')

function startsWithRef(atom: string): string | undefined {
  return /^startsWith\(\s*github\.ref\s*,\s*'([^']*)'\s*\)$/.exec(atom)?.[1]
}

/** A push filtered to tags only never runs for a branch, and the reverse; unfiltered push runs for both. */
function canBeBranch(event: string, triggers: readonly Trigger[]): boolean {
  if (event === 'push') return pushTriggers(triggers).some(t => t.tags.length === 0 || hasBranchFilter(t))
  return !NON_BRANCH_EVENTS.has(event)
}

function canBeTag(event: string, triggers: readonly Trigger[]): boolean {
  if (event === 'push') return pushTriggers(triggers).some(t => t.tags.length > 0 || !hasBranchFilter(t))
  return TAG_EVENTS.has(event)
}

/** A callee's `push` comes from its callers, whose filters are not at hand: assume any ref. */
function pushTriggers(
  triggers: readonly Trigger[]
): Array<Pick<Trigger, 'tags' | 'branches' | 'branchesIgnore'>> {
  const push = triggers.filter(t => t.event === 'push')
  return push.length > 0 ? push : [{ tags: [], branches: [], branchesIgnore: [] }]
}

function hasBranchFilter(trigger: Pick<Trigger, 'branches' | 'branchesIgnore'>): boolean {
  return trigger.branches.length > 0 || trigger.branchesIgnore.length > 0
}

function filter(events: Set<string>, keep: (event: string) => boolean): Set<string> {
  return new Set([...events].filter(keep))
}

/** Events both allow; a merged pull request is one kind of pull request, so the two meet in it. */
function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const refines = (merged: ReadonlySet<string>, event: string): boolean =>
    merged.has(MERGED_PULL_REQUEST) && event.startsWith('pull_request')
  const out = new Set<string>()
  for (const e of a) {
    if (b.has(e)) out.add(e)
    else if (refines(b, e)) out.add(MERGED_PULL_REQUEST)
  }
  for (const e of b) if (refines(a, e)) out.add(MERGED_PULL_REQUEST)
  return out
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  return groups
}
