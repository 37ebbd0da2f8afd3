import { builtInModels } from '../models/index.js'

const DOCUMENTED = new Set(Object.values(builtInModels).flatMap(model => model.practices.map(p => p.id)))

/** Only built-in practices have a section in docs/practices.md; a policy's own practices have no docs link. */
export function isDocumentedPractice(practice: string): boolean {
  return DOCUMENTED.has(practice)
}
