import type { Status } from '../finding.js'
import type { Report, ReportFinding } from './report.js'

const MARK: Record<Status, string> = {
  pass: 'pass',
  fail: 'FAIL',
  unknown: '??? ',
  'not-applicable': 'n/a ',
  waived: 'wvd '
}

/** The CLI's plain-text report: the verdict first, then the ladder level by level. */
export function renderText(report: Report): string {
  const lines = [
    `maturity-gate: ${report.passed ? 'PASSED' : 'FAILED'} — ${report.reason}`,
    `model ${report.model} · target ${report.target} · mode ${report.mode} · policy ${report.policy.path}` +
      (report.evidence.offline ? ' · offline (workflow files only)' : '')
  ]
  if (report.findings.length === 0) lines.push('', 'no practices evaluated')
  for (const level of report.levels) {
    const atLevel = report.findings.filter(finding => finding.level === level)
    if (atLevel.length === 0) continue
    const marker = report.levelIndex >= report.levels.indexOf(level) ? 'holds' : 'does not hold'
    lines.push('', `${level} (${marker})`, ...atLevel.map(findingLine))
  }
  if (report.disabled.length > 0) lines.push('', `disabled by the policy: ${report.disabled.join(', ')}`)
  for (const warning of report.warnings) {
    const where = warning.location ? `${warning.location.file}:${warning.location.line}: ` : ''
    lines.push(`warning: ${where}${warning.message}`)
  }
  return `${lines.join('\n')}\n`
}

function findingLine(finding: ReportFinding): string {
  const where = finding.locations[0]
  const at = where ? ` (${where.file}:${where.line})` : ''
  const strength = finding.strength === 'none' ? '' : ` [${finding.strength}]`
  const fix = finding.remediation && finding.status !== 'pass' ? `\n         fix: ${finding.remediation}` : ''
  return `  ${MARK[finding.status]}  ${finding.practice}${strength} — ${finding.message}${at}${fix}`
}
