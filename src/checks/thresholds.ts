import { z } from 'zod'
import type { EvidenceItem } from '../core/finding.js'
import { lookupMetric } from '../parsers/metrics.js'

/**
 * Model validation thresholds (design §5): each rule bounds a candidate metric's value and, against the
 * previous model's metrics (the baseline), how much it may get worse. Pure: the metrics files arrive parsed.
 */

const changeBound = z.union([
  z.number().nonnegative(),
  z.string().regex(/^(?:\d+(?:\.\d+)?|\.\d+)%$/, "a change bound is a number or a percentage such as '2%'")
])

export const metricRuleSchema = z
  .strictObject({
    direction: z.enum(['higher', 'lower']).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    'max-drop': changeBound.optional(),
    'max-rise': changeBound.optional(),
    'new-metric': z.enum(['allow', 'fail']).optional()
  })
  .superRefine((rule, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message })
    }
    if ((rule['max-drop'] !== undefined || rule['max-rise'] !== undefined) && rule.direction === undefined) {
      issue('direction', 'direction (higher or lower) is required with max-drop or max-rise')
    }
    if (rule['max-drop'] !== undefined && rule.direction === 'lower') {
      issue('max-drop', 'max-drop bounds a metric where higher is better; use max-rise with direction: lower')
    }
    if (rule['max-rise'] !== undefined && rule.direction === 'higher') {
      issue('max-rise', 'max-rise bounds a metric where lower is better; use max-drop with direction: higher')
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      issue('min', `min ${rule.min} is above max ${rule.max}`)
    }
  })

export type MetricRule = z.infer<typeof metricRuleSchema>

/**
 * The previous model's metrics: `none` when the policy names no baseline, `missing` when it names one that
 * does not exist yet (the first model), else the parsed file.
 */
export type Baseline = { kind: 'none' } | { kind: 'missing' } | { kind: 'data'; data: unknown }

/**
 * One row per concrete metric, an `EvidenceItem` of kind `metric` plus the reason for its verdict.
 * `delta` is candidate − baseline; `relativeDelta` is delta / |baseline| as a fraction (−0.02 is 2% lower),
 * null when the baseline is 0. Non-finite values are kept as they are (NaN, ±Infinity), which JSON writes as
 * null; the reason always spells them out.
 */
export type MetricRow = Extract<EvidenceItem, { kind: 'metric' }> & { reason: string }

type Reading =
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  | { kind: 'bad'; shown: string; value: number | null }

function read(value: unknown): Reading {
  if (value === undefined) return { kind: 'missing' }
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'bad', shown: String(value), value }
  // JSON.stringify gives undefined only for a function or a symbol, which no parsed metrics file holds.
  const shown = (JSON.stringify(value) as string | undefined) ?? typeof value
  return { kind: 'bad', shown: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown, value: null }
}

/** Rounds away float noise (0.85 − 0.845 = 0.0050000000000000044) from figures that are shown and compared. */
function tidy(n: number): number {
  return Number(n.toPrecision(12))
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(6)))
}

function percentText(fraction: number): string {
  return `${fmt(fraction * 100)}%`
}

/** The rule as people write it: "≥ 0.8, drop ≤ 0.005". */
function boundText(rule: MetricRule): string {
  const parts: string[] = []
  if (rule.min !== undefined) parts.push(`≥ ${rule.min}`)
  if (rule.max !== undefined) parts.push(`≤ ${rule.max}`)
  if (rule['max-drop'] !== undefined) parts.push(`drop ≤ ${rule['max-drop']}`)
  if (rule['max-rise'] !== undefined) parts.push(`rise ≤ ${rule['max-rise']}`)
  return parts.length > 0 ? parts.join(', ') : 'no bound'
}

function hasChangeBound(rule: MetricRule): boolean {
  return rule['max-drop'] !== undefined || rule['max-rise'] !== undefined
}

function valueProblems(rule: MetricRule, candidate: Reading): string[] {
  if (candidate.kind === 'missing') return ['missing in the candidate']
  if (candidate.kind === 'bad') return [`candidate is ${candidate.shown}, not a finite number`]
  const c = candidate.value
  const problems: string[] = []
  if (rule.min !== undefined && c < rule.min) problems.push(`${fmt(c)} < min ${rule.min}`)
  if (rule.max !== undefined && c > rule.max) problems.push(`${fmt(c)} > max ${rule.max}`)
  return problems
}

/**
 * The change bound: how much worse than the baseline the candidate may be. Absolute bounds are in the
 * metric's unit; relative ones ('2%') are taken of |baseline|, so a negative baseline (a log-likelihood)
 * works. A relative bound of a zero baseline allows no change at all in the bad direction: "2% of 0" is 0,
 * and the relative change itself is undefined, which the reason says. Bounds are inclusive up to float
 * rounding, so `max-drop: 0.005` passes 0.85 → 0.845.
 */
