import { name } from './format.js'
import type { Report } from '../evaluate/report.js'

/** The verdict as a Markdown heading, shared by the job summary and the PR comment. */
export function summaryHeadline(report: Report, depth = 2): string {
  // Short only of what the API would show: not the pipeline's shortfall, so not a red cross.
  const icon = report.passed ? '✅' : report.evidence.onlyApiMissing ? '❔' : '❌'
  const reached = report.level === null ? 'no level' : `**${name(report.level)}**`
  return (
    `${'#'.repeat(depth)} ${icon} Maturity gate: ${reached} reached — target **${name(report.target)}** ` +
    `(${name(report.model)}, ${report.mode})`
  )
}
