import { describe, expect, it } from '@jest/globals'
import { evaluateThresholds, metricRuleSchema } from '../../src/checks/thresholds.js'
import type { Baseline, MetricRow, MetricRule } from '../../src/checks/thresholds.js'

const data = (d: unknown): Baseline => ({ kind: 'data', data: d })
const MISSING: Baseline = { kind: 'missing' }
const NONE: Baseline = { kind: 'none' }

describe('metricRuleSchema', () => {
  const valid: Array<{ name: string; rule: unknown }> = [
    { name: 'value bounds only', rule: { min: 0.8, max: 1 } },
    { name: 'higher with absolute drop', rule: { direction: 'higher', min: 0.8, 'max-drop': 0.005 } },
    { name: 'lower with relative rise', rule: { direction: 'lower', max: 250, 'max-rise': '10%' } },
    { name: 'no worse than baseline', rule: { direction: 'higher', 'max-drop': 0 } },
    { name: 'fractional percentage', rule: { direction: 'higher', 'max-drop': '.5%' } },
    { name: 'new metrics allowed', rule: { direction: 'higher', 'max-drop': '1.5%', 'new-metric': 'allow' } }
  ]
  it.each(valid)('accepts $name', ({ rule }) => {
    expect(metricRuleSchema.safeParse(rule).success).toBe(true)
  })

  const invalid: Array<{ name: string; rule: unknown; path: string; message: RegExp }> = [
    {
      name: 'a change bound without direction',
      rule: { 'max-drop': 0.1 },
      path: 'direction',
      message: /required/
    },
    {
      name: 'max-drop with lower',
      rule: { direction: 'lower', 'max-drop': 0.1 },
      path: 'max-drop',
      message: /max-rise/
    },
    {
      name: 'max-rise with higher',
      rule: { direction: 'higher', 'max-rise': 1 },
      path: 'max-rise',
      message: /max-drop/
    },
    { name: 'an unknown key (typo)', rule: { min: 1, mxa: 2 }, path: '', message: /mxa/ },
    {
      name: 'a negative bound',
      rule: { direction: 'higher', 'max-drop': -1 },
      path: 'max-drop',
      message: /.+/
    },
    {
      name: 'a malformed percentage',
      rule: { direction: 'higher', 'max-drop': '2 %' },
      path: 'max-drop',
      message: /percentage/
    },
    { name: 'min above max', rule: { min: 2, max: 1 }, path: 'min', message: /above max/ },
    { name: 'NaN as a bound', rule: { min: NaN }, path: 'min', message: /.+/ },
    { name: 'a bad direction', rule: { direction: 'up' }, path: 'direction', message: /.+/ }
  ]
  it.each(invalid)('refuses $name', ({ rule, path, message }) => {
    const result = metricRuleSchema.safeParse(rule)
    expect(result.success).toBe(false)
    const issue = result.error?.issues.find(i => i.path.join('.') === path)
    expect(issue?.message).toMatch(message)
  })
})

type Row = Partial<MetricRow>

