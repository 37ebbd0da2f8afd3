import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

const ICON = { pass: '✅', unknown: '❔', error: '❌', warning: '⚠️' }

/** The policy's DORA thresholds, each with its verdict and where the policy sets it. */
export function doraChecks(context: SummaryContext): Block[] {
  const { dora } = context.report
  if (dora === undefined) return []
  const { metrics, checks } = dora
  return [
    {
      name: 'DORA thresholds',
      head: [`### DORA thresholds (${metrics.windowDays} days, from ${context.prose(metrics.source)})`],
      rows: checks.map(check => {
        const icon = check.status === 'broken' ? ICON[check.severity] : ICON[check.status]
        return `- ${icon} ${context.prose(check.message)} (${context.location(check.location)})`
      }),
      tail: []
    }
  ]
}
