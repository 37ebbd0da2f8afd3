import type { PolicyApproval } from '../evidence/policy-approval.js'
import type { PolicyChange } from './report.js'

/**
 * Folds the review of a policy-weakening change into its findings (docs/policy.md#approving-a-policy-change).
 * Approved, a weakening no longer fails the gate: on the pull request it is a warning, and on the push of
 * the merge commit — the change is in, and was reviewed — a notice. Not approved, it stays fatal and says
 * why, so the author knows what approval is missing. Each keeps its message, with how it was (not) approved.
 */
export function reviewPolicyChanges(
  changes: readonly PolicyChange[],
  approval: PolicyApproval,
  merged: boolean
): PolicyChange[] {
  return changes.map(change => {
    if (change.kind !== 'weakened' || change.severity !== 'error') return change
    if (!approval.approved)
      return { ...change, message: `${change.message} (not approved: ${approval.reason})` }
    const severity = merged ? 'notice' : 'warning'
    return { ...change, severity, message: `${change.message} (approved: ${approval.how})` }
  })
}
