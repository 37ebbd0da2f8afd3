import { z } from 'zod'
import { builtInModels } from '../models/index.js'
import { buildPolicySchema } from './schema.js'

/**
 * The policy's JSON Schema for editors (`# yaml-language-server: $schema=...`), generated from the zod schema
 * so the two cannot drift; `schema/maturity.schema.json` is this value, and a test fails when it is stale.
 * It is model-agnostic: names of levels and categories are checked by the loader against the chosen model.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const builtIn = [
    ...new Set(Object.values(builtInModels).flatMap(model => model.practices.map(p => p.id)))
  ].sort()
  const schema = z.toJSONSchema(buildPolicySchema({ builtIn }), { io: 'input', unrepresentable: 'any' })
  return {
    ...schema,
    $id: 'https://github.com/maturity-gate/maturity-gate/schema/maturity.schema.json',
    title: 'maturity-gate policy (.maturity.yml)'
  }
}
