import type { Report } from '../evaluate/report.js'
/**
 * Formatting the Markdown renderers (job summary and pull-request comment) share, so that a practice, a
 * location or a regression reads the same wherever it appears.
 */
import type { Location, Status, Strength } from '../core/finding.js'
import type { PolicyChange, Regression } from '../evaluate/report.js'
import { type AnnotationLevel, regressionSubject } from './annotations.js'
import { codeSpan, escapeMarkdown, inlineMarkdown, truncate } from './escape.js'

/** Longest name (practice, level, category, file) shown; the JSON report has the full text. */
export const NAME_MAX = 100

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  'not-applicable': '➖',
  waived: '⏸'
}

export const STRENGTH_MARK: Record<Strength, string> = {
  run: 'run',
  history: 'hist',
  definition: 'def',
  attested: 'att',
  none: ''
}

const SEVERITY_ICON: Record<AnnotationLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

export const METRIC_VERDICT = { pass: '✅ pass', fail: '❌ fail', 'no-baseline': '➖ no baseline' }

export function name(value: string): string {
  return escapeMarkdown(truncate(value, NAME_MAX))
}

export function nameList(names: string[], max = 5): string {
  const shown = names.slice(0, max).map(name)
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ')
}

/** A message from a check: its backtick pairs become code spans. */
export function prose(value: string, max: number, where: 'inline' | 'cell' = 'inline'): string {
  return inlineMarkdown(truncate(value, max), where)
}

/** A name from the repository (file, job, metric key) as code. */
export function codeName(value: string, where: 'inline' | 'cell' = 'inline'): string {
  return codeSpan(truncate(value, NAME_MAX), where)
}

export function locationLabel(at: Location): string {
  return `${truncate(at.file, NAME_MAX)}:${at.line}`
}

/** ` <short sha>` as code, or nothing when the commit is not known. */
export function shortSha(sha: string | undefined): string {
  return sha ? ` ${codeSpan(sha.slice(0, 7))}` : ''
}

export function regressionItem(regression: Regression, message: string): string {
  return `${SEVERITY_ICON[regression.severity]} **${name(regressionSubject(regression))}** — ${message}`
}

export function policyChangeItem(change: PolicyChange, message: string): string {
  return `${SEVERITY_ICON[change.severity]} ${change.kind}: ${message}`
}

/** The first `max` items, then one made by `more` saying how many were left out. */
export function capped<T>(items: T[], max: number, more: (count: number) => T): T[] {
  return items.length > max ? [...items.slice(0, max), more(items.length - max)] : items
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export function capitalise(value: string): string {
  return `${value.charAt(0).toUpperCase()}${value.slice(1)}`
}

export function num(value: number | null): string {
  if (value === null) return '–'
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

export function signed(value: number | null): string {
  return value !== null && value > 0 ? `+${num(value)}` : num(value)
}

/** `relativeDelta` is a fraction of the baseline's magnitude. */
export function percent(value: number | null): string {
  if (value === null) return '–'
  return `${value > 0 ? '+' : ''}${Number((value * 100).toPrecision(3))}%`
}

/** "3 workflow files read": what every verdict rests on, named in each report's header. */
export function workflowsRead(report: Report): string {
  return plural(report.evidence.workflows, 'workflow file read', 'workflow files read')
}
