import type { Check, OptionsShape } from '../checks/check.js'

/** A built-in practice: a check with an identity, a place in one model and docs. */
export interface Practice<
  Shape extends OptionsShape = OptionsShape,
  MessageId extends string = string
> extends Check<Shape, MessageId> {
  meta: Check<Shape, MessageId>['meta'] & {
    id: string
    title: string
    model: string
    /** One line: why the practice sits where it does, naming its source in the model. */
    rationale: string
  }
}