describe('evaluateThresholds: one metric', () => {
  const higher: MetricRule = { direction: 'higher', min: 0.8, 'max-drop': 0.005 }
  const table: Array<{
    name: string
    rule: MetricRule
    candidate: unknown
    baseline: Baseline
    expected: Row
  }> = [
    {
      name: 'passes within value and change bounds',
      rule: higher,
      candidate: { auc: 0.85 },
      baseline: data({ auc: 0.852 }),
      expected: {
        verdict: 'pass',
        candidate: 0.85,
        baseline: 0.852,
        delta: -0.002,
        bound: '≥ 0.8, drop ≤ 0.005'
      }
    },
    {
      name: 'a drop exactly at the bound passes (inclusive, despite float rounding)',
      rule: higher,
      candidate: { auc: 0.845 },
      baseline: data({ auc: 0.85 }),
      expected: { verdict: 'pass', delta: -0.005 }
    },
    {
      name: 'a larger drop fails',
      rule: higher,
      candidate: { auc: 0.84 },
      baseline: data({ auc: 0.85 }),
      expected: { verdict: 'fail', reason: 'drop 0.01 (1.17647%) > max-drop 0.005' }
    },
    {
      name: 'below min fails even when better than baseline',
      rule: higher,
      candidate: { auc: 0.79 },
      baseline: data({ auc: 0.7 }),
      expected: { verdict: 'fail', reason: '0.79 < min 0.8' }
    },
    {
      name: 'value bounds are inclusive',
      rule: { min: 0.8, max: 0.9 },
      candidate: { auc: 0.8 },
      baseline: NONE,
      expected: { verdict: 'pass', bound: '≥ 0.8, ≤ 0.9' }
    },
    {
      name: 'above max fails',
      rule: { max: 250 },
      candidate: { auc: 251 },
      baseline: NONE,
      expected: { verdict: 'fail', reason: '251 > max 250' }
    },
    {
      name: 'max-drop: 0 means no worse than baseline (equal passes)',
      rule: { direction: 'higher', 'max-drop': 0 },
      candidate: { auc: 0.9 },
      baseline: data({ auc: 0.9 }),
      expected: { verdict: 'pass', delta: 0, relativeDelta: 0 }
    },
    {
      name: 'max-drop: 0 fails on any drop',
      rule: { direction: 'higher', 'max-drop': 0 },
      candidate: { auc: 0.8999 },
      baseline: data({ auc: 0.9 }),
      expected: { verdict: 'fail' }
    },
    {
      name: 'relative rise within 10% passes',
      rule: { direction: 'lower', 'max-rise': '10%' },
      candidate: { auc: 220 },
      baseline: data({ auc: 200 }),
      expected: { verdict: 'pass', delta: 20, relativeDelta: 0.1, bound: 'rise ≤ 10%' }
    },
    {
      name: 'relative rise beyond 10% fails',
      rule: { direction: 'lower', 'max-rise': '10%' },
      candidate: { auc: 221 },
      baseline: data({ auc: 200 }),
      expected: { verdict: 'fail', reason: 'rise 21 (10.5%) > max-rise 10%' }
    },
    {
      name: 'a fall of a lower-is-better metric is an improvement',
      rule: { direction: 'lower', 'max-rise': 0 },
      candidate: { auc: 150 },
      baseline: data({ auc: 200 }),
      expected: { verdict: 'pass', delta: -50, relativeDelta: -0.25 }
    },
    {
      name: 'negative baseline, relative drop measured against |baseline| (within)',
      rule: { direction: 'higher', 'max-drop': '2%' },
      candidate: { auc: -1.02 },
      baseline: data({ auc: -1 }),
      expected: { verdict: 'pass', delta: -0.02, relativeDelta: -0.02 }
    },
    {
      name: 'negative baseline, relative drop beyond the bound',
      rule: { direction: 'higher', 'max-drop': '2%' },
      candidate: { auc: -1.03 },
      baseline: data({ auc: -1 }),
      expected: { verdict: 'fail', reason: 'drop 0.03 (3%) > max-drop 2%' }
    },
    {
      name: 'negative baseline, improvement',
      rule: { direction: 'higher', 'max-drop': '2%' },
      candidate: { auc: -0.5 },
      baseline: data({ auc: -1 }),
      expected: { verdict: 'pass', delta: 0.5, relativeDelta: 0.5 }
    },
    {
      name: 'zero baseline, relative bound, no change passes',
      rule: { direction: 'lower', 'max-rise': '5%' },
      candidate: { auc: 0 },
      baseline: data({ auc: 0 }),
      expected: { verdict: 'pass', delta: 0, relativeDelta: null }
    },
    {
      name: 'zero baseline, relative bound, improvement passes',
      rule: { direction: 'higher', 'max-drop': '5%' },
      candidate: { auc: 0.1 },
      baseline: data({ auc: 0 }),
      expected: { verdict: 'pass', delta: 0.1, relativeDelta: null }
    },
    {
      name: 'zero baseline, relative bound, any worsening fails (relative change undefined)',
      rule: { direction: 'lower', 'max-rise': '5%' },
      candidate: { auc: 0.001 },
      baseline: data({ auc: 0 }),
      expected: { verdict: 'fail', relativeDelta: null }
    },
    {
      name: 'zero baseline, absolute bound applies as usual',
      rule: { direction: 'lower', 'max-rise': 0.01 },
      candidate: { auc: 0.005 },
      baseline: data({ auc: 0 }),
      expected: { verdict: 'pass', delta: 0.005, relativeDelta: null }
    },
    {
      name: 'missing candidate metric fails',
      rule: higher,
      candidate: { other: 1 },
      baseline: data({ auc: 0.9 }),
      expected: { verdict: 'fail', candidate: null, reason: 'missing in the candidate' }
    },
    {
      name: 'first model: no baseline file, value bounds pass',
      rule: higher,
      candidate: { auc: 0.85 },
      baseline: MISSING,
      expected: { verdict: 'no-baseline', baseline: null, delta: null, reason: 'first model: no baseline' }
    },
    {
      name: 'first model: value bounds still apply',
      rule: higher,
      candidate: { auc: 0.7 },
      baseline: MISSING,
      expected: { verdict: 'fail', reason: '0.7 < min 0.8' }
    },
    {
      name: 'no baseline configured, change bound cannot be judged',
      rule: higher,
      candidate: { auc: 0.85 },
      baseline: NONE,
      expected: { verdict: 'no-baseline', reason: 'no baseline configured' }
    },
    {
      name: 'missing baseline metric fails',
      rule: higher,
      candidate: { auc: 0.85 },
      baseline: data({ loss: 1 }),
      expected: {
        verdict: 'fail',
        baseline: null,
        reason: expect.stringMatching(/missing in the baseline/) as unknown as string
      }
    },
    {
      name: 'missing baseline metric passes with new-metric: allow',
      rule: { ...higher, 'new-metric': 'allow' },
      candidate: { auc: 0.85 },
      baseline: data({ loss: 1 }),
      expected: { verdict: 'pass', reason: 'new metric: no baseline value (allowed)' }
    },
    {
      name: 'NaN candidate fails with the value shown',
      rule: higher,
      candidate: { auc: NaN },
      baseline: data({ auc: 0.85 }),
      expected: {
        verdict: 'fail',
        candidate: NaN,
        delta: null,
        reason: 'candidate is NaN, not a finite number'
      }
    },
    {
      name: 'Infinity candidate fails even with only a min',
      rule: { min: 0 },
      candidate: { auc: Infinity },
      baseline: NONE,
      expected: { verdict: 'fail', reason: 'candidate is Infinity, not a finite number' }
    },
    {
      name: 'NaN baseline fails with the value shown',
      rule: higher,
      candidate: { auc: 0.85 },
      baseline: data({ auc: NaN }),
      expected: { verdict: 'fail', baseline: NaN, reason: 'baseline is NaN, not a finite number' }
    },
    {
      name: '-Infinity baseline fails',
      rule: { direction: 'lower', 'max-rise': 1 },
      candidate: { auc: 1 },
      baseline: data({ auc: -Infinity }),
      expected: { verdict: 'fail', reason: 'baseline is -Infinity, not a finite number' }
    },
    {
      name: 'a non-number candidate fails with the value shown',
      rule: { min: 0 },
      candidate: { auc: '0.9' },
      baseline: NONE,
      expected: { verdict: 'fail', candidate: null, reason: 'candidate is "0.9", not a finite number' }
    },
    {
      name: 'several problems are all reported',
      rule: higher,
      candidate: { auc: 0.5 },
      baseline: data({ auc: 0.9 }),
      expected: { verdict: 'fail', reason: '0.5 < min 0.8; drop 0.4 (44.4444%) > max-drop 0.005' }
    },
    {
      name: 'a rule without bounds only reports',
      rule: { direction: 'higher' },
      candidate: { auc: 0.5 },
      baseline: data({ auc: 0.9 }),
      expected: { verdict: 'pass', bound: 'no bound', delta: -0.4 }
    }
  ]

  it.each(table)('$name', ({ rule, candidate, baseline, expected }) => {
    const rows = evaluateThresholds({ auc: rule }, candidate, baseline)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ kind: 'metric', key: 'auc', ...expected })
  })
})

