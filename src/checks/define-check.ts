import type { Check, OptionsShape } from './check.js'

/**
 * Declares a generic check (after typescript-eslint's `RuleCreator`): the option and message-id types are
 * inferred from `meta`, so `check` receives its options typed and `findingFor` rejects an unknown id.
 */
export function defineCheck<const Shape extends OptionsShape, MessageId extends string>(
  check: Check<Shape, MessageId>
): Check<Shape, MessageId> {
  return check
}
