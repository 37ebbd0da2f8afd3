import { describe, expect, test } from '@jest/globals'
import type { Status } from '../../src/core/finding.js'
import { type AnnotationLevel, planAnnotations } from '../../src/report/annotations.js'
import { escapeCommandData, escapeCommandProperty } from '../../src/report/escape.js'
import type { Report, ReportFinding } from '../../src/evaluate/report.js'
import { CASES } from './cases.js'
import { defined } from '../helpers/defined.js'

const base = CASES['failing-e2e']

function finding(practice: string, level: string, status: Status, file?: string): ReportFinding {
  return {
    practice,
    title: practice,
    level,
    category: 'build-deploy',
    status,
    strength: 'none',
    messageId: 'm',
    message: `${practice} message`,
    evidence: [],
    locations: file ? [{ file, line: 3, column: 5 }] : [],
    remediation: ''
  }
}

/** Target intermediate, level beginner reached. */
function report(findings: ReportFinding[], fields: Partial<Report> = {}): Report {
  return {
    ...base,
    target: 'intermediate',
    level: 'beginner',
    levelIndex: 1,
    targets: {},
    findings,
    warnings: [],
    regressions: [],
    policyChanges: [],
    ...fields
  }
}

const levels = (r: Report): Array<[AnnotationLevel, string]> =>
  planAnnotations(r).annotations.map(a => [a.level, a.title])

describe('planAnnotations: which findings become which level (design §6)', () => {
  test.each([
    ['failing at the target', finding('a', 'intermediate', 'fail'), 'error'],
    ['failing below the target', finding('a', 'beginner', 'fail'), 'error'],
    ['unknown at the target', finding('a', 'intermediate', 'unknown'), 'warning'],
    ['failing two levels above the level reached', finding('a', 'advanced', 'fail'), undefined],
    ['passing', finding('a', 'intermediate', 'pass'), undefined],
    ['waived', finding('a', 'intermediate', 'waived'), undefined],
    ['not applicable', finding('a', 'intermediate', 'not-applicable'), undefined]
  ])('%s', (_name, f, expected) => {
    expect(levels(report([f])).map(([level]) => level)).toEqual(expected ? [expected] : [])
  })

  test('the next level above a reached target gives notices', () => {
    const passing = report([finding('a', 'advanced', 'fail'), finding('b', 'expert', 'fail')], {
      levelIndex: 2,
      level: 'intermediate'
    })
    expect(levels(passing)).toEqual([['notice', 'maturity-gate: a is missing for advanced']])
  })

  test('a category target makes a higher practice required', () => {
    const r = report([finding('a', 'advanced', 'fail')], { targets: { 'build-deploy': 'advanced' } })
    expect(levels(r).map(([level]) => level)).toEqual(['error'])
  })

  test('regressions, policy changes and unreadable evidence', () => {
    const at = { file: '.maturity.yml', line: 2, column: 1 }
    const r = report([], {
      regressions: [
        { kind: 'practice', practice: 'x', severity: 'error', message: 'm', base: [at], head: [] },
        { kind: 'level', practice: '', severity: 'warning', message: 'm', base: [], head: [at] }
      ],
      policyChanges: [{ kind: 'strengthened', severity: 'notice', message: 'm', location: at }],
      warnings: [{ message: 'broken' }],
      gaps: [{ what: 'jobs', permission: 'actions: read', reason: 'r' }]
    })
    expect(levels(r)).toEqual([
      ['error', 'maturity-gate: x regressed'],
      ['warning', 'maturity-gate: the level reached regressed'],
      ['warning', 'maturity-gate: jobs not readable'],
      ['warning', 'maturity-gate: evidence not readable'],
      ['notice', 'maturity-gate: policy strengthened']
    ])
  })
})

describe('planAnnotations: ranking and caps', () => {
  const many = (count: number, status: Status, prefix: string): ReportFinding[] =>
    Array.from({ length: count }, (_, i) => finding(`${prefix}${i}`, 'beginner', status, `w${i % 3}.yml`))

  test('severity first, then the files this change touched, then report order', () => {
    const r = report([
      finding('u', 'beginner', 'unknown', 'a.yml'),
      finding('f1', 'beginner', 'fail', 'a.yml'),
      finding('f2', 'beginner', 'fail', 'b.yml')
    ])
    const plan = planAnnotations(r, { changedFiles: ['./b.yml'] })
    expect(plan.annotations.map(a => [a.level, a.file])).toEqual([
      ['error', 'b.yml'],
      ['error', 'a.yml'],
      ['warning', 'a.yml']
    ])
  })

  // A failing gate in enforce mode adds its own error (core.setFailed), so 9 error slots remain for findings.
  test.each([
    [5, 5, { error: 0, warning: 0, notice: 0 }, 10],
    [12, 3, { error: 3, warning: 0, notice: 0 }, 12],
    [30, 30, { error: 21, warning: 20, notice: 0 }, 19]
  ])(
    '%i errors and %i warnings: at most 10 of each, one error kept for the failed step',
    (errors, warnings, omitted, shown) => {
      const plan = planAnnotations(report([...many(errors, 'fail', 'e'), ...many(warnings, 'unknown', 'w')]))
      expect(plan.omitted).toEqual(omitted)
      expect(plan.annotations).toHaveLength(shown)
    }
  )

  test("in advise mode the step does not fail, so all 10 error slots are the findings'", () => {
    const plan = planAnnotations(report(many(12, 'fail', 'e'), { mode: 'advise' }))
    expect(plan.omitted.error).toBe(2)
  })

  test('the capped errors are those on changed files', () => {
    const plan = planAnnotations(report(many(30, 'fail', 'e')), { changedFiles: ['w2.yml'] })
    expect(plan.annotations.map(a => a.file)).toEqual(Array(9).fill('w2.yml'))
  })

  test('positions and plain-text messages for @actions/core, which escapes them', () => {
    const hostile = {
      ...finding('p', 'beginner', 'fail', 'ci.yml'),
      message: 'x\n::error::y %0A',
      remediation: 'do z'
    }
    expect(planAnnotations(report([hostile])).annotations).toEqual([
      {
        level: 'error',
        title: 'maturity-gate: p fails (beginner, target intermediate)',
        message: 'x\n::error::y %0A\ndo z',
        file: 'ci.yml',
        startLine: 3,
        startColumn: 5
      }
    ])
  })

  test('written as a workflow command, a hostile message stays one command on one line', () => {
    const hostile = {
      ...finding('p', 'beginner', 'fail', 'a,b::c.yml'),
      message: 'x\r\n::set-output name=x::y'
    }
    const a = defined(planAnnotations(report([hostile])).annotations[0], 'an annotation')
    const file = defined(a.file, 'its file')
    const line =
      `::${a.level} file=${escapeCommandProperty(file)},line=${a.startLine},title=${escapeCommandProperty(a.title)}` +
      `::${escapeCommandData(a.message)}`
    expect(line).toBe(
      '::error file=a%2Cb%3A%3Ac.yml,line=3,title=maturity-gate%3A p fails (beginner%2C target intermediate)' +
        '::x%0D%0A::set-output name=x::y'
    )
  })

  test('long text is shortened', () => {
    const long = { ...finding('p'.repeat(10_000), 'beginner', 'fail'), message: 'm'.repeat(10_000) }
    const annotation = defined(planAnnotations(report([long])).annotations[0], 'an annotation')
    expect(annotation.title.length).toBeLessThanOrEqual(200)
    expect(annotation.message.length).toBeLessThanOrEqual(2000)
  })
})
