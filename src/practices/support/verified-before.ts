import type { Purpose } from '../../workflow/catalog/purpose.js'
import type { Pipeline, PipelineJob } from './pipeline.js'
import { hasPurpose } from './pipeline.js'

/** What counts as "tested" before a deploy: any automated test suite. */
export const TEST_PURPOSES: readonly Purpose[] = ['unit-test', 'integration-test', 'acceptance-test']

export interface Verification {
  /** Jobs that finish before the deploy starts and build. */
  builds: PipelineJob[]
  /** Jobs that finish before the deploy starts and run tests. */
  tests: PipelineJob[]
  /** What the deploy does not wait for: `build`, `test`, both or neither. */
  missing: Array<'build' | 'test'>
}

/** The build and test jobs a deploy waits for (transitive `needs` and `workflow_run` chains). */
export function verifiedBefore(pipeline: Pipeline, deploy: PipelineJob): Verification {
  const before = pipeline.before(deploy)
  const builds = before.filter(job => hasPurpose(job, 'build'))
  const tests = before.filter(job => hasPurpose(job, ...TEST_PURPOSES))
  const missing = [
    ...(builds.length === 0 ? ['build' as const] : []),
    ...(tests.length === 0 ? ['test' as const] : [])
  ]
  return { builds, tests, missing }
}
