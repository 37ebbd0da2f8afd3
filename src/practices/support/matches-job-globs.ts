import picomatch from 'picomatch'
import type { PipelineJob } from './pipeline.js'

/**
 * A test for the jobs a policy names by glob (`jobs:` options): the job's id, its own part when inlined from a
 * reusable workflow (`deploy/smoke` → `smoke`), or its display name. No globs name no job.
 */
export function matchesJobGlobs(globs: readonly string[]): (job: PipelineJob) => boolean {
  if (globs.length === 0) return () => false
  const isMatch = picomatch([...globs], { nocase: true })
  return job => {
    const ownId = job.job.id.split('/').pop() ?? job.job.id
    return [job.job.id, ownId, job.job.name].some(text => text !== undefined && isMatch(text))
  }
}
