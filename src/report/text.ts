import type { Location, Status } from '../core/finding.js'
import { isRequired, regressionSubject } from './annotations.js'
import { oneLine, truncate } from './escape.js'
import { workflowsRead } from './format.js'
import type { Report, ReportFinding } from '../evaluate/report.js'
import { categoryLevels } from './category-levels.js'
import type { CategoryLevel } from './category-levels.js'

/** Full words, padded to one width so the practice names line up. */
const WORDS: Record<Status, string> = {
  pass: 'pass',
  fail: 'FAIL',
  unknown: 'unknown',
  'not-applicable': 'not applicable',
  waived: 'waived'
}
const WIDTH = Math.max(...Object.values(WORDS).map(word => word.length))

type Paint = (code: number, text: string) => string

/** Longest piece of repository text on a line: a 10 kB job name must not flood the terminal or the log. */
const TEXT_MAX = 1000

/** Repository text as one bounded line: no message can forge a line of its own or run on for pages. */
function flat(text: string): string {
  return truncate(oneLine(text), TEXT_MAX)
}

function place(at: Location): string {
  return `${flat(at.file)}:${at.line}`
}

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
  const verdict = report.passed
    ? paint(32, 'PASSED')
    : report.evidence.onlyApiMissing
      ? paint(33, 'INCOMPLETE')
      : paint(31, report.mode === 'advise' ? 'FAILED (advisory, exit 0)' : 'FAILED')
  const lines = [
    `maturity-gate: ${verdict} — ${flat(report.reason)}`,
    `model ${flat(report.model)} · target ${flat(report.target)} · mode ${report.mode} · ` +
      `policy ${flat(report.policy.path)} · ${workflowsRead(report)}` +
      (report.evidence.offline ? ' · offline (workflow files only)' : '')
  ]
  // Evidence that could not be read changes what every verdict below rests on: said before them.
  for (const warning of report.warnings) {
    const where = warning.location ? `${place(warning.location)}: ` : ''
    lines.push(`${paint(33, 'warning')}: ${where}${flat(warning.message)}`)
  }
  if (report.findings.length === 0) lines.push('', 'no practices evaluated')
  for (const level of report.levels) {
    // Practices a target requires come first: above the target, those a category target names (a stable sort).
    const atLevel = report.findings
      .filter(finding => finding.level === level)
      .sort((a, b) => Number(isRequired(report, b)) - Number(isRequired(report, a)))
    if (atLevel.length === 0) continue
    const marker = report.levelIndex >= report.levels.indexOf(level) ? 'holds' : 'does not hold'
    lines.push('', paint(1, `${flat(level)} (${marker})`), ...atLevel.map(f => findingLine(f, paint)))
  }
  const categories = categoryLevels(report)
  if (categories.length > 0) lines.push('', paint(1, 'categories'), ...categories.map(categoryLine))
  for (const regression of report.regressions) {
    lines.push(`regression: ${flat(regressionSubject(regression))} — ${flat(regression.message)}`)
  }
  // A base that was asked for and could not be read must not look like "no regressions".
  if (report.base.status === 'unknown') {
    lines.push(`regressions unknown: the base commit could not be read — ${flat(report.base.reason)}`)
  }
  if (report.dora) lines.push(...doraLines(report.dora, paint))
  for (const gap of report.gaps) {
    lines.push(`not readable: ${gap.what} — ${flat(gap.reason)} (needs permissions: ${flat(gap.permission)})`)
  }
  for (const change of report.policyChanges) {
    lines.push(`policy ${change.kind}: ${flat(change.message)} (${place(change.location)})`)
  }
  if (report.disabled.length > 0) {
    lines.push('', `disabled by the policy: ${report.disabled.map(oneLine).join(', ')}`)
  }
  for (const expiry of report.expiries) {
    const where = expiry.location ? `${place(expiry.location)}: ` : ''
    const label = expiry.state === 'lapsed' ? 'notice' : paint(33, 'warning')
    lines.push(`${label}: ${where}${flat(expiry.message)}`)
  }
  return `${lines.join('\n')}\n`
}

const DORA_WIDTH = 'broken (warn)'.length

/** The policy's DORA thresholds, each with its verdict, under the source and window they were measured over. */
function doraLines(dora: NonNullable<Report['dora']>, paint: Paint): string[] {
  const { metrics, checks } = dora
  const head = `DORA thresholds (${metrics.windowDays} days, from ${flat(metrics.source)})`
  return [
    '',
    paint(1, head),
    ...checks.map(check => {
      const word =
        check.status === 'broken' ? (check.severity === 'error' ? 'BROKEN' : 'broken (warn)') : check.status
      const color =
        check.status === 'pass' ? 32 : check.status === 'unknown' || check.severity === 'warning' ? 33 : 31
      return `  ${paint(color, word)}${' '.repeat(DORA_WIDTH - word.length)}  ${flat(check.message)} (${place(check.location)})`
    })
  ]
}

function findingLine(finding: ReportFinding, paint: Paint): string {
  const where = finding.locations[0]
  const at = where ? ` (${place(where)})` : ''
  const strength = finding.strength === 'none' ? '' : ` [${finding.strength}]`
  const fix =
    finding.remediation && finding.status !== 'pass'
      ? `\n${' '.repeat(WIDTH + 4)}fix: ${flat(finding.remediation)}`
      : ''
  const word = WORDS[finding.status]
  // The padding stays outside the colour, so a coloured mark is its word alone.
  const mark = paint(COLOR[finding.status], word) + ' '.repeat(WIDTH - word.length)
  return `  ${mark}  ${flat(finding.practice)}${strength} — ${flat(finding.message)}${at}${fix}`
}

/** A category with no judged practice reached "–": its level would hold only vacuously. */
function categoryLine(line: CategoryLevel): string {
  const reached = line.reached === null ? 'none' : flat(line.reached)
  const verdict = !line.judged
    ? '– (no practice judged)'
    : `${reached} (target ${flat(line.target)}${line.met ? '' : ', not met'})`
  return `  ${flat(line.category)}: ${verdict}`
}
