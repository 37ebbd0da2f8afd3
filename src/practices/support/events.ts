// The events practices reason about: a change, a delivery, and which pushes reach a branch.
import type { Pipeline, PipelineJob } from './pipeline.js'
import picomatch from 'picomatch'
import type { Trigger } from '../../workflow/model.js'
import { MERGED_PULL_REQUEST } from '../../workflow/graph.js'

/** Events that mean "a change was proposed or landed": what tests run on when they run on change (design §3). */
export const CHANGE_EVENTS: readonly string[] = [
  'push',
  'pull_request',
  'pull_request_target',
  'merge_group',
  MERGED_PULL_REQUEST
]

/**
 * Events that deliver without a person (design §3, automated-deploy). A pull request starts jobs
 * automatically but delivers nothing, so it is left out.
 */
export const DELIVERY_EVENTS = [
  'push',
  MERGED_PULL_REQUEST,
  'release',
  'workflow_run',
  'schedule',
  'repository_dispatch',
  'deployment'
]

/** The delivery events that can start `job`, sorted (after the graph's narrowing by `if:` and callers). */
export function deliveryEvents(pipeline: Pipeline, job: PipelineJob): string[] {
  const events = pipeline.graph.eventsOf(job.ref)
  return DELIVERY_EVENTS.filter(event => events.has(event)).sort()
}

/**
 * Whether a `push` trigger fires for a push to `branch`, by GitHub's filter rules: `branches` patterns are
 * read in order and a later `!pattern` excludes what an earlier one included; `branches-ignore` excludes;
 * a trigger that filters only `tags` never fires for a branch.
 */
export function pushReachesBranch(trigger: Trigger, branch: string): boolean {
  if (trigger.event !== 'push') return false
  if (trigger.branches.length > 0) return lastMatchIncludes(trigger.branches, branch)
  if (trigger.branchesIgnore.length > 0) return !trigger.branchesIgnore.some(p => globMatches(p, branch))
  return trigger.tags.length === 0
}

function lastMatchIncludes(patterns: readonly string[], branch: string): boolean {
  let included = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    if (globMatches(negated ? pattern.slice(1) : pattern, branch)) included = !negated
  }
  return included
}

/** GitHub's filter globs: `*` stops at `/`, `**` does not — picomatch's reading. */
function globMatches(pattern: string, branch: string): boolean {
  return picomatch.isMatch(branch, pattern, { dot: true })
}
