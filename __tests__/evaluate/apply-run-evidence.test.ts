import { describe, it, expect } from '@jest/globals'
import { applyRunEvidence } from '../../src/evaluate/apply-run-evidence.js'
import type { RunView } from '../../src/evidence/evidence.js'
import type { RunJob } from '../../src/evidence/run-evidence.js'
import type { Finding } from '../../src/core/finding.js'

const WORKFLOW = '.github/workflows/ci.yml'

function finding(jobs: string[], overrides: Partial<Finding> = {}): Finding {
  return {
    practice: 'unit-tests',
    status: 'pass',
    strength: 'definition',
    messageId: 'runs',
    message: 'tests run',
    evidence: jobs.map(job => ({ kind: 'job' as const, workflow: WORKFLOW, job })),
    locations: [],
    remediation: '',
    ...overrides
  }
}

function runJob(name: string, conclusion: string | null, status = 'completed'): RunJob {
  return { id: 1, name, status, conclusion, startedAt: null, completedAt: null, steps: [] }
}

function run(jobs: Record<string, RunJob[]>): RunView {
  return { event: 'push', workflow: WORKFLOW, jobs: new Map(Object.entries(jobs)), unmatched: [] }
}

describe('applyRunEvidence', () => {
  it.each([
    {
      name: 'every job succeeded → pass at run strength',
      jobs: { test: [runJob('test (ubuntu, 20)', 'success'), runJob('test (ubuntu, 22)', 'success')] },
      status: 'pass',
      strength: 'run',
      message: /succeeded in this run \(`test \(ubuntu, 20\)`, `test \(ubuntu, 22\)`\)/
    },
    {
      name: 'one matrix leg failed → fail at run strength naming it',
      jobs: { test: [runJob('test (ubuntu, 20)', 'success'), runJob('test (ubuntu, 22)', 'failure')] },
      status: 'fail',
      strength: 'run',
      message: /did not pass in this run: job `test \(ubuntu, 22\)` concluded failure/
    },
    {
      name: 'cancelled counts as not passing',
      jobs: { test: [runJob('test', 'cancelled')] },
      status: 'fail',
      strength: 'run',
      message: /concluded cancelled/
    },
    {
      name: 'timed out counts as not passing',
      jobs: { test: [runJob('test', 'timed_out')] },
      status: 'fail',
      strength: 'run',
      message: /concluded timed_out/
    },
    {
      name: 'skipped (an upstream failed) is not charged → definition, not exercised',
      jobs: { test: [runJob('test', 'skipped')] },
      status: 'pass',
      strength: 'definition',
      message: /not exercised in this run/
    },
    {
      name: 'absent from the run → definition, not exercised',
      jobs: { test: [] },
      status: 'pass',
      strength: 'definition',
      message: /not exercised in this run/
    },
    {
      name: 'still running when the gate ran → unknown, it may yet fail',
      jobs: { test: [runJob('test (a)', 'success'), runJob('test (b)', null, 'in_progress')] },
      status: 'unknown',
      strength: 'run',
      message: /job `test \(b\)` was still in progress when the gate ran/
    }
  ])('$name', ({ jobs, status, strength, message }) => {
    const refined = applyRunEvidence(finding(['test']), run(jobs), false)
    expect(refined).toMatchObject({ status, strength })
    expect(refined.message).toMatch(message)
  })

  it('strict mode turns "not exercised" into unknown', () => {
    const refined = applyRunEvidence(
      finding(['deploy']),
      run({ deploy: [runJob('deploy', 'skipped')] }),
      true
    )
    expect(refined).toMatchObject({ status: 'unknown', messageId: 'not-exercised' })
  })

  it('strict mode without any run evidence is unknown too', () => {
    expect(applyRunEvidence(finding(['test']), undefined, true).status).toBe('unknown')
  })

  it('offline without strict leaves the finding untouched', () => {
    const original = finding(['test'])
    expect(applyRunEvidence(original, undefined, false)).toBe(original)
  })

  it('jobs of other workflows did not run in this run', () => {
    const other = finding([], {
      evidence: [{ kind: 'job', workflow: '.github/workflows/deploy.yml', job: 'test' }]
    })
    expect(applyRunEvidence(other, run({ test: [runJob('test', 'failure')] }), false).status).toBe('pass')
  })

  it.each<Partial<Finding>>([{ status: 'fail' }, { status: 'not-applicable' }, { strength: 'attested' }])(
    'leaves %j alone',
    overrides => {
      const original = finding(['test'], overrides)
      expect(applyRunEvidence(original, run({ test: [runJob('test', 'failure')] }), true)).toBe(original)
    }
  )
})
