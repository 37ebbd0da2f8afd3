import type { Practice } from './practice.js'

/**
 * Every built-in practice that this version can judge, sorted by id. A practice a model places but that is
 * not registered here is reported `unknown` ("not implemented"), never passed.
 */
export const practices: readonly Practice[] = []

export const practicesById: ReadonlyMap<string, Practice> = new Map(practices.map(p => [p.meta.id, p]))
