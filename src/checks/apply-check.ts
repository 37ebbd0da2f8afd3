import { z } from 'zod'
import type { Finding } from '../core/finding.js'
import type { Check, CheckContext, OptionsShape } from './check.js'
import type { Purpose } from '../workflow/catalog/purpose.js'

/**
 * Runs a check with the options a policy wrote for it, parsed and defaulted here from the check's own shape:
 * the one place options are read, so a practice the policy does not mention gets its defaults too.
 */
export function applyCheck<Shape extends OptionsShape>(
  check: Check<Shape>,
  context: CheckContext,
  options: Readonly<Record<string, unknown>>
): Finding | Promise<Finding> {
  const parsed = z.object(check.meta.options).parse(options)
  const globs = (parsed as Readonly<Record<string, unknown>>).jobs
  return check.check(withNamedJobs(context, check.meta.namedJobs, globs), parsed)
}

/** The check's own copy of the evidence, with the jobs its `jobs:` option names read as doing its work. */
function withNamedJobs(
  context: CheckContext,
  purposes: readonly Purpose[] | undefined,
  globs: unknown
): CheckContext {
  if (!purposes || !Array.isArray(globs) || globs.length === 0) return context
  const named = { globs: globs.map(String), purposes }
  return { ...context, evidence: { ...context.evidence, namedJobs: named } }
}
