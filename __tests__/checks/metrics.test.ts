import { describe, expect, it } from '@jest/globals'
import { metricsCheck } from '../../src/checks/metrics.js'
import type { MetricsOptions } from '../../src/checks/metrics.js'
import type { RefFile } from '../../src/evidence/evidence.js'
import { contextFor, evidenceFrom } from '../helpers/evidence.js'

const RULES: MetricsOptions['metrics'] = {
  auc: { direction: 'higher', min: 0.8, 'max-drop': 0.005 },
  latency_ms: { direction: 'lower', max: 250, 'max-rise': '10%' }
}

async function judge(
  files: Record<string, string>,
  options: Partial<MetricsOptions>,
  atRef?: Record<string, RefFile>
) {
  const evidence = await evidenceFrom(files, {
    atRef: (ref, file) => Promise.resolve(atRef?.[`${ref}:${file}`] ?? { found: false, reason: `no ${ref}` })
  })
  return metricsCheck.check(contextFor('model-metrics', evidence), {
    candidate: 'metrics/candidate.json',
    metrics: RULES,
    ...options
  })
}

const candidate = (auc: number, latency: number) => JSON.stringify({ auc, latency_ms: latency })

describe('the metrics check', () => {
  it.each<{
    name: string
    files: Record<string, string>
    options: Partial<MetricsOptions>
    status: string
    messageId: string
    mentions?: string[]
  }>([
    {
      name: 'within value and change bounds against a workspace baseline',
      files: { 'metrics/candidate.json': candidate(0.86, 200), 'metrics/prod.json': candidate(0.862, 190) },
      options: { baseline: { path: 'metrics/prod.json' } },
      status: 'pass',
      messageId: 'pass'
    },
    {
      name: 'auc dropped more than max-drop',
      files: { 'metrics/candidate.json': candidate(0.85, 200), 'metrics/prod.json': candidate(0.86, 190) },
      options: { baseline: { path: 'metrics/prod.json' } },
      status: 'fail',
      messageId: 'fail',
      mentions: ['1 of 2', '`auc`']
    },
    {
      name: 'first model: no baseline file, value bounds still apply',
      files: { 'metrics/candidate.json': candidate(0.9, 100) },
      options: { baseline: { path: 'metrics/prod.json' } },
      status: 'pass',
      messageId: 'pass',
      mentions: ['first model: no baseline']
    },
    {
      name: 'first model below the value bound still fails',
      files: { 'metrics/candidate.json': candidate(0.7, 100) },
      options: { baseline: { path: 'metrics/prod.json' } },
      status: 'fail',
      messageId: 'fail'
    },
    {
      name: 'missing candidate file fails',
      files: {},
      options: {},
      status: 'fail',
      messageId: 'candidate-missing'
    },
    {
      name: 'unparseable candidate is unknown, never pass',
      files: { 'metrics/candidate.json': '{ auc: ' },
      options: {},
      status: 'unknown',
      messageId: 'unreadable'
    },
    {
      name: 'a baseline at base that cannot be read is unknown with the reason',
      files: { 'metrics/candidate.json': candidate(0.9, 100) },
      options: { baseline: { path: 'metrics/prod.json', ref: 'base' } },
      status: 'unknown',
      messageId: 'unreadable',
      mentions: ['metrics/prod.json at base: no base']
    }
  ])('$name', async ({ files, options, status, messageId, mentions }) => {
    const finding = await judge(files, options)
    expect(finding).toMatchObject({ status, messageId })
    for (const text of mentions ?? []) expect(finding.message).toContain(text)
  })

  it('reads the baseline at the base commit and reports every metric with its delta', async () => {
    const finding = await judge(
      { 'metrics/candidate.json': candidate(0.84, 260) },
      { baseline: { path: 'metrics/prod.json', ref: 'base' } },
      { 'base:metrics/prod.json': { found: true, text: candidate(0.86, 200) } }
    )
    expect(finding.status).toBe('fail')
    const rows = finding.evidence.filter(item => item.kind === 'metric')
    expect(rows.map(row => [row.key, row.candidate, row.baseline, row.verdict])).toEqual([
      ['auc', 0.84, 0.86, 'fail'],
      ['latency_ms', 260, 200, 'fail']
    ])
  })

  it('a baseline absent at the ref (found: false, no reason) is the first model', async () => {
    const finding = await judge(
      { 'metrics/candidate.json': candidate(0.9, 100) },
      { baseline: { path: 'metrics/prod.json', ref: 'base' } },
      { 'base:metrics/prod.json': { found: false } }
    )
    expect(finding).toMatchObject({ status: 'pass' })
    expect(finding.message).toContain('first model')
  })
})
