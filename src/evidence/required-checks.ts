import type { BranchRule } from './run-evidence.js'

/** The contexts the `required_status_checks` rules list (`parameters.required_status_checks[].context`). */
export function requiredChecks(rules: readonly BranchRule[]): string[] {
  return rules.flatMap(rule => {
    if (rule.type !== 'required_status_checks') return []
    const listed = rule.parameters?.required_status_checks
    if (!Array.isArray(listed)) return []
    return listed.flatMap(item =>
      typeof item === 'object' && item !== null && typeof (item as { context?: unknown }).context === 'string'
        ? [(item as { context: string }).context]
        : []
    )
  })
}
