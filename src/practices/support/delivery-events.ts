import type { Pipeline, PipelineJob } from './pipeline.js'

/** "A change was proposed or landed": what tests of pipeline components must run on. */
const CHANGE_EVENTS = ['push', 'pull_request', 'pull_request_target', 'merge_group']
/**
 * Events that deliver without a person (design §3, automated-deploy): a pull request is not delivery, so it
 * is left out even though it starts jobs automatically.
 */
const DELIVERY_EVENTS = ['push', 'release', 'workflow_run', 'schedule', 'repository_dispatch', 'deployment']

/** The events of `kind` that can start `job`, sorted (after the graph's narrowing by `if:` and callers). */
export function jobEventsIn(pipeline: Pipeline, job: PipelineJob, kind: 'change' | 'delivery'): string[] {
  const events = pipeline.graph.eventsOf(job.ref)
  return (kind === 'change' ? CHANGE_EVENTS : DELIVERY_EVENTS).filter(event => events.has(event)).sort()
}
