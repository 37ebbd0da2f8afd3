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
}

export function formatPolicyError(error: PolicyError): string {
  const where = `${error.file}:${error.line}:${error.column}`
  const key = error.path === '' ? '' : `${error.path}: `
  const value = error.value === undefined ? '' : ` (found ${error.value})`
  const allowed = error.allowed && error.allowed.length > 0 ? `; allowed: ${error.allowed.join(', ')}` : ''
  return `${where}: ${key}${error.message}${value}${allowed}`
}

/** Thrown by the gate when the policy cannot be used; carries every error at once. */
export class InvalidPolicyError extends Error {
  constructor(readonly errors: PolicyError[]) {
    super(
      `the policy is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.map(formatPolicyError).join('\n')}`
    )
  }
}
