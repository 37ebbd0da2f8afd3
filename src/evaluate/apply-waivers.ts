import type { Finding } from '../core/finding.js'
import type { Waiver } from '../policy/schema.js'
import type { Location } from '../core/finding.js'

export type LocatedWaiver = Waiver & { location?: Location }

/**
 * A waiver turns a practice that does not hold into `waived` (counted as pass, always shown with its reason
 * and expiry). A practice that holds anyway keeps its verdict and says the waiver is no longer needed.
 */
export function applyWaivers(finding: Finding, waivers: readonly LocatedWaiver[]): Finding {
  const waiver = waivers.find(w => w.practice === finding.practice)
  if (waiver === undefined) return finding
  const where = waiver.location ? [waiver.location] : []
  if (finding.status === 'pass' || finding.status === 'not-applicable') {
    return {
      ...finding,
      evidence: [
        ...finding.evidence,
        { kind: 'note', text: `waiver until ${waiver.expires} is no longer needed` }
      ]
    }
  }
  return {
    ...finding,
    status: 'waived',
    messageId: 'waived',
    message: `waived until ${waiver.expires}: ${waiver.reason} (otherwise ${finding.status}: ${finding.message})`,
    locations: [...where, ...finding.locations]
  }
}
