import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../finding.js'
import type { CheckContext } from '../practice.js'

/** The message every production-only practice shares (design §3's not-applicable rule). */
export const NO_PRODUCTION_MESSAGE = 'no job deploys to a production environment'

/**
 * The verdict of a practice that only constrains production deploys when there is none: not applicable,
 * with the reason, so it counts as pass and says why (design §3).
 */
export function noProductionDeploy(context: Pick<CheckContext, 'practice'>): Finding {
  return findingFor(context, { 'no-production': NO_PRODUCTION_MESSAGE }, 'no-production', {
    status: 'not-applicable',
    strength: 'definition',
    evidence: [],
    locations: [],
    remediation: ''
  })
}
