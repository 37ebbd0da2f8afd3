import { describe, it, expect } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { policyJsonSchema } from '../../src/policy/json-schema.js'

const committed = path.join(import.meta.dirname, '../../schema/maturity.schema.json')

describe('schema/maturity.schema.json', () => {
  it('is what the zod schema generates (UPDATE_GOLDEN=1 rewrites it)', () => {
    const generated = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(committed, generated)
    expect(readFileSync(committed, 'utf8')).toBe(generated)
  })

  it('lists every built-in practice and refuses unknown top-level keys', () => {
    const schema = policyJsonSchema() as {
      additionalProperties: boolean
      properties: { practices: { properties: Record<string, unknown> }; model: { enum: string[] } }
    }
    expect(schema.additionalProperties).toBe(false)
    expect(Object.keys(schema.properties.practices.properties)).toHaveLength(34)
    expect(schema.properties.model.enum).toEqual(['custom', 'cdmm', 'mlops'])
  })
})
