import type { PolicyError } from '../policy/errors.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import { plural } from './format.js'

/**
 * What the action writes to `report-path` when the policy cannot be used: no practice was judged, so there is
 * no level; the errors are the whole verdict (docs/report-format.md, "When the policy is invalid").
 */
export interface InvalidPolicyReport {
  version: 1
  passed: false
  level: null
  levelIndex: -1
  reason: string
  policyErrors: PolicyError[]
}

/**
 * Where an annotation for the error goes: its own place, unless that is a file of another repository (a
 * `github>` base), which the pull request's diff cannot show; then the `extends:` entry in this repository
 * that led to it (the message still names the base and its line).
 */
export function annotationPlace(error: PolicyError): { file: string; line: number; column?: number } {
  const entry = error.extendedBy?.at(-1)
  if (!error.file.startsWith('github>') || entry === undefined) {
    return { file: error.file, line: error.line, column: error.column }
  }
  return { file: entry.file, line: entry.line }
}

/** The one-line verdict: the check's failure message, the JSON report's reason. */
export function invalidPolicyReason(errors: readonly PolicyError[]): string {
  const files = [...new Set(errors.map(error => error.file))].join(', ')
  return `the policy is invalid (${plural(errors.length, 'error', 'errors')} in ${files}): nothing was judged`
}

export function invalidPolicyReport(errors: readonly PolicyError[]): InvalidPolicyReport {
  return {
    version: 1,
    passed: false,
    level: null,
    levelIndex: -1,
    reason: invalidPolicyReason(errors),
    policyErrors: [...errors]
  }
}

/** The job summary of a run whose policy is invalid: every error with its place, key and allowed values. */
export function renderInvalidPolicySummary(errors: readonly PolicyError[]): string {
  const rows = errors.map(error => {
    const where = codeSpan(`${error.file}:${error.line}:${error.column}`, 'cell')
    const key = error.path === '' ? '–' : codeSpan(error.path, 'cell')
    const found = error.value === undefined ? '' : ` (found ${codeSpan(error.value, 'cell')})`
    const allowed =
      error.allowed && error.allowed.length > 0
        ? error.allowed.map(value => codeSpan(value, 'cell')).join(', ')
        : '–'
    return `| ${where} | ${key} | ${escapeMarkdown(error.message)}${found} | ${allowed} |`
  })
  return [
    '## ❌ Maturity gate: the policy is invalid',
    '',
    `${escapeMarkdown(invalidPolicyReason(errors))}. Fix ${errors.length === 1 ? 'it' : 'them'} and re-run; every error is also annotated on its line.`,
    '',
    '| where | key | problem | allowed values |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
