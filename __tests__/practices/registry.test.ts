import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { builtInModels } from '../../src/models/index.js'
import { practices } from '../../src/practices/index.js'
import { renderPracticesDoc } from '../../src/practices/practices-doc.js'
import type { CorpusAgreement } from '../../src/practices/practices-doc.js'

const folder = path.join(import.meta.dirname, '../../src/practices')
/** Files in src/practices that are not practices. */
const NOT_PRACTICES = new Set([
  'index.ts',
  'practice.ts',
  'define-practice.ts',
  'catalog.ts',
  'practices-doc.ts'
])
const placed = Object.values(builtInModels).flatMap(model =>
  model.practices.map(p => ({ ...p, model: model.id }))
)

describe('the practice registry', () => {
  it('lists exactly the practice files of src/practices, sorted by id', () => {
    const files = readdirSync(folder)
      .filter(file => file.endsWith('.ts') && !NOT_PRACTICES.has(file))
      .map(file => file.replace(/\.ts$/, ''))
      .sort()
    const ids = practices.map(p => p.meta.id)
    expect(ids).toEqual([...ids].sort())
    expect(ids).toEqual(files)
  })

  it.each(practices.map(p => [p.meta.id, p] as const))(
    '%s is placed in its model and has complete meta',
    (id, p) => {
      expect(placed.filter(placement => placement.id === id).map(placement => placement.model)).toEqual([
        p.meta.model
      ])
      expect(p.meta.title).not.toBe('')
      expect(p.meta.rationale).toMatch(/(CDMM|MLOps)/)
      expect(Object.keys(p.meta.messages).length).toBeGreaterThan(0)
    }
  )

  it('has unique practice ids across the models', () => {
    const ids = placed.map(p => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('docs/practices.md is generated from the meta (UPDATE_GOLDEN=1 rewrites it)', () => {
    const docs = path.join(import.meta.dirname, '../../docs/practices.md')
    const corpusFile = (name: string): unknown =>
      JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/corpus', name), 'utf8'))
    const generated = renderPracticesDoc(
      corpusFile('disagreements.json') as Record<string, string>,
      corpusFile('agreement.json') as CorpusAgreement
    )
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(docs, generated)
    expect(readFileSync(docs, 'utf8')).toBe(generated)
  })
})