describe('evaluateThresholds: paths and slices', () => {
  const rule: MetricRule = { direction: 'higher', min: 0.7, 'max-drop': 0.02 }

  it('reads dotted paths', () => {
    const rows = evaluateThresholds(
      { 'eval.auc': rule },
      { eval: { auc: 0.9 } },
      data({ eval: { auc: 0.91 } })
    )
    expect(rows).toMatchObject([
      { key: 'eval.auc', verdict: 'pass', candidate: 0.9, baseline: 0.91, delta: -0.01 }
    ])
  })

  it('reports every slice, including one that vanished from the candidate and a new one', () => {
    const candidate = { slices: { us: { auc: 0.9 }, eu: { auc: 0.75 }, apac: { auc: 0.8 } } }
    const baseline = { slices: { us: { auc: 0.9 }, eu: { auc: 0.8 }, latam: { auc: 0.85 } } }
    const rows = evaluateThresholds({ 'slices.*.auc': rule }, candidate, data(baseline))
    expect(rows.map(r => [r.key, r.verdict])).toEqual([
      ['slices.apac.auc', 'fail'],
      ['slices.eu.auc', 'fail'],
      ['slices.latam.auc', 'fail'],
      ['slices.us.auc', 'pass']
    ])
    expect(rows.find(r => r.key === 'slices.latam.auc')?.reason).toBe('missing in the candidate')
    expect(rows.find(r => r.key === 'slices.eu.auc')?.reason).toMatch(/^drop 0.05/)
  })

  it('a new slice passes with new-metric: allow', () => {
    const rows = evaluateThresholds(
      { 'slices.*.auc': { ...rule, 'new-metric': 'allow' } },
      { slices: { apac: { auc: 0.8 } } },
      data({ slices: {} })
    )
    expect(rows).toMatchObject([{ key: 'slices.apac.auc', verdict: 'pass' }])
  })

  it('slices without a baseline file are each "first model"', () => {
    const rows = evaluateThresholds(
      { 'slices.*.auc': rule },
      { slices: { a: { auc: 0.8 }, b: { auc: 0.6 } } },
      MISSING
    )
    expect(rows.map(r => [r.key, r.verdict])).toEqual([
      ['slices.a.auc', 'no-baseline'],
      ['slices.b.auc', 'fail']
    ])
  })

  it('a wildcard that matches nothing fails', () => {
    const rows = evaluateThresholds({ 'slices.*.auc': rule }, { eval: {} }, MISSING)
    expect(rows).toMatchObject([
      { key: 'slices.*.auc', verdict: 'fail', reason: 'no metric matches slices.*.auc' }
    ])
  })

  it('keeps rule order, one row per concrete metric', () => {
    const rows = evaluateThresholds(
      { loss: { max: 1 }, 'slices.*.auc': { min: 0.5 }, auc: { min: 0.5 } },
      { loss: 0.2, auc: 0.9, slices: { b: { auc: 0.6 }, a: { auc: 0.7 } } },
      NONE
    )
    expect(rows.map(r => r.key)).toEqual(['loss', 'slices.a.auc', 'slices.b.auc', 'auc'])
  })
})
