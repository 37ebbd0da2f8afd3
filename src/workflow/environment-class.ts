/**
 * Reads an environment name as production, pre-production or other (design §2, §3). Names are matched as
 * words: `_` and camelCase humps count as word breaks too, so `prod_eu` and `stagingEu` read like `prod-eu`.
 * A name that is only an expression (`${{ inputs.environment }}`) is `unresolved` — it is not evidence of
 * either class; literal words around an expression (`api-preview-${{ github.event.number }}`) still count.
 */

import { compilePolicyRegex } from '../core/safe-regex.js'

export type EnvironmentClass = 'production' | 'preproduction' | 'other' | 'unresolved'

export interface EnvironmentPatterns {
  production: string
  preproduction: string
}

export const DEFAULT_ENVIRONMENT_PATTERNS: EnvironmentPatterns = {
  production: '\\b(prod|production|prd|live)\\b',
  preproduction:
    '\\b(stg|staging|stage|preprod|pre-prod|uat|qa|test|testing|dev|development|preview|sandbox|int|integration)\\b'
}

/** Names are truncated before matching: policy regexes only ever run on bounded input (design §11). */
const MAX_NAME_LENGTH = 256

const EXPRESSION = /\$\{\{[^}]*\}\}/g

export function classifyEnvironment(name: string, patterns: EnvironmentPatterns): EnvironmentClass {
  const production = compilePolicyRegex(patterns.production)
  const preproduction = compilePolicyRegex(patterns.preproduction)
  const literal = words(name.slice(0, MAX_NAME_LENGTH).replace(EXPRESSION, ' '))
  const prod = production.exec(literal)
  const pre = preproduction.exec(literal)
  // `pre-prod` contains the word `prod`: a production match inside a pre-production match is pre-production.
  if (prod && !(pre && within(prod, pre))) return 'production'
  if (pre) return 'preproduction'
  return name.includes('${{') ? 'unresolved' : 'other'
}

function words(name: string): string {
  return name.replace(/_/g, '-').replace(/([a-z0-9])([A-Z])/g, '$1-$2')
}

function within(inner: RegExpExecArray, outer: RegExpExecArray): boolean {
  return inner.index >= outer.index && inner.index + inner[0].length <= outer.index + outer[0].length
}
