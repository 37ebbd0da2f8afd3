import { describe, expect, it } from '@jest/globals'
import type { Status } from '../../src/core/finding.js'
import type { HistoryRecord } from '../../src/report/history-record.js'
import { parseHistory } from '../../src/report/parse-history.js'
import { practiceChanges } from '../../src/report/practice-changes.js'
import { renderSummary } from '../../src/report/summary.js'
import { trendText } from '../../src/report/trend-text.js'
import { CASES } from './cases.js'
import { parseMermaid } from './parse-mermaid.js'

function record(
  day: number,
  commit: string,
  held: number,
  practices: Record<string, Status>,
  level = 'base'
): HistoryRecord {
  return {
    schema: 1,
    commit,
    date: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    model: 'cdmm',
    level,
    categories: {},
    practices,
    held,
    waivers: []
  }
}

const RECORDS = [
  record(1, 'a'.repeat(40), 50, { 'unit-tests': 'fail', 'code-review': 'pass', lint: 'pass' }),
  record(3, 'b'.repeat(40), 75, { 'unit-tests': 'pass', 'code-review': 'pass', lint: 'pass' }, 'beginner'),
  record(8, 'c'.repeat(40), 60, { 'unit-tests': 'pass', 'code-review': 'fail', lint: 'pass' }, 'beginner'),
  record(9, 'd'.repeat(40), 60, { 'unit-tests': 'pass', 'code-review': 'unknown', lint: 'pass' }, 'beginner')
]

describe('practiceChanges', () => {
  it('says since when a practice holds, when it was lost, and when only the oldest record bounds it', () => {
    expect(practiceChanges(RECORDS)).toEqual([
      {
        practice: 'code-review',
        status: 'unknown',
        since: { date: RECORDS[3]?.date, commit: 'd'.repeat(40) },
        changed: true,
        lostIn: { date: RECORDS[2]?.date, commit: 'c'.repeat(40) }
      },
      {
        practice: 'lint',
        status: 'pass',
        since: { date: RECORDS[0]?.date, commit: 'a'.repeat(40) },
        changed: false,
        heldDays: 8
      },
      {
        practice: 'unit-tests',
        status: 'pass',
        since: { date: RECORDS[1]?.date, commit: 'b'.repeat(40) },
        changed: true,
        heldDays: 6
      }
    ])
  })
})

describe('trendText', () => {
  it('draws % held as a sparkline, the levels, and the practices that changed', () => {
    expect(trendText(RECORDS)).toBe(
      [
        'Trend over the last 4 runs (2026-11-01 to 2026-11-09)',
        '  held   ▅▆▅▅ 50% → 60%',
        '  level  base → beginner',
        '  code-review                  unknown  lost on 2026-11-08 in ccccccc',
        '  unit-tests                   pass     held for 6 days (since 2026-11-03)',
        '  1 other practices kept their status over these runs',
        ''
      ].join('\n')
    )
  })
})

describe('the trend in the job summary', () => {
  it('is a Mermaid xychart that Mermaid parses, even when a record was tampered with', () => {
    const tampered = {
      ...record(10, '"] ; click x "javascript:alert(1)"', 140, { lint: 'pass' }),
      level: '<b>x</b>'
    }
    const { markdown } = renderSummary(CASES['passing-web-service'], { history: [...RECORDS, tampered] })
    const chart = /```mermaid\n(xychart-beta[\s\S]*?)```/.exec(markdown)?.[1] ?? ''
    expect(chart).toContain('  line [50, 75, 60, 60, 100]\n')
    expect(chart).toContain('  x-axis ["aaaaaaa", "bbbbbbb", "ccccccc", "ddddddd", "#34;#93; ; cl"]\n')
    expect(markdown).toContain('Level: base → beginner → &#60;b&#62;x&#60;/b&#62;')
    expect(parseMermaid([chart])).toEqual([{ ok: true, diagramType: 'xychart' }])
  })

  it('is left out without history', () => {
    expect(renderSummary(CASES['passing-web-service']).markdown).not.toContain('### Trend')
  })
})

describe('parseHistory', () => {
  it('reads schema 1, and skips, saying why, lines it cannot read', () => {
    const text = [
      JSON.stringify(RECORDS[0]),
      '{"schema":2,"commit":"x"}',
      'oops',
      '',
      JSON.stringify({ schema: 1 })
    ].join('\n')
    expect(parseHistory(text)).toEqual({
      records: [RECORDS[0]],
      skipped: [
        { line: 2, reason: 'schema 2 is not one this version reads' },
        { line: 3, reason: 'not JSON' },
        { line: 5, reason: 'missing commit, date, level, held or practices' }
      ]
    })
  })
})
