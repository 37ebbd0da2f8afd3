import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Report } from '../../../src/evaluate/report.js'
import { collectedReport } from '../../../src/report/org/collected-report.js'
import { parseHistory } from '../../../src/report/parse-history.js'
import { mergeOrgReport } from '../../../src/report/org/merge-org-report.js'
import { levelsBelowTarget, orgEntryOf, unreadableEntry } from '../../../src/report/org/org-entry.js'
import { renderOrgCsv } from '../../../src/report/org/render-org-csv.js'
import { renderOrgDashboard } from '../../../src/report/org/render-org-dashboard.js'
import { renderOrgMarkdown } from '../../../src/report/org/render-org-markdown.js'
import { inShard, shardCount } from '../../../src/audit/plan-shards.js'

const TEXT = readFileSync(
  path.join(import.meta.dirname, '../../../examples/library/maturity-report.json'),
  'utf8'
)
const LIBRARY = JSON.parse(TEXT) as Report
const at = (levelIndex: number, target = 'intermediate'): Report => ({
  ...LIBRARY,
  target,
  level: LIBRARY.levels[levelIndex] ?? null,
  levelIndex
})
const HOSTILE = 'evil/</script><script>alert(1)</script>'

describe('merging rows into the org report', () => {
  it('counts sources, levels and practices, once per repository, and ranks the furthest below target', async () => {
    const rows = [
      orgEntryOf(at(0), { name: 'o/a', tier: 'critical' }, 'artifact'),
      orgEntryOf(at(3), { name: 'o/b', tier: null }, 'static'),
      orgEntryOf(at(1), { name: 'o/c', tier: null }, 'artifact'),
      orgEntryOf(at(0), { name: 'o/a', tier: 'critical' }, 'artifact'),
      unreadableEntry({ name: 'o/d', tier: null }, '403 Forbidden')
    ]
    const report = await mergeOrgReport('o', rows)
    expect(report.repositories).toBe(4)
    expect(report.sources).toEqual({ artifact: 2, static: 1, unreadable: 1 })
    expect(report.levels).toEqual({ cdmm: { base: 1, advanced: 1, beginner: 1 } })
    expect(report.practices['unit-tests']).toEqual({
      pass: 3,
      fail: 0,
      unknown: 0,
      waived: 0,
      'not-applicable': 0
    })
    expect(report.belowTarget).toEqual([
      { repository: 'o/a', level: 'base', target: 'intermediate', levelsBelow: 2 },
      { repository: 'o/c', level: 'beginner', target: 'intermediate', levelsBelow: 1 }
    ])
    expect(report.entries.map(e => e.repository)).toEqual(['o/a', 'o/b', 'o/c', 'o/d'])
    expect(levelsBelowTarget(unreadableEntry({ name: 'x', tier: null }, 'r'))).toBe(0)
  })

  it("takes the trend from the history store's readable records, oldest first", () => {
    const record = (commit: string, date: string, level: string | null) =>
      JSON.stringify({ schema: 1, commit, date, level, held: 50, practices: {} })
    const text = [
      record('b', '2026-02-01T00:00:00Z', 'beginner'),
      'not json',
      '{"schema":2,"date":"2026-03-01","level":"expert"}',
      '{"schema":1,"commit":"c","level":"advanced","held":50,"practices":{}}',
      '',
      record('a', '2026-01-01T00:00:00Z', null)
    ].join('\n')
    const entry = orgEntryOf(at(1), { name: 'o/a', tier: null }, 'artifact', parseHistory(text).records)
    expect(entry.history).toEqual([
      { date: '2026-01-01T00:00:00Z', level: null },
      { date: '2026-02-01T00:00:00Z', level: 'beginner' }
    ])
    expect(
      orgEntryOf(at(1), { name: 'o/a', tier: null }, 'artifact', parseHistory('').records).history
    ).toEqual([])
  })

  it('keeps at most 30 history points', () => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      date: `d${String(i).padStart(2, '0')}`,
      level: 'base'
    }))
    expect(orgEntryOf(LIBRARY, { name: 'o/a', tier: null }, 'artifact', history).history).toHaveLength(30)
  })
})

describe('a collected maturity-report.json', () => {
  it('is used when it is a version 1 verdict, and refused saying why otherwise', () => {
    expect(collectedReport(TEXT)).toMatchObject({ version: 1, model: 'cdmm' })
    expect(collectedReport('<html>')).toEqual({ problem: 'its maturity-report.json is not JSON' })
    expect(collectedReport('{"version":2}')).toEqual({
      problem: 'its maturity-report.json is not a version 1 report'
    })
    expect(
      collectedReport(
        '{"version":1,"passed":false,"level":null,"levelIndex":-1,"reason":"the policy is invalid (1 error in .maturity.yml)","policyErrors":[{}]}'
      )
    ).toEqual({ problem: 'its latest report says: the policy is invalid (1 error in .maturity.yml)' })
    expect(collectedReport('{"version":1,"model":"cdmm"}')).toEqual({
      problem: 'its maturity-report.json lacks the fields of a version 1 report'
    })
  })
})

describe('the org renderers escape what repositories control', () => {
  const hostile = async () =>
    mergeOrgReport('o', [
      {
        ...unreadableEntry({ name: HOSTILE, tier: '=cmd|calc' }, '@here *bold* [x](http://e.vil)'),
        history: []
      }
    ])

  it('Markdown: names, tiers and reasons cannot add markup, links or mentions', async () => {
    const markdown = renderOrgMarkdown(await hostile())
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('@here')
    expect(markdown).toContain('\\*bold\\*')
  })

  it('CSV: every cell quoted, a formula defused', async () => {
    const csv = renderOrgCsv(await hostile())
    expect(csv.split('\r\n')[1]).toMatch(
      /^"evil\/<\/script><script>alert\(1\)<\/script>","'=cmd\|calc","unreadable",/
    )
  })

  it('HTML: the embedded rows cannot close their script element', async () => {
    const html = renderOrgDashboard(await hostile())
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html).toContain('evil/\\u003c/script>\\u003cscript>alert(1)\\u003c/script>')
    // Outside the data (text, drawn with textContent), nothing names a resource to fetch.
    const markup = html.replace(/<script type="application\/json" id="org-data">[^<]*<\/script>/, '')
    expect(markup).not.toMatch(/(?:src|href)=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })
})

describe('planning shards', () => {
  it('emits no more shards than asked, than 20, or than 25 repositories each need', () => {
    expect(shardCount(0, 20)).toBe(1)
    expect(shardCount(280, 4)).toBe(4)
    expect(shardCount(280, 20)).toBe(12)
    expect(shardCount(10_000, 50)).toBe(20)
  })

  it('puts every repository in exactly one shard', () => {
    const owners = Array.from({ length: 103 }, (_, index) =>
      [1, 2, 3, 4, 5].filter(shard => inShard(index, shard, 5))
    )
    expect(owners.every(shards => shards.length === 1)).toBe(true)
  })
})
