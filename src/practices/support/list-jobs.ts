import { jobLabel } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'

/** At most three job names, then a count: enough to find them, short enough for a message. */
export function listJobs(jobs: readonly PipelineJob[]): string {
  const names = jobs.slice(0, 3).map(job => `\`${jobLabel(job)}\``)
  return jobs.length > 3 ? `${names.join(', ')} and ${jobs.length - 3} more` : names.join(', ')
}
