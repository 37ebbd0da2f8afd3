import { oneLine } from '../core/one-line.js'

/**
 * A policy problem a person can fix without reading code: where (file, 1-based line and column), which key,
 * the value found and the values allowed.
 */
export interface PolicyError {
  file: string
  line: number
  column: number
  /** Key path such as `practices.unit-tests.min-tests` or `waivers[0].expires`; empty for the whole file. */
  path: string
  message: string
  /** The offending value as written (JSON), when there is one. */
  value?: string
  allowed?: string[]
  /** The offending source line, shown under the error with a caret at `column` (YAML syntax errors). */
  excerpt?: string
  /** In a base the policy extends: the `extends:` entries that led to `file`, nearest first. */
  extendedBy?: Array<{ file: string; line: number }>
}

/** A source line longer than this is not quoted: the caret would point into text wrapped off the screen. */
const EXCERPT_MAX = 160

/**
 * One line per error — every piece of policy text in it flattened, so a key holding a newline cannot start a
 * line of its own (a `::error::` workflow command in a log) — then the source line and a caret when known.
 */
export function formatPolicyError(error: PolicyError): string {
  return `${oneLine(error.file)}:${error.line}:${error.column}: ${describePolicyError(error)}`
}

/** The error without its `file:line:column:`, for where the position is said otherwise (an annotation). */
export function describePolicyError(error: PolicyError): string {
  const key = error.path === '' ? '' : `${error.path}: `
  const value = error.value === undefined ? '' : ` (found ${error.value})`
  const allowed = error.allowed && error.allowed.length > 0 ? `; allowed: ${error.allowed.join(', ')}` : ''
  return `${oneLine(`${key}${error.message}${value}${allowed}${chain(error)}`)}${caret(error)}`
}

/** "— extended by policies/team.yml line 3, extended by .maturity.yml line 2": how the file was reached. */
function chain(error: PolicyError): string {
  if (error.extendedBy === undefined || error.extendedBy.length === 0) return ''
  return ` — ${error.extendedBy.map(link => `extended by ${link.file} line ${link.line}`).join(', ')}`
}

/** Past this many, a policy's errors are counted rather than printed: one typo repeated must not flood a log. */
const MAX_PRINTED = 100

/** Every error on its line, up to MAX_PRINTED, then how many more there are. */
export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  const shown = errors.slice(0, MAX_PRINTED).map(formatPolicyError)
  const more = errors.length - shown.length
  return [...shown, ...(more > 0 ? [`… and ${more} more error${more === 1 ? '' : 's'}`] : [])].join('\n')
}

function caret(error: PolicyError): string {
  if (error.excerpt === undefined || error.excerpt.length > EXCERPT_MAX) return ''
  return `\n    ${oneLine(error.excerpt)}\n    ${' '.repeat(Math.max(0, error.column - 1))}^`
}

/** Thrown by the gate when the policy cannot be used; carries every error at once. */
export class InvalidPolicyError extends Error {
  constructor(readonly errors: PolicyError[]) {
    super(
      `the policy is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${formatPolicyErrors(errors)}`
    )
  }
}
