import { describe, expect, it } from '@jest/globals'
import type { Status } from '../../src/core/finding.js'
import { compareLevels, findRegressions } from '../../src/evaluate/regression.js'
import type { RegressionSetting } from '../../src/evaluate/regression.js'
import type { Report, ReportFinding } from '../../src/evaluate/report.js'

const LEVELS = ['base', 'beginner', 'intermediate', 'advanced']
const at = (file: string, line: number) => ({ file, line, column: 3 })

/** A finding of practice `id` placed at `level` in `category`, with one workflow location. */
function finding(
  id: string,
  status: Status,
  line: number,
  level = 'beginner',
  category = 'build'
): ReportFinding {
  return {
    practice: id,
    title: id,
    level,
    category,
    status,
    strength: 'definition',
    messageId: status,
    message: `${id} is ${status}`,
    evidence: [],
    locations: [at('.github/workflows/ci.yml', line)],
    remediation: ''
  }
}

describe('findRegressions', () => {
  it.each<[string, Status, Status, boolean]>([
    // [name, base status, head status, regressed]
    ['pass → fail', 'pass', 'fail', true],
    ['pass → unknown', 'pass', 'unknown', true],
    ['not-applicable → fail', 'not-applicable', 'fail', true],
    ['waived → unknown', 'waived', 'unknown', true],
    ['pass → pass', 'pass', 'pass', false],
    ['pass → waived', 'pass', 'waived', false],
    ['pass → not-applicable', 'pass', 'not-applicable', false],
    ['fail → fail', 'fail', 'fail', false],
    ['unknown → fail', 'unknown', 'fail', false],
    ['fail → pass', 'fail', 'pass', false]
  ])('%s', (_name, before, now, regressed) => {
    const regressions = findRegressions([finding('e2e', before, 10)], [finding('e2e', now, 12)], 'fail')
    expect(regressions.length).toBe(regressed ? 1 : 0)
  })

  it.each<[RegressionSetting, string[]]>([
    ['fail', ['error']],
    ['warn', ['warning']],
    ['off', []]
  ])('regression: %s gives severity %j', (setting, severities) => {
    const regressions = findRegressions([finding('e2e', 'pass', 10)], [finding('e2e', 'fail', 12)], setting)
    expect(regressions.map(r => r.severity)).toEqual(severities)
  })

  it('carries the base locations that satisfied it and the head locations of its finding', () => {
    const base = [finding('unit-tests', 'pass', 5), finding('acceptance-before-promotion', 'pass', 20)]
    const head = [finding('unit-tests', 'pass', 5), finding('acceptance-before-promotion', 'fail', 31)]
    expect(findRegressions(base, head, 'fail')).toEqual([
      {
        kind: 'practice',
        practice: 'acceptance-before-promotion',
        severity: 'error',
        message:
          'acceptance-before-promotion held at the base commit (pass) and is fail now: acceptance-before-promotion is fail',
        base: [at('.github/workflows/ci.yml', 20)],
        head: [at('.github/workflows/ci.yml', 31)]
      }
    ])
  })

  it('ignores practices evaluated on one side only (the policy comparison reports those)', () => {
    const base = [finding('gone', 'pass', 1)]
    const head = [finding('new', 'fail', 2)]
    expect(findRegressions(base, head, 'fail')).toEqual([])
  })
})

/** A report whose level and profile follow from its findings as levels.ts would compute them. */
function report(
  level: string | null,
  profile: Record<string, string | null>,
  findings: ReportFinding[]
): Report {
  return {
    version: 1,
    model: 'cdmm',
    target: 'beginner',
    level,
    levelIndex: level === null ? -1 : LEVELS.indexOf(level),
    levels: LEVELS,
    passed: true,
    mode: 'enforce',
    reason: '',
    profile,
    targets: {},
    gaps: [],
    base: { status: 'none', reason: '' },
    findings,
    disabled: [],
    expiries: [],
    warnings: [],
    regressions: [],
    policyChanges: [],
    pipeline: [],
    policy: { path: '.maturity.yml', source: 'base' },
    evidence: { workflows: 1, run: false, offline: true, needsApi: [], onlyApiMissing: false }
  }
}

describe('compareLevels', () => {
  const baseFindings = [
    finding('build', 'pass', 3, 'base', 'build'),
    finding('unit-tests', 'pass', 8, 'beginner', 'test'),
    finding('e2e', 'pass', 20, 'intermediate', 'test'),
    finding('deploy', 'pass', 40, 'intermediate', 'deploy')
  ]
  const base = report(
    'intermediate',
    { build: 'base', test: 'intermediate', deploy: 'intermediate' },
    baseFindings
  )

  it('reports a staged drop and each category drop, naming the practices that caused them', () => {
    const head = report('beginner', { build: 'base', test: 'beginner', deploy: 'intermediate' }, [
      ...baseFindings.filter(f => f.practice !== 'e2e'),
      finding('e2e', 'fail', 25, 'intermediate', 'test')
    ])
    expect(compareLevels(base, head, 'warn')).toEqual([
      {
        kind: 'level',
        practice: '',
        severity: 'warning',
        message: 'the level dropped from intermediate at the base commit to beginner: e2e no longer held',
        base: [at('.github/workflows/ci.yml', 20)],
        head: [at('.github/workflows/ci.yml', 25)]
      },
      {
        kind: 'category',
        practice: 'test',
        severity: 'warning',
        message: 'category test dropped from intermediate at the base commit to beginner: e2e no longer held',
        base: [at('.github/workflows/ci.yml', 20)],
        head: [at('.github/workflows/ci.yml', 25)]
      }
    ])
  })

  it.each<[string, string | null, Record<string, string | null>, RegressionSetting, string[]]>([
    // [name, head level, head profile, setting, messages of the regressions]
    ['no drop', 'intermediate', { build: 'base', test: 'intermediate', deploy: 'intermediate' }, 'fail', []],
    [
      'a rise is no regression',
      'advanced',
      { build: 'base', test: 'advanced', deploy: 'intermediate' },
      'fail',
      []
    ],
    [
      'drop to no level at all',
      null,
      { build: null, test: 'intermediate', deploy: 'intermediate' },
      'fail',
      [
        'the level dropped from intermediate at the base commit to no level',
        'category build dropped from base at the base commit to no level'
      ]
    ],
    ['regression: off', 'beginner', { build: null, test: null, deploy: null }, 'off', []]
  ])('%s', (_name, level, profile, setting, messages) => {
    const head = report(level, profile, baseFindings)
    expect(compareLevels(base, head, setting).map(r => r.message)).toEqual(messages)
  })
})
