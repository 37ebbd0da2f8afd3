import { describe, expect, it, jest } from '@jest/globals'
import { z } from 'zod'
import type { Practice } from '../../src/practices/practice.js'

/**
 * The built-in practices' option shapes are their own issue's work; these stand-ins carry the thresholds the
 * comparison must judge (`min-tests`, coverage `min`, metric rules, `new-metric`) so that the policies below
 * load through the real loader whatever the registry holds.
 */
function practice(id: string, model: string, options: Practice['meta']['options']): Practice {
  return {
    meta: { id, title: id, model, rationale: '', messages: {}, options },
    check: () => {
      throw new Error('not evaluated here')
    }
  }
}
const metricRule = z.strictObject({
  direction: z.enum(['higher', 'lower']).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  'max-drop': z.union([z.number(), z.string()]).optional(),
  'max-rise': z.union([z.number(), z.string()]).optional()
})
const standIns = [
  practice('coverage-threshold', 'cdmm', { min: z.number().optional() }),
  practice('model-validation', 'mlops', {
    metrics: z.record(z.string(), metricRule).optional(),
    'new-metric': z.enum(['fail', 'allow']).optional()
  }),
  practice('unit-tests', 'cdmm', {
    'min-tests': z.number().int().optional(),
    reports: z.array(z.string()).optional()
  })
]
jest.unstable_mockModule('../../src/practices/index.js', () => ({
  practices: standIns,
  practicesById: new Map(standIns.map(p => [p.meta.id, p]))
}))
const { loadPolicy } = await import('../../src/policy/load.js')
const { comparePolicies } = await import('../../src/evaluate/policy-trust.js')

const lines = (...text: string[]) => text.join('\n') + '\n'

function load(text: string) {
  const result = loadPolicy(text, '.maturity.yml', { today: '2026-11-29' })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.loaded
}

/** [kind, message, head line] of each change, in order. */
function changes(base: string, head: string): Array<[string, string, number]> {
  return comparePolicies(load(base), load(head)).map(c => [c.kind, c.message, c.location.line])
}

const CDMM = lines(
  'version: 1', //                                  1
  'model: cdmm', //                                 2
  'target: advanced', //                            3
  'targets:', //                                    4
  '  test-verification: advanced', //              5
  '  build-deploy: intermediate', //               6
  'mode: enforce', //                               7
  'strict: true', //                                8
  'regression: fail', //                            9
  'practices:', //                                 10
  '  unit-tests:', //                              11
  '    min-tests: 10', //                          12
  "    reports: ['**/junit*.xml']", //             13
  '  coverage-threshold:', //                      14
  '    min: 80', //                                15
  '  performance-tests:', //                       16
  '    level: advanced', //                        17
  'waivers:', //                                   18
  '  - practice: security-tests', //               19
  '    reason: rig rebuilt', //                    20
  '    expires: 2027-01-31' //                     21
)

/** The base policy with some lines replaced (1-based line → new text; null drops the line). */
function edit(replacements: Record<number, string | null>, extra: string[] = []): string {
  const text = CDMM.trimEnd()
    .split('\n')
    .flatMap((line, index) => {
      const replaced = replacements[index + 1]
      if (replaced === null) return []
      return [replaced ?? line]
    })
  return lines(...text, ...extra)
}

describe('max-waiver-days in a pull request', () => {
  const limited = edit({ 9: 'regression: fail\nmax-waiver-days: 70' })
  it.each<[string, string, Array<[string, string, number]>]>([
    [
      'raised',
      edit({ 9: 'regression: fail\nmax-waiver-days: 120' }),
      [['weakened', 'max-waiver-days changed from 70 days to 120 days', 10]]
    ],
    ['removed', CDMM, [['weakened', 'max-waiver-days changed from 70 days to no limit', 19]]],
    [
      'lowered',
      edit({ 9: 'regression: fail\nmax-waiver-days: 65' }),
      [['strengthened', 'max-waiver-days changed from 70 days to 65 days', 10]]
    ]
  ])('%s', (_name, head, expected) => {
    expect(changes(limited, head)).toEqual(expected)
  })
})

