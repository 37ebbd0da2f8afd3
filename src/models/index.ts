import { cdmm } from './cdmm.js'
import type { Model } from './model.js'
import { mlops } from './mlops.js'

/** The built-in models by id; `custom` is not here: a policy defines it. */
export const builtInModels: Readonly<Record<string, Model>> = { cdmm, mlops }
