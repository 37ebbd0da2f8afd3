import picomatch from 'picomatch'
import type { Job } from '../../workflow/model.js'

/**
 * A test for the jobs a policy names by glob (`jobs:` options): the job's id, its own part when inlined from a
 * reusable workflow (`deploy/smoke` → `smoke`), or its display name. No globs name no job.
 */
export function namedByGlobs(globs: readonly string[]): (job: Job) => boolean {
  if (globs.length === 0) return () => false
  const isMatch = picomatch([...globs], { nocase: true })
  return job => {
    const ownId = job.id.split('/').pop() ?? job.id
    return [job.id, ownId, job.name].some(text => text !== undefined && isMatch(text))
  }
}
