import { defineCheck } from './define-check.js'
import { findingFor } from './finding-for.js'

const messages = {
  attested: 'attested by {by} until {expires}',
  'no-attestation': 'no attestation in the policy'
}

/**
 * Generic `attest` check: a practice no pipeline can show, vouched for by a person in the policy.
 * Lapsed attestations never reach here: evaluation drops them and says so in a notice.
 */
export const attestCheck = defineCheck({
  meta: { messages, options: {} },
  check(context) {
    const attestation = context.attestations.find(a => a.practice === context.practice)
    if (attestation === undefined) {
      return findingFor(context, messages, 'no-attestation', {
        status: 'fail',
        strength: 'none',
        evidence: [],
        locations: [],
        remediation: `Add an entry to \`attestations:\` with practice: ${context.practice}, by, evidence and expires.`
      })
    }
    return findingFor(context, messages, 'attested', {
      status: 'pass',
      strength: 'attested',
      data: { by: attestation.by, expires: attestation.expires },
      evidence: [
        {
          kind: 'attestation',
          by: attestation.by,
          evidence: attestation.evidence,
          expires: attestation.expires
        }
      ],
      locations: attestation.location ? [attestation.location] : [],
      remediation: ''
    })
  }
})
