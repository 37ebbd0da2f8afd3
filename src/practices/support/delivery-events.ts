import type { Pipeline, PipelineJob } from './pipeline.js'

/**
 * Events that deliver without a person (design §3, automated-deploy). A pull request starts jobs
 * automatically but delivers nothing, so it is left out.
 */
export const DELIVERY_EVENTS = [
  'push',
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
