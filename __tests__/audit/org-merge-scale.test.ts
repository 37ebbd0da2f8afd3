import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { mergeOrgReport } from '../../src/report/org/merge-org-report.js'
import { orgEntryOf } from '../../src/report/org/org-entry.js'
import type { OrgEntry } from '../../src/report/org/org-entry.js'
import { SUMMARY_ROWS, renderOrgMarkdown } from '../../src/report/org/render-org-markdown.js'

/**
 * 10,000 repositories' reports merged into one org report in bounded memory (not timed: `npm run bench`
 * reports the time). Each report is parsed afresh, as a downloaded artifact is, and reduced to its row as it
 * arrives: what the merge keeps per repository must be a small fraction of a report, or 10,000 of them would
 * not fit a runner.
 */

const TEXT = readFileSync(
  path.join(import.meta.dirname, '../../examples/node-web-service/maturity-report.json'),
  'utf8'
)
const COUNT = 10_000

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function* rows(): Generator<OrgEntry> {
  for (let i = 0; i < COUNT; i++) {
    const report = JSON.parse(TEXT) as Parameters<typeof orgEntryOf>[0]
    yield orgEntryOf(report, { name: `big/repo-${i}`, tier: i % 2 ? 'critical' : null }, 'artifact')
  }
}

describe('merging 10,000 reports', () => {
  it('keeps a small row per repository, never the reports', async () => {
    gc()
    const before = process.memoryUsage().heapUsed
    const report = await mergeOrgReport('big', rows())
    gc()
    const perRepository = (process.memoryUsage().heapUsed - before) / COUNT
    expect(report.repositories).toBe(COUNT)
    expect(report.sources.artifact).toBe(COUNT)
    expect(
      Object.values(report.practices).every(counts => Object.values(counts).reduce((a, b) => a + b) === COUNT)
    ).toBe(true)
    // A parsed report of this example takes well over its 38 KB of text; its row must stay under a tenth of that.
    expect(perRepository).toBeLessThan(TEXT.length / 10)
    const markdown = renderOrgMarkdown(report)
    expect(markdown).toContain(
      `… and ${COUNT - SUMMARY_ROWS} more: see \`org-report.json\` or the dashboard.`
    )
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
  }, 120_000)
})