function changeProblem(rule: MetricRule, c: number, b: number): string | undefined {
  const higher = rule.direction === 'higher'
  const bound = higher ? rule['max-drop'] : rule['max-rise']
  if (bound === undefined) return undefined
  const word = higher ? 'drop' : 'rise'
  const worse = higher ? b - c : c - b
  const relative = typeof bound === 'string'
  const allowed = relative ? (Number(bound.slice(0, -1)) / 100) * Math.abs(b) : bound
  const tolerance = 8 * Number.EPSILON * Math.max(1, Math.abs(b), Math.abs(c))
  if (worse <= allowed + tolerance) return undefined
  if (relative && b === 0) {
    return `${word} ${fmt(worse)} from a baseline of 0: a relative bound (${bound}) allows no ${word} there, as the relative change is undefined`
  }
  const of = b !== 0 ? ` (${percentText(worse / Math.abs(b))})` : ''
  return `${word} ${fmt(worse)}${of} > max-${word} ${bound}`
}

function evaluateOne(
  key: string,
  rule: MetricRule,
  candidateValue: unknown,
  baseline: Baseline,
  baselineValue: unknown
): MetricRow {
  const candidate = read(candidateValue)
  const problems = valueProblems(rule, candidate)
  const row: MetricRow = {
    kind: 'metric',
    key,
    candidate: candidate.kind === 'missing' ? null : candidate.value,
    baseline: null,
    delta: null,
    relativeDelta: null,
    bound: boundText(rule),
    verdict: 'pass',
    reason: 'within bounds'
  }
  /** The verdict once every check has run: any problem fails, else the given outcome. */
  const conclude = (outcome: 'no-baseline' | 'pass', reason: string): MetricRow =>
    problems.length > 0
      ? { ...row, verdict: 'fail', reason: problems.join('; ') }
      : { ...row, verdict: outcome, reason }

  if (baseline.kind === 'none') {
    return hasChangeBound(rule)
      ? conclude('no-baseline', 'no baseline configured')
      : conclude('pass', 'within bounds')
  }
  if (baseline.kind === 'missing') return conclude('no-baseline', 'first model: no baseline')

  const base = read(baselineValue)
  if (base.kind === 'missing') {
    if (rule['new-metric'] === 'allow') return conclude('pass', 'new metric: no baseline value (allowed)')
    problems.push('missing in the baseline (new-metric: allow accepts new metrics)')
    return conclude('pass', 'within bounds')
  }
  row.baseline = base.value
  if (base.kind === 'bad') {
    problems.push(`baseline is ${base.shown}, not a finite number`)
    return conclude('pass', 'within bounds')
  }
  if (candidate.kind !== 'number') return conclude('pass', 'within bounds')
  const delta = tidy(candidate.value - base.value)
  row.delta = delta
  row.relativeDelta = base.value !== 0 ? tidy(delta / Math.abs(base.value)) : null
  const change = changeProblem(rule, candidate.value, base.value)
  if (change) problems.push(change)
  return conclude('pass', 'within bounds')
}

/**
 * The concrete metrics a rule key names: itself, or for a key with `*` every match in the candidate and in
 * the baseline (a slice that vanished from the candidate is reported missing, not forgotten).
 */
function concreteKeys(key: string, candidate: unknown, baseline: Baseline): string[] {
  if (!key.split('.').includes('*')) return [key]
  const found = (data: unknown) => lookupMetric(data, key).map(m => m.path)
  const keys = new Set(found(candidate))
  if (baseline.kind === 'data') for (const k of found(baseline.data)) keys.add(k)
  const concrete = [...keys].filter(k => k !== key)
  return concrete.sort()
}

function valueAt(data: unknown, key: string): unknown {
  return lookupMetric(data, key)[0]?.value
}

/**
 * Evaluates every rule against the candidate metrics and the baseline, one row per concrete metric in rule
 * order (a `*` rule's rows sorted by key). A `*` rule that matches nothing fails: a gate must not pass on
 * metrics it could not find.
 */
export function evaluateThresholds(
  rules: Record<string, MetricRule>,
  candidate: unknown,
  baseline: Baseline
): MetricRow[] {
  return Object.entries(rules).flatMap(([key, rule]) => {
    const keys = concreteKeys(key, candidate, baseline)
    if (keys.length === 0) {
      return [
        {
          ...evaluateOne(key, rule, undefined, { kind: 'none' }, undefined),
          reason: `no metric matches ${key}`
        }
      ]
    }
    return keys.map(k =>
      evaluateOne(
        k,
        rule,
        valueAt(candidate, k),
        baseline,
        baseline.kind === 'data' ? valueAt(baseline.data, k) : undefined
      )
    )
  })
}
