import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { practiceEvidence } from '../../../src/practices/docs/practice-evidence.js'
import { practices } from '../../../src/practices/index.js'
import { PURPOSES } from '../../../src/workflow/catalog/purpose.js'

const sourceOf = (id: string): string =>
  readFileSync(path.join(import.meta.dirname, '../../../src/practices', `${id}.ts`), 'utf8')

/** The purposes a practice's source names as string literals (`withPurpose('deploy')`, `purposes: ['build']`). */
const purposesNamedIn = (source: string): string[] =>
  PURPOSES.filter(purpose => source.includes(`'${purpose}'`))

describe('practiceEvidence: what each practice reads, kept honest against its source', () => {
  it('has an entry for every built-in practice and for nothing else', () => {
    expect(Object.keys(practiceEvidence).sort()).toEqual(practices.map(p => p.meta.id).sort())
  })

  it.each(practices.map(p => [p.meta.id, p] as const))('%s', (id, practice) => {
    const entry = practiceEvidence[id]
    const source = sourceOf(id)
    expect(entry).toBeDefined()
    if (!entry) return
    // Exactly the purposes the source names: none missing from the docs, none the practice does not read.
    expect([...entry.purposes].sort()).toEqual(purposesNamedIn(source).sort())
    expect(new Set(entry.purposes).size).toBe(entry.purposes.length)
    // Workspace files are named by options of the practice, or are the definitions its jobs name, and are listed
    // exactly when the source reads the workspace.
    for (const key of entry.files ?? []) expect(Object.keys(practice.meta.options)).toContain(key)
    const readsFiles =
      /evidence\.(?:workspace|reports)\b|const \{ (?:files|workspace) \} = context\.evidence/.test(source)
    expect((entry.files ?? []).length > 0 || entry.definitions !== undefined).toBe(readsFiles)
    // What the REST API answers is said in words, and only by practices that read it.
    expect(entry.also !== undefined).toBe(/evidence\.(?:run|rules)\b/.test(source))
    // Every practice names some evidence.
    expect(entry.purposes.length + (entry.files?.length ?? 0) + (entry.also ? 1 : 0)).toBeGreaterThan(0)
  })
})
