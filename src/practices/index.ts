import { acceptanceBeforePromotion } from './acceptance-before-promotion.js'
import { ciOnChange } from './ci-on-change.js'
import type { Practice } from './practice.js'

/**
 * Every built-in practice that this version can judge, sorted by id (a test keeps this list, the folder, the
 * models and docs/practices.md in sync). A practice a model places but that is not registered here is
 * reported `unknown` ("not implemented"), never passed.
 */
export const practices: readonly Practice[] = [acceptanceBeforePromotion, ciOnChange]

export const practicesById: ReadonlyMap<string, Practice> = new Map(practices.map(p => [p.meta.id, p]))
