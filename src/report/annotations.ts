import type { Location } from '../core/finding.js'
import { countsAsPass } from '../evaluate/levels.js'
import { oneLine, truncate } from './escape.js'
import { permissionHint } from '../evidence/permission-hint.js'
import type { Regression, Report, ReportFinding } from '../evaluate/report.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  /**
   * Plain text for `core.error/warning/notice(message, properties)`, which percent-encode it as workflow
   * command data; anyone writing `::error …::` lines by hand must use `escapeCommandData`/`escapeCommandProperty`.
   */
  message: string
  title: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** How many of each level were left out by GitHub's caps, for the summary to say so. */
  omitted: Record<AnnotationLevel, number>
}

/** GitHub shows at most 10 annotations of each level per step and 50 per job. */
export const PER_LEVEL_CAP = 10
export const TOTAL_CAP = 50
const TITLE_MAX = 200
const MESSAGE_MAX = 2000
const RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 }

/**
 * The annotations of one gate run (design §6): errors for failing required practices, fatal regressions and
 * blocking policy changes; warnings for unknown required practices, non-fatal regressions, run evidence the
 * token could not read, unreadable evidence and waivers near expiry; notices for the next level's gaps, strengthened
 * policies and lapsed waivers. Ranked by severity, then files this
 * change touched first, then report order; capped as GitHub caps them.
 */
export function planAnnotations(report: Report, options: { changedFiles?: string[] } = {}): AnnotationPlan {
  const changed = new Set((options.changedFiles ?? []).map(normalisePath))
  const touched = (annotation: Annotation): number =>
    annotation.file !== undefined && changed.has(normalisePath(annotation.file)) ? 0 : 1
  const ranked = allAnnotations(report)
    .map((annotation, index) => ({ annotation, index }))
    .sort(
      (a, b) =>
        RANK[a.annotation.level] - RANK[b.annotation.level] ||
        touched(a.annotation) - touched(b.annotation) ||
        a.index - b.index
    )
    .map(({ annotation }) => annotation)
  const annotations: Annotation[] = []
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  // A gate that fails the step adds one error of its own (core.setFailed): keep its place under the cap.
  const failsStep = !report.passed && report.mode === 'enforce'
  const shown: Record<AnnotationLevel, number> = { error: failsStep ? 1 : 0, warning: 0, notice: 0 }
  let total = failsStep ? 1 : 0
  for (const annotation of ranked) {
    if (shown[annotation.level] < PER_LEVEL_CAP && total < TOTAL_CAP) {
      shown[annotation.level]++
      total++
      annotations.push(annotation)
    } else {
      omitted[annotation.level]++
    }
  }
  return { annotations, omitted }
}

/**
 * How a finding weighs on this run, shared by annotations, SARIF and the PR comment: undefined when it holds
 * or lies beyond both the target and the next level.
 */
export function findingSeverity(report: Report, finding: ReportFinding): AnnotationLevel | undefined {
  if (countsAsPass(finding.status)) return undefined
  const level = report.levels.indexOf(finding.level)
  if (isRequired(report, finding)) return finding.status === 'fail' ? 'error' : 'warning'
  return level === report.levelIndex + 1 ? 'notice' : undefined
}

/** A practice is required at or below the target level, or its category's target when that is higher. */
export function isRequired(report: Report, finding: ReportFinding): boolean {
  const categoryTarget = report.targets[finding.category]
  const required = Math.max(
    report.levels.indexOf(report.target),
    categoryTarget === undefined ? -1 : report.levels.indexOf(categoryTarget)
  )
  return report.levels.indexOf(finding.level) <= required
}

function allAnnotations(report: Report): Annotation[] {
  const annotations: Annotation[] = []
  for (const finding of report.findings) {
    const level = findingSeverity(report, finding)
    if (level) annotations.push(findingAnnotation(report, finding, level))
  }
  for (const regression of report.regressions) {
    annotations.push(
      annotation(
        regression.severity,
        `maturity-gate: ${regressionSubject(regression)} regressed`,
        regression.message,
        regression.head[0] ?? regression.base[0]
      )
    )
  }
  for (const change of report.policyChanges) {
    annotations.push(
      annotation(change.severity, `maturity-gate: policy ${change.kind}`, change.message, change.location)
    )
  }
  for (const check of report.dora?.checks ?? []) {
    if (check.status === 'broken') {
      annotations.push(
        annotation(check.severity, 'maturity-gate: DORA threshold broken', check.message, check.location)
      )
    }
  }
  // A gap a finding already names (protected-default-branch quotes why the rules were not read) is one
  // problem: it is said once, by the finding, with its fix.
  const said = annotations.map(a => a.message)
  for (const gap of report.gaps.filter(g => !said.some(message => message.includes(g.reason)))) {
    annotations.push(
      annotation(
        'warning',
        `maturity-gate: ${gap.what} not readable`,
        `${gap.reason}\n${permissionHint(gap)}`
      )
    )
  }
  if (report.base.status === 'unknown') {
    annotations.push(
      annotation(
        'warning',
        'maturity-gate: regressions unknown',
        `the base commit could not be read: ${report.base.reason}`
      )
    )
  }
  for (const warning of report.warnings) {
    annotations.push(
      annotation(
        'warning',
        `maturity-gate: ${warning.title ?? 'evidence not readable'}`,
        warning.message,
        warning.location
      )
    )
  }
  for (const expiry of report.expiries) {
    const lapsed = expiry.state === 'lapsed'
    annotations.push(
      annotation(
        lapsed ? 'notice' : 'warning',
        `maturity-gate: ${expiry.kind} for ${expiry.practice} ${lapsed ? 'lapsed' : 'expires soon'}`,
        expiry.message,
        expiry.location
      )
    )
  }
  return annotations
}

/** What regressed, in words: a practice, a category's level or the staged level. */
export function regressionSubject(regression: Regression): string {
  if (regression.kind === 'level') return 'the level reached'
  return regression.kind === 'category' ? `category ${regression.practice}` : regression.practice
}

function findingAnnotation(report: Report, finding: ReportFinding, level: AnnotationLevel): Annotation {
  const title =
    level === 'notice'
      ? `maturity-gate: ${finding.practice} is missing for ${finding.level}`
      : `maturity-gate: ${finding.practice} ${finding.status === 'fail' ? 'fails' : 'is unknown'} ` +
        `(${finding.level}, target ${report.target})`
  const fix = finding.remediation ? `\n${finding.remediation}` : ''
  return annotation(level, title, `${finding.message}${fix}`, finding.locations[0])
}

function annotation(level: AnnotationLevel, title: string, message: string, at?: Location): Annotation {
  return {
    level,
    message: truncate(message, MESSAGE_MAX),
    title: truncate(oneLine(title), TITLE_MAX),
    ...(at ? { file: at.file, startLine: at.line, startColumn: at.column } : {})
  }
}

function normalisePath(file: string): string {
  return file.replace(/^\.\//, '')
}
