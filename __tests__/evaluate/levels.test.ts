import { describe, it, expect } from '@jest/globals'
import type { Status } from '../../src/core/finding.js'
import { categoryProfile, countsAsPass, decideGate, levelReached } from '../../src/evaluate/levels.js'

const LEVELS = ['base', 'beginner', 'intermediate']
const CATEGORIES = ['build', 'test']

/** p('a', 'base', 'build', 'pass') */
const p = (practice: string, level: string, category: string, status: Status) => ({
  practice,
  level,
  category,
  status
})

describe('countsAsPass', () => {
  it.each<[Status, boolean]>([
    ['pass', true],
    ['not-applicable', true],
    ['waived', true],
    ['fail', false],
    ['unknown', false]
  ])('%s → %s', (status, expected) => {
    expect(countsAsPass(status)).toBe(expected)
  })
})

describe('levelReached', () => {
  it.each<[string, ReturnType<typeof p>[], number]>([
    ['no findings: every level holds vacuously', [], 2],
    ['all pass', [p('a', 'base', 'build', 'pass'), p('b', 'intermediate', 'test', 'pass')], 2],
    ['the first level fails → none', [p('a', 'base', 'build', 'fail')], -1],
    ['unknown at base never passes', [p('a', 'base', 'build', 'unknown')], -1],
    [
      'not-applicable and waived count',
      [p('a', 'base', 'build', 'not-applicable'), p('b', 'beginner', 'test', 'waived')],
      2
    ],
    [
      'a failure stops the ladder even when higher levels pass',
      [
        p('a', 'base', 'build', 'pass'),
        p('b', 'beginner', 'test', 'fail'),
        p('c', 'intermediate', 'build', 'pass')
      ],
      0
    ],
    [
      'a failure at the top level',
      [p('a', 'base', 'build', 'pass'), p('c', 'intermediate', 'build', 'unknown')],
      1
    ]
  ])('%s', (_name, findings, expected) => {
    expect(levelReached(LEVELS, findings)).toBe(expected)
  })
})

describe('categoryProfile', () => {
  it('applies the staged rule within each category', () => {
    const findings = [
      p('a', 'base', 'build', 'pass'),
      p('b', 'beginner', 'build', 'fail'),
      p('c', 'base', 'test', 'unknown'),
      p('d', 'intermediate', 'test', 'pass')
    ]
    expect(categoryProfile(LEVELS, CATEGORIES, findings)).toEqual({ build: 'base', test: null })
  })

  it('a category without practices holds at the top level', () => {
    expect(categoryProfile(LEVELS, ['empty'], [])).toEqual({ empty: 'intermediate' })
  })
})

describe('decideGate', () => {
  const base = { levels: LEVELS, categories: CATEGORIES, targets: {}, fatalRegressions: [] }

  it.each([
    {
      name: 'reaches target',
      findings: [p('a', 'base', 'build', 'pass'), p('b', 'beginner', 'test', 'pass')],
      target: 'beginner',
      passed: true,
      level: 'intermediate',
      reason: 'level intermediate reached, target beginner'
    },
    {
      name: 'below target, naming what blocks',
      findings: [
        p('a', 'base', 'build', 'pass'),
        p('b', 'beginner', 'test', 'fail'),
        p('c', 'beginner', 'build', 'unknown')
      ],
      target: 'beginner',
      passed: false,
      level: 'base',
      reason: 'level base reached, target beginner: b, c do not hold'
    },
    {
      name: 'failures above target do not block',
      findings: [p('a', 'base', 'build', 'pass'), p('z', 'intermediate', 'test', 'fail')],
      target: 'beginner',
      passed: true,
      level: 'beginner',
      reason: 'level beginner reached, target beginner'
    },
    {
      name: 'nothing holds',
      findings: [p('a', 'base', 'build', 'fail')],
      target: 'base',
      passed: false,
      level: null,
      reason: 'level none reached, target base: a does not hold'
    }
  ])('$name', ({ findings, target, passed, level, reason }) => {
    const decision = decideGate({ ...base, findings, target })
    expect(decision).toMatchObject({ passed, level, reason })
    expect(decision.levelIndex).toBe(level === null ? -1 : LEVELS.indexOf(level))
  })

  it('fails when a category target is not met although the staged target is', () => {
    const decision = decideGate({
      ...base,
      target: 'base',
      targets: { test: 'intermediate' },
      findings: [p('a', 'base', 'build', 'pass'), p('b', 'beginner', 'test', 'fail')]
    })
    expect(decision.passed).toBe(false)
    expect(decision.reason).toBe('level base reached, target base: test is at base, target intermediate')
    expect(decision.blocking).toEqual([])
  })

  it('fails on fatal regressions even at target', () => {
    const decision = decideGate({
      ...base,
      target: 'base',
      findings: [p('a', 'base', 'build', 'pass')],
      fatalRegressions: [
        { kind: 'practice', practice: 'a' },
        { kind: 'practice', practice: 'b' }
      ]
    })
    expect(decision).toMatchObject({
      passed: false,
      reason: 'level intermediate reached, target base: 2 practices regressed'
    })
  })

  it('counts regressed practices apart from the level and category drops they caused', () => {
    const decision = decideGate({
      ...base,
      target: 'base',
      findings: [p('a', 'base', 'build', 'pass')],
      fatalRegressions: [
        { kind: 'practice', practice: 'b' },
        { kind: 'level', practice: '' },
        { kind: 'category', practice: 'test' },
        { kind: 'category', practice: 'build' }
      ]
    })
    expect(decision.reason).toBe(
      'level intermediate reached, target base: 1 practice regressed; the level reached and categories test, build dropped'
    )
  })
})
