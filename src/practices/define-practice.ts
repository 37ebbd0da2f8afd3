import type { OptionsShape } from '../checks/check.js'
import type { Practice } from './practice.js'

/**
 * Declares a built-in practice (after typescript-eslint's `RuleCreator`): the option and message-id types are
 * inferred from `meta`, so `check` receives its options typed and defaulted and `findingFor` rejects an
 * unknown id at compile time.
 */
export function definePractice<const Shape extends OptionsShape, MessageId extends string>(
  practice: Practice<Shape, MessageId>
): Practice<Shape, MessageId> {
  return practice
}
