import { name } from './format.js'
import type { Report } from '../evaluate/report.js'

/** The verdict as a Markdown heading, shared by the job summary and the PR comment. */
export function summaryHeadline(report: Report, depth = 2): string {
  const icon = report.passed ? '✅' : '❌'
  const reached = report.level === null ? 'no level' : `**${name(report.level)}**`
  return (
    `${'#'.repeat(depth)} ${icon} Maturity gate: ${reached} reached — target **${name(report.target)}** ` +
    `(${name(report.model)}, ${report.mode})`
  )
}
