import { policyChangeItem } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/** How this change weakens or strengthens the policy, against the base commit's policy. */
export function policyChanges(context: SummaryContext): Block[] {
  const { report } = context
  if (report.policyChanges.length === 0) return []
  return [
    {
      name: 'policy changes',
      head: ['### Policy changes'],
      rows: report.policyChanges.map(
        c => `- ${policyChangeItem(c, context.prose(c.message))} (${context.location(c.location)})`
      ),
      tail: []
    }
  ]
}
