import { z } from 'zod'
import type { Evidence } from '../evidence/evidence.js'
import type { MetricsRead, RefFile } from '../evidence/evidence.js'
import { evaluateThresholds, metricRuleSchema } from './thresholds.js'
import type { Baseline, MetricRow } from './thresholds.js'
import { parseMetrics } from '../parsers/metrics.js'
import type { OptionsOf } from './check.js'
import { defineCheck } from './define-check.js'
import { findingFor } from './finding-for.js'
import { workspaceGlob } from './workspace-glob.js'
import { messageOf } from '../core/message-of.js'

/** The options of a metrics comparison, shared by the generic check and `model-validation`. */
export const metricsOptionsShape = {
  candidate: workspaceGlob.describe(
    "the candidate model's metrics file (JSON, YAML or CSV), relative to the root"
  ),
  baseline: z
    .strictObject({
      path: workspaceGlob.describe("the previous model's metrics file"),
      ref: z
        .string()
        .min(1)
        .optional()
        .describe('read it at this ref (`base`: the base commit); else the workspace')
    })
    .optional()
    .describe("the previous model's recorded metrics, for change bounds (`max-drop`, `max-rise`)"),
  metrics: z
    .record(z.string().min(1), metricRuleSchema)
    .refine(rules => Object.keys(rules).length > 0, 'name at least one metric')
    .describe('metric key (a path into the file, `*` for every slice) → bounds (design §5)')
}

export type MetricsOptions = OptionsOf<typeof metricsOptionsShape>

/** The outcome of reading both files and applying the rules; `problem` when the rules could not be applied. */
export type MetricsMeasure =
  { rows: MetricRow[] } | { problem: 'candidate-missing' | 'unreadable'; detail: string }

/**
 * Reads the candidate and the baseline and evaluates the thresholds (design §5). A candidate that is missing
 * or unreadable, or a baseline that exists but cannot be read, stops here: the metrics are then unknown or
 * failing, never passed. A baseline absent at its source is the first model: change bounds are skipped.
 */
export async function measureMetrics(evidence: Evidence, options: MetricsOptions): Promise<MetricsMeasure> {
  const candidate = await readMetrics(evidence, options.candidate)
  if ('missing' in candidate) return { problem: 'candidate-missing', detail: options.candidate }
  if ('error' in candidate)
    return { problem: 'unreadable', detail: `${options.candidate}: ${candidate.error}` }
  const baseline = await readBaseline(evidence, options.baseline)
  if ('problem' in baseline) return baseline
  return { rows: evaluateThresholds(options.metrics, candidate.data, baseline) }
}

async function readBaseline(
  evidence: Evidence,
  source: MetricsOptions['baseline']
): Promise<Baseline | { problem: 'unreadable'; detail: string }> {
  if (source === undefined) return { kind: 'none' }
  const where = source.ref === undefined ? source.path : `${source.path} at ${source.ref}`
  // A baseline that is there but refused (symlink out, too large) is not a first model: its bounds would vanish.
  const read =
    source.ref === undefined
      ? await readMetrics(evidence, source.path)
      : parsed(await evidence.atRef(source.ref, source.path), source.path)
  if ('missing' in read) return { kind: 'missing' }
  if ('error' in read) return { problem: 'unreadable', detail: `${where}: ${read.error}` }
  return { kind: 'data', data: read.data }
}

/**
 * A metrics file of the evidence's workspace: through the report reader (50 MB) in the checkout, else the
 * workspace's text, with the reason it gives when the file is there but cannot be read.
 */
async function readMetrics(evidence: Evidence, file: string): Promise<MetricsRead> {
  if (evidence.reports.metrics) return evidence.reports.metrics(file)
  const text = evidence.workspace.read(file)
  if (text !== undefined) return parsed({ found: true, text }, file)
  const why =
    evidence.workspace.whyUnread?.(file) ??
    (evidence.workspace.files.includes(file)
      ? 'not readable (too large, unreadable, or a symlink out of the workspace)'
      : 'not found')
  return why === 'not found' ? { missing: true } : { error: why }
}

function parsed(read: RefFile, file: string): MetricsRead {
  if (!read.found) return read.reason ? { error: read.reason } : { missing: true }
  try {
    return { data: parseMetrics(read.text, file) }
  } catch (error) {
    return { error: messageOf(error) }
  }
}

const messages = {
  pass: '{count} metric(s) within bounds{first}',
  fail: '{failed} of {count} metric(s) out of bounds: {which}',
  'candidate-missing': 'the candidate metrics file {detail} is missing',
  unreadable: 'the metrics could not be compared: {detail}'
}

/** Generic `metrics` check (design §2.3, §5): thresholds over a metrics file hold, optionally against a baseline. */
export const metricsCheck = defineCheck({
  meta: { messages, options: metricsOptionsShape },
  async check(context, options) {
    const measure = await measureMetrics(context.evidence, options)
    const at = [{ file: options.candidate, line: 1, column: 1 }]
    if ('problem' in measure) {
      return findingFor(context, messages, measure.problem, {
        status: measure.problem === 'candidate-missing' ? 'fail' : 'unknown',
        strength: 'run',
        data: { detail: measure.detail },
        evidence: [],
        locations: [],
        remediation: metricsRemedy(options, measure)
      })
    }
    const failed = measure.rows.filter(row => row.verdict === 'fail')
    const firstModel = measure.rows.some(row => row.verdict === 'no-baseline')
      ? ' (first model: no baseline)'
      : ''
    if (failed.length > 0) {
      return findingFor(context, messages, 'fail', {
        status: 'fail',
        strength: 'run',
        data: {
          ...outOfBounds(measure.rows)
        },
        evidence: measure.rows,
        locations: at,
        remediation:
          'Do not promote this model: improve it until every metric is within its bounds, or review the bounds.'
      })
    }
    return findingFor(context, messages, 'pass', {
      status: 'pass',
      strength: 'run',
      data: { count: measure.rows.length, first: firstModel },
      evidence: measure.rows,
      locations: at,
      remediation: ''
    })
  }
})

/** The message data for metrics out of bounds: how many of how many, and each with its reason. */
export function outOfBounds(rows: readonly MetricRow[]): { failed: number; count: number; which: string } {
  const failed = rows.filter(row => row.verdict === 'fail')
  return {
    failed: failed.length,
    count: rows.length,
    which: failed.map(row => `\`${row.key}\` ${row.reason}`).join('; ')
  }
}

/** What to do when the metrics could not be compared, for the file that was the problem. */
export function metricsRemedy(
  options: Pick<MetricsOptions, 'candidate' | 'baseline'>,
  problem: Extract<MetricsMeasure, { problem: string }>
): string {
  if (problem.problem === 'candidate-missing') {
    return `Have the evaluation step write the candidate's metrics to ${options.candidate} before the gate runs.`
  }
  if (problem.detail.startsWith(`${options.candidate}:`)) {
    return `Make ${options.candidate} a JSON, YAML or two-column CSV metrics file.`
  }
  if (options.baseline?.ref === 'base') {
    return 'The baseline is read at the base commit: run on a pull request or push (or give the CLI `--base REF`) with that commit fetchable.'
  }
  return `Make the baseline ${options.baseline?.path ?? ''} readable (it must stay inside the repository).`
}
