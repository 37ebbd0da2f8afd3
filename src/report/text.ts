import type { Status } from '../finding.js'
import { regressionSubject } from './annotations.js'
import { oneLine } from './escape.js'
import type { Report, ReportFinding } from './report.js'

const MARK: Record<Status, string> = {
  pass: 'pass',
  fail: 'FAIL',
  unknown: '??? ',
  'not-applicable': 'n/a ',
  waived: 'wvd '
}

type Paint = (code: number, text: string) => string

/** SGR colour codes: green, red, yellow, dim. */
const COLOR: Record<Status, number> = { pass: 32, fail: 31, unknown: 33, 'not-applicable': 2, waived: 2 }

export interface TextOptions {
  /** ANSI colours, for a terminal that wants them (the CLI decides: TTY and no `NO_COLOR`). */
  color?: boolean
}

/**
 * The CLI's plain-text report: the verdict first, then the ladder level by level. Text from the repository
 * is flattened to one line, so no message can forge a line of its own (a `::error::` workflow command in a
 * log, or a terminal escape sequence).
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint = options.color
    ? (code, text) => `\u001b[${code}m${text}\u001b[0m`
    : (_code, text) => text
  const verdict = report.passed ? paint(32, 'PASSED') : paint(31, 'FAILED')
  const lines = [
    `maturity-gate: ${verdict} — ${oneLine(report.reason)}`,
    `model ${oneLine(report.model)} · target ${oneLine(report.target)} · mode ${report.mode} · ` +
      `policy ${oneLine(report.policy.path)}` +
      (report.evidence.offline ? ' · offline (workflow files only)' : '')
  ]
  if (report.findings.length === 0) lines.push('', 'no practices evaluated')
  for (const level of report.levels) {
    const atLevel = report.findings.filter(finding => finding.level === level)
    if (atLevel.length === 0) continue
    const marker = report.levelIndex >= report.levels.indexOf(level) ? 'holds' : 'does not hold'
    lines.push('', paint(1, `${oneLine(level)} (${marker})`), ...atLevel.map(f => findingLine(f, paint)))
  }
  for (const regression of report.regressions) {
    lines.push(`regression: ${oneLine(regressionSubject(regression))} — ${oneLine(regression.message)}`)
  }
  for (const gap of report.gaps) {
    lines.push(
      `not readable: ${gap.what} — ${oneLine(gap.reason)} (needs permissions: ${oneLine(gap.permission)})`
    )
  }
  for (const change of report.policyChanges) {
    const at = `${oneLine(change.location.file)}:${change.location.line}`
    lines.push(`policy ${change.kind}: ${oneLine(change.message)} (${at})`)
  }
  if (report.disabled.length > 0) {
    lines.push('', `disabled by the policy: ${report.disabled.map(oneLine).join(', ')}`)
  }
  for (const warning of report.warnings) {
    const where = warning.location ? `${oneLine(warning.location.file)}:${warning.location.line}: ` : ''
    lines.push(`${paint(33, 'warning')}: ${where}${oneLine(warning.message)}`)
  }
  return `${lines.join('\n')}\n`
}

function findingLine(finding: ReportFinding, paint: Paint): string {
  const where = finding.locations[0]
  const at = where ? ` (${oneLine(where.file)}:${where.line})` : ''
  const strength = finding.strength === 'none' ? '' : ` [${finding.strength}]`
  const fix =
    finding.remediation && finding.status !== 'pass' ? `\n         fix: ${oneLine(finding.remediation)}` : ''
  const mark = paint(COLOR[finding.status], MARK[finding.status])
  return `  ${mark}  ${oneLine(finding.practice)}${strength} — ${oneLine(finding.message)}${at}${fix}`
}
