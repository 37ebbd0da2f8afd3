import { builtInModels } from '../models/index.js'
import { encodeLinkPath } from './escape.js'

const DOCUMENTED = new Set(Object.values(builtInModels).flatMap(model => model.practices.map(p => p.id)))

/**
 * The practice's section on the practices page (`docsUrl`), shared by the summary's links and SARIF's
 * `helpUri`. Only built-in practices have one: undefined for a policy's own practices.
 */
export function practiceDocsUrl(docsUrl: string, practice: string): string | undefined {
  return DOCUMENTED.has(practice) ? `${docsUrl}#${encodeLinkPath(practice)}` : undefined
}
