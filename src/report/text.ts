import type { Report } from './report.js'

/** The CLI's plain-text report. */
export function renderText(report: Report): string {
  const lines = [
    `maturity-gate: ${report.passed ? 'PASSED' : 'FAILED'} — ${report.reason}`,
    `model ${report.model}, target ${report.target}, level reached ${report.level ?? 'none'}`
  ]
  if (report.findings.length === 0) lines.push('no practices evaluated')
  return `${lines.join('\n')}\n`
}
