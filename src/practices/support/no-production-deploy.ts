import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../core/finding.js'
import type { CheckContext } from '../../checks/check.js'
import { jobEvidence, jobLabel } from './pipeline.js'
import type { Pipeline } from './pipeline.js'

/**
 * The message every production-only practice shares (design §3's not-applicable rule). `{unresolved}` is empty
 * when no job deploys to production, and names the deploys whose environment cannot be read when one may.
 */
export const NO_PRODUCTION_MESSAGE = 'no job deploys to a production environment{unresolved}'

/**
 * The verdict of a practice that only constrains production deploys when there is none: not applicable, with
 * the reason, so it counts as pass and says why (design §3). When a deploy's environment is an expression the
 * gate cannot read, production may be among its values: unknown, since unknown evidence is never a pass.
 * Undefined when some job deploys to production, so the practice judges those.
 */
export function noProductionDeploy(
  context: Pick<CheckContext, 'practice'>,
  pipeline: Pick<Pipeline, 'productionDeploys' | 'deployJobs'>
): Finding | undefined {
  if (pipeline.productionDeploys.length > 0) return undefined
  const messages = { 'no-production': NO_PRODUCTION_MESSAGE }
  const unresolved = pipeline.deployJobs.filter(job => job.environmentClass === 'unresolved')
  if (unresolved.length === 0) {
    return findingFor(context, messages, 'no-production', {
      status: 'not-applicable',
      strength: 'definition',
      data: { unresolved: '' },
      evidence: [],
      locations: [],
      remediation: ''
    })
  }
  const named = unresolved.map(
    job => `\`${jobLabel(job)}\` deploys to \`${job.job.environment?.name ?? ''}\``
  )
  return findingFor(context, messages, 'no-production', {
    status: 'unknown',
    strength: 'definition',
    data: { unresolved: ` by name, but ${named.join(', ')}, which may be production` },
    evidence: unresolved.map(job => jobEvidence(job)),
    locations: unresolved.map(job => job.job.environment?.location ?? job.job.location),
    remediation:
      'Name the environment literally (`environment: production`), or take it from a matrix list (`environment: ${{ matrix.environment }}` with `matrix: { environment: [staging, production] }`) or from a literal `with:` input of the calling job, so the gate can tell whether it is production.'
  })
}