describe('DORA thresholds in a pull request', () => {
  const dora = (...text: string[]) => lines(...CDMM.trimEnd().split('\n'), 'dora:', ...text)
  const gated = dora('  thresholds:', '    lead-time: { max: 24 }', '    deployment-frequency: { min: 1 }')
  it.each<[string, string, Array<[string, string, number]>]>([
    [
      'a ceiling raised and a floor lowered',
      dora('  thresholds:', '    lead-time: { max: 48 }', '    deployment-frequency: { min: 0.5 }'),
      [
        ['weakened', 'dora.thresholds.lead-time.max raised from 24 to 48', 24],
        ['weakened', 'dora.thresholds.deployment-frequency.min lowered from 1 to 0.5', 25]
      ]
    ],
    [
      'a threshold removed',
      dora('  thresholds:', '    lead-time: { max: 24 }'),
      [['weakened', 'DORA threshold deployment-frequency removed (was {"min":1})', 24]]
    ],
    [
      'breach fail → warn',
      dora(
        '  breach: warn',
        '  thresholds:',
        '    lead-time: { max: 24 }',
        '    deployment-frequency: { min: 1 }'
      ),
      [['weakened', 'dora.breach changed from fail to warn', 23]]
    ],
    [
      'a ceiling lowered and a threshold added',
      dora(
        '  thresholds:',
        '    lead-time: { max: 12 }',
        '    deployment-frequency: { min: 1 }',
        '    rework-rate: { max: 20 }'
      ),
      [
        ['strengthened', 'dora.thresholds.lead-time.max lowered from 24 to 12', 24],
        ['strengthened', 'DORA threshold rework-rate added: {"max":20}', 26]
      ]
    ]
  ])('%s', (_name, head, expected) => {
    expect(changes(gated, head)).toEqual(expected)
  })
})

describe('comparePolicies on cdmm', () => {
  it.each<[string, string, Array<[string, string, number]>]>([
    ['an identical policy', CDMM, []],
    [
      'the policy reformatted with defaults spelled out',
      edit({ 13: '    reports:', 14: "      - '**/junit*.xml'\n  coverage-threshold:" }, [
        'attestations: []'
      ]),
      []
    ],
    [
      'target lowered',
      edit({ 3: 'target: beginner' }),
      [['weakened', 'target lowered from advanced to beginner', 3]]
    ],
    [
      'max-waiver-days added',
      edit({ 9: 'regression: fail\nmax-waiver-days: 70' }),
      [['strengthened', 'max-waiver-days changed from no limit to 70 days', 10]]
    ],
    [
      'target raised',
      edit({ 3: 'target: expert' }),
      [['strengthened', 'target raised from advanced to expert', 3]]
    ],
    [
      'category targets lowered, removed and added',
      edit({ 5: '  test-verification: beginner', 6: '  information-reporting: base' }),
      [
        ['weakened', 'category target build-deploy removed (was intermediate)', 5],
        ['weakened', 'category target test-verification lowered from advanced to beginner', 5],
        ['strengthened', 'category target information-reporting added at base', 6]
      ]
    ],
    [
      'all category targets removed',
      edit({ 4: null, 5: null, 6: null }),
      [
        ['weakened', 'category target build-deploy removed (was intermediate)', 1],
        ['weakened', 'category target test-verification removed (was advanced)', 1]
      ]
    ],
    [
      'mode, strict and regression relaxed',
      edit({ 7: 'mode: advise', 8: 'strict: false', 9: 'regression: warn' }),
      [
        ['weakened', 'mode changed from enforce to advise', 7],
        ['weakened', 'strict changed from true to false', 8],
        ['weakened', 'regression changed from fail to warn', 9]
      ]
    ],
    [
      'strict and regression removed fall back to their weaker defaults',
      edit({ 8: null, 9: 'regression: off' }),
      [
        ['weakened', 'strict changed from true to false', 1],
        ['weakened', 'regression changed from fail to off', 8]
      ]
    ],
    [
      'a practice disabled',
      edit({ 12: '    enabled: false\n    min-tests: 10' }),
      [['weakened', 'practice unit-tests disabled', 12]]
    ],
    [
      'a practice moved up a level, another down',
      edit({ 12: '    level: beginner\n    min-tests: 10', 17: '    level: intermediate' }),
      [
        ['weakened', 'practice unit-tests moved up from base to beginner', 12],
        ['strengthened', 'practice performance-tests moved down from advanced to intermediate', 18]
      ]
    ],
    ['a placement removed: the practice returns to the model level', edit({ 16: null, 17: null }), []],
    [
      'a practice moved to another category',
      edit({ 17: '    category: build-deploy' }),
      [
        [
          'weakened',
          "practice performance-tests moved from category test-verification to build-deploy: it no longer counts toward test-verification's target",
          17
        ]
      ]
    ],
    [
      'min-tests lowered, coverage min raised',
      edit({ 12: '    min-tests: 1', 15: '    min: 90' }),
      [
        ['weakened', 'practices.unit-tests.min-tests lowered from 10 to 1', 12],
        ['strengthened', 'practices.coverage-threshold.min raised from 80 to 90', 15]
      ]
    ],
    [
      'a threshold removed',
      edit({ 14: null, 15: null }),
      [['weakened', 'practices.coverage-threshold.min removed (was 80)', 11]]
    ],
    [
      'report globs changed',
      edit({ 13: "    reports: ['nothing.xml']" }),
      [
        [
          'weakened',
          'practices.unit-tests.reports changed from ["**/junit*.xml"] to ["nothing.xml"]; this changes what the gate reads and may lower the bar',
          13
        ]
      ]
    ],
    [
      'a new waiver and an extended one',
      edit({ 21: '    expires: 2027-06-30' }, [
        '  - practice: performance-tests',
        '    reason: load rig',
        '    expires: 2027-02-01'
      ]),
      [
        ['weakened', 'waiver for security-tests extended from 2027-01-31 to 2027-06-30', 21],
        ['weakened', 'new waiver for performance-tests until 2027-02-01', 22]
      ]
    ],
    [
      'a waiver shortened',
      edit({ 21: '    expires: 2026-12-31' }),
      [['strengthened', 'waiver for security-tests shortened from 2027-01-31 to 2026-12-31', 21]]
    ],
    [
      'a waiver removed',
      edit({ 18: null, 19: null, 20: null, 21: null }),
      [['strengthened', 'waiver for security-tests removed (was until 2027-01-31)', 1]]
    ],
    [
      'a new attestation',
      edit({}, [
        'attestations:',
        '  - practice: protected-default-branch',
        "    by: '@ops'",
        '    expires: 2027-01-01'
      ]),
      [['weakened', 'new attestation for protected-default-branch until 2027-01-01', 23]]
    ],
    [
      'the production pattern changed',
      edit({}, ['environments:', "  production: '^prod$'"]),
      [
        [
          'weakened',
          'environments.production changed from /\\b(prod|production|prd|live)\\b/ to /^prod$/: it decides which deploys count as production, and names it no longer matches escape the practices that guard production',
          23
        ]
      ]
    ],
    [
      'another model',
      lines('version: 1', 'model: mlops', 'target: manual', 'mode: enforce', 'strict: true'),
      [
        ['strengthened', 'waiver for security-tests removed (was until 2027-01-31)', 1],
        ['weakened', 'model changed from cdmm to mlops: levels cannot be compared', 2]
      ]
    ]
  ])('%s', (_name, head, expected) => {
    expect(changes(CDMM, head)).toEqual(expected)
  })
})

