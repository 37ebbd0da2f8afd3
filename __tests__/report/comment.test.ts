import { describe, expect, test } from '@jest/globals'
import { COMMENT_MARKER, renderComment } from '../../src/report/comment.js'
import type { Report } from '../../src/evaluate/report.js'
import { CASE_NAMES, CASES } from './cases.js'
import type { CaseName } from './cases.js'
import { defined } from '../helpers/defined.js'

describe('renderComment', () => {
  test.each(CASE_NAMES)('%s starts with the hidden marker', name => {
    expect(renderComment(CASES[name]).split('\n')[0]).toBe(COMMENT_MARKER)
  })

  test.each<[CaseName, string[], string[]]>([
    ['failing-e2e', ['**Blocking advanced**', '❌ **acceptance-tests** (intermediate)'], ['Regressions']],
    ['pr-regression-weakened-policy', ['**Regressions against the base commit**', '**Policy changes**'], []],
    ['passing-web-service', ['### ✅ Maturity gate'], ['Blocking', 'Full report']]
  ])('%s', (name, present, absent) => {
    const body = renderComment(CASES[name])
    for (const text of present) expect(body).toContain(text)
    for (const text of absent) expect(body).not.toContain(text)
  })

  test('links the run when given', () => {
    expect(renderComment(CASES.empty, { runUrl: 'https://github.com/o/r/actions/runs/1' })).toContain(
      "[Full report in the run's summary](https://github.com/o/r/actions/runs/1)"
    )
  })

  test('long lists are capped and user text escaped', () => {
    const report: Report = {
      ...CASES['failing-e2e'],
      findings: Array.from({ length: 500 }, (_, i) => ({
        ...defined(CASES['failing-e2e'].findings[11], 'a twelfth finding'),
        practice: `p${i} <img src=x> @team`,
        message: 'x'.repeat(10_000)
      }))
    }
    const body = renderComment(report)
    expect(body).toContain("- … 480 more in the run's summary")
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@team/)
    expect(body.length).toBeLessThan(65_536)
  })
})
