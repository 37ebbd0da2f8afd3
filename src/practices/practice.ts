import type { Check } from '../checks/check.js'

/** A built-in practice: a check with an identity, a place in one model and docs. */
export interface Practice<Options = Record<string, unknown>> extends Check<Options> {
  meta: Check<Options>['meta'] & {
    id: string
    title: string
    model: string
    /** One line: why the practice sits where it does, naming its source in the model. */
    rationale: string
  }
}