const MLOPS = lines(
  'version: 1', //                                        1
  'model: mlops', //                                      2
  'target: pipeline-automation', //                       3
  'practices:', //                                        4
  '  model-validation:', //                               5
  '    metrics:', //                                      6
  '      auc: { direction: higher, min: 0.8, max-drop: 0.005 }', // 7
  "      latency_ms: { direction: lower, max: 250, max-rise: '10%' }", // 8
  '      f1: { direction: higher, min: 0.5 }' //          9
)

describe('comparePolicies on metric rules', () => {
  it.each<[string, string, Array<[string, string, number]>]>([
    [
      'bounds loosened and tightened',
      MLOPS.replace('min: 0.8, max-drop: 0.005', 'min: 0.75, max-drop: 0.001').replace("'10%'", "'20%'"),
      [
        ['weakened', 'practices.model-validation.metrics.auc.min lowered from 0.8 to 0.75', 7],
        ['strengthened', 'practices.model-validation.metrics.auc.max-drop lowered from 0.005 to 0.001', 7],
        ['weakened', 'practices.model-validation.metrics.latency_ms.max-rise raised from "10%" to "20%"', 8]
      ]
    ],
    [
      'a ceiling raised',
      MLOPS.replace('max: 250', 'max: 400'),
      [['weakened', 'practices.model-validation.metrics.latency_ms.max raised from 250 to 400', 8]]
    ],
    [
      'an absolute bound made relative',
      MLOPS.replace('max-drop: 0.005', "max-drop: '1%'"),
      [
        [
          'weakened',
          'practices.model-validation.metrics.auc.max-drop changed from 0.005 to "1%": the bounds cannot be ordered',
          7
        ]
      ]
    ],
    [
      'a direction flipped',
      MLOPS.replace('f1: { direction: higher', 'f1: { direction: lower'),
      [
        [
          'weakened',
          'practices.model-validation.metrics.f1.direction changed from "higher" to "lower"; this changes what the gate reads and may lower the bar',
          9
        ]
      ]
    ],
    [
      'a metric rule removed, another added',
      MLOPS.replace(
        '      f1: { direction: higher, min: 0.5 }',
        '      recall: { direction: higher, min: 0.6 }'
      ),
      [
        [
          'weakened',
          'practices.model-validation.metrics.f1 removed (was {"direction":"higher","min":0.5})',
          7
        ],
        [
          'strengthened',
          'practices.model-validation.metrics.recall added: {"direction":"higher","min":0.6}',
          9
        ]
      ]
    ],
    [
      'new-metric: allow added',
      lines(MLOPS.trimEnd(), '    new-metric: allow'),
      [
        [
          'weakened',
          'practices.model-validation.new-metric: allow (a metric the baseline lacks no longer fails)',
          10
        ]
      ]
    ],
    ['new-metric: fail added (the default)', lines(MLOPS.trimEnd(), '    new-metric: fail'), []]
  ])('%s', (_name, head, expected) => {
    expect(changes(MLOPS, head)).toEqual(expected)
  })

  it.each([
    ['fail', 'allow', 'weakened', 'allow (a metric the baseline lacks no longer fails)'],
    ['allow', 'fail', 'strengthened', 'no longer allow (a metric the baseline lacks fails)']
  ])('new-metric: %s → %s is %s', (from, to, kind, message) => {
    const policy = (value: string) => lines(MLOPS.trimEnd(), `    new-metric: ${value}`)
    expect(changes(policy(from), policy(to))).toEqual([
      [kind, `practices.model-validation.new-metric: ${message}`, 10]
    ])
  })
})

