import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { applyCheck } from '../src/checks/apply-check.js'
import { practicesById } from '../src/practices/index.js'
import { contextFor, evidenceFrom } from './helpers/evidence.js'

/**
 * Verdicts on real pipelines against the hand labels of ../shared/corpus (copied into fixtures/corpus with
 * provenance). Only clear labels count (pass, fail, not-applicable, unknown); `ambiguous` ones are skipped.
 * Every disagreement must be listed in fixtures/corpus/disagreements.json with its reason and explained in
 * docs/practices.md, and agreement must stay at or above 95%.
 */

const corpus = path.join(import.meta.dirname, 'fixtures/corpus')
const CLEAR = new Set(['pass', 'fail', 'not-applicable', 'unknown'])

interface Label {
  repo: string
  model: string
  practices: Record<string, { status: string; why: string }>
}

const labels = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8')) as Label[]
const disagreements = JSON.parse(readFileSync(path.join(corpus, 'disagreements.json'), 'utf8')) as Record<
  string,
  string
>
const docs = readFileSync(path.join(import.meta.dirname, '../docs/practices.md'), 'utf8')

/** The set's files as a workspace: workflow and action files with content, TREE.txt names as empty files. */
function repositoryFiles(set: string): Record<string, string> {
  const root = path.join(corpus, set)
  const files: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(root, dir))) {
      const relative = dir === '' ? name : `${dir}/${name}`
      if (statSync(path.join(root, relative)).isDirectory()) walk(relative)
      else if (relative.startsWith('.github/'))
        files[relative] = readFileSync(path.join(root, relative), 'utf8')
    }
  }
  walk('')
  for (const line of readFileSync(path.join(root, 'TREE.txt'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#') || line.endsWith('/') || line in files) continue
    files[line] = ''
  }
  return files
}

const sets = labels.filter(label =>
  statSync(path.join(corpus, label.repo.replace('/', '__')), { throwIfNoEntry: false })
)

describe('verdicts on the corpus agree with the hand labels', () => {
  const rows: Array<{ key: string; expected: string; actual: string; message: string }> = []

  it.each(sets.map(label => [`${label.repo} (${label.model})`, label] as const))(
    '%s',
    async (_name, label) => {
      const evidence = await evidenceFrom(repositoryFiles(label.repo.replace('/', '__')))
      for (const [id, { status }] of Object.entries(label.practices)) {
        const practice = practicesById.get(id)
        if (!practice || !CLEAR.has(status)) continue
        const finding = await applyCheck(practice, contextFor(id, evidence), {})
        rows.push({
          key: `${label.repo} ${id}`,
          expected: status,
          actual: finding.status,
          message: finding.message
        })
      }
    }
  )

  it('every disagreement is known and explained, and agreement is at least 95%', () => {
    const disagreeing = rows.filter(row => row.expected !== row.actual)
    const unexplained = disagreeing
      .filter(row => !(row.key in disagreements))
      .map(row => `${row.key}: label ${row.expected}, verdict ${row.actual} — ${row.message}`)
    expect(unexplained).toEqual([])
    const stale = Object.keys(disagreements).filter(key => !disagreeing.some(row => row.key === key))
    expect(stale).toEqual([])
    for (const key of Object.keys(disagreements)) expect(docs).toContain(key)
    const agreement = (rows.length - disagreeing.length) / rows.length
    expect(rows.length).toBeGreaterThan(0)
    expect(agreement).toBeGreaterThanOrEqual(0.95)
  })
})
