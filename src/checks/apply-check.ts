import { z } from 'zod'
import type { Finding } from '../core/finding.js'
import type { Check, CheckContext, OptionsShape } from './check.js'

/**
 * Runs a check with the options a policy wrote for it, parsed and defaulted here from the check's own shape:
 * the one place options are read, so a practice the policy does not mention gets its defaults too.
 */
export function applyCheck<Shape extends OptionsShape>(
  check: Check<Shape>,
  context: CheckContext,
  options: Readonly<Record<string, unknown>>
): Finding | Promise<Finding> {
  return check.check(context, z.object(check.meta.options).parse(options))
}