const CUSTOM = lines(
  'version: 1', //                            1
  'model: custom', //                         2
  'levels: [one, two]', //                    3
  'categories: [all]', //                     4
  'target: two', //                           5
  'practices:', //                            6
  '  lint:', //                               7
  '    level: one', //                        8
  '    category: all', //                     9
  '    check: command', //                   10
  '    command: npm run lint', //            11
  '  docs:', //                              12
  '    level: two', //                       13
  '    category: all', //                    14
  '    check: files', //                     15
  "    files: ['docs/**']" //                16
)

describe('comparePolicies on a custom model', () => {
  it.each<[string, string, Array<[string, string, number]>]>([
    [
      'a practice removed',
      CUSTOM.split('\n').slice(0, 11).join('\n') + '\n',
      [['weakened', 'practice docs removed', 7]]
    ],
    [
      'a practice added',
      lines(
        CUSTOM.trimEnd(),
        '  e2e:',
        '    level: two',
        '    category: all',
        '    check: command',
        '    command: make e2e'
      ),
      [['strengthened', 'practice e2e added at level two', 18]]
    ],
    [
      'the command replaced',
      CUSTOM.replace('npm run lint', "'true'"),
      [
        [
          'weakened',
          'practices.lint.command changed from "npm run lint" to "true"; this changes what the gate reads and may lower the bar',
          11
        ]
      ]
    ],
    [
      'the check replaced',
      CUSTOM.replace("check: files\n    files: ['docs/**']", 'check: attest'),
      [
        ['weakened', 'practices.docs.files removed (was ["docs/**"])', 13],
        ['weakened', 'practice docs check changed from files to attest', 15]
      ]
    ],
    [
      'the levels changed',
      CUSTOM.replace('levels: [one, two]', 'levels: [one, two, three]'),
      [['weakened', 'levels changed from [one, two] to [one, two, three]: levels cannot be compared', 3]]
    ]
  ])('%s', (_name, head, expected) => {
    expect(changes(CUSTOM, head)).toEqual(expected)
  })
})

describe('who may approve, and what is locked', () => {
  it('a changed policy-changes is a weakening; a lock removed weakens and a lock added strengthens', () => {
    const base = lines(
      CDMM.trimEnd(),
      'policy-changes: { approve-label: maturity-approved }',
      'locked: [target]'
    )
    const head = lines(CDMM.trimEnd(), 'policy-changes: { approve-label: ok }', 'locked: [mode]')
    expect(changes(base, head)).toEqual([
      [
        'weakened',
        'policy-changes changed from {"approve-label":"maturity-approved","codeowners":false} to {"approve-label":"ok","codeowners":false}: it decides who may approve a weakening',
        22
      ],
      ['strengthened', 'lock on mode added', 23],
      ['weakened', 'lock on target removed', 23]
    ])
  })
})
