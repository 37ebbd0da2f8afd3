import { describe, expect, it } from '@jest/globals'
import { upstreamWarnings } from '../../src/evaluate/upstream-warnings.js'
import type { Finding } from '../../src/core/finding.js'
import type { RunView } from '../../src/evidence/evidence.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../../src/workflow/environment-class.js'
import { evidenceFrom, workflow } from '../helpers/evidence.js'

const CI = '.github/workflows/ci.yml'

/** A gate step mid-pipeline (after evaluate, before promote), a parallel e2e job, and a job of another workflow. */
const FILES = {
  ...workflow(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps: [{ run: make }]
  e2e:
    runs-on: ubuntu-latest
    steps: [{ run: npx playwright test }]
  gate:
    needs: build
    runs-on: ubuntu-latest
    steps: [{ uses: maturity-gate/maturity-gate@v0 }]
  promote:
    needs: gate
    runs-on: ubuntu-latest
    steps: [{ run: ./promote.sh }]
`),
  ...workflow(
    'on: schedule\njobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps: [{ run: k6 run load.js }]\n',
    'nightly.yml'
  )
}

function finding(
  practice: string,
  jobs: Array<[string, string]>,
  status: Finding['status'] = 'pass'
): Finding {
  return {
    practice,
    status,
    strength: 'definition',
    messageId: 'runs',
    message: '',
    evidence: jobs.map(([file, job]) => ({ kind: 'job' as const, workflow: file, job })),
    locations: [],
    remediation: ''
  }
}

async function warningsFor(findings: Finding[], gateJob: string | undefined) {
  const run: RunView = {
    event: 'push',
    workflow: CI,
    jobs: new Map(),
    unmatched: [],
    ...(gateJob ? { gateJob } : {})
  }
  const evidence = await evidenceFrom(FILES, { run })
  return upstreamWarnings(findings, evidence, DEFAULT_ENVIRONMENT_PATTERNS).map(w => w.message)
}

describe('upstreamWarnings', () => {
  it('names a judged job beside the gate, once, with every practice judged from it', async () => {
    const findings = [
      finding('ci-on-change', [
        [CI, 'build'],
        [CI, 'e2e']
      ]),
      finding('acceptance-tests', [[CI, 'e2e']], 'fail')
    ]
    expect(await warningsFor(findings, 'gate')).toEqual([
      'ci-on-change, acceptance-tests judged from job `e2e`, which does not finish before this gate: add it to the `needs:` of job `gate`'
    ])
  })

  it('says nothing of jobs the gate needs, jobs that wait for the gate, other workflows or waived practices', async () => {
    const findings = [
      finding('scripted-build', [[CI, 'build']]),
      finding('continuous-deployment', [[CI, 'promote']]),
      finding('performance-tests', [['.github/workflows/nightly.yml', 'nightly']]),
      finding('acceptance-tests', [[CI, 'e2e']], 'waived')
    ]
    expect(await warningsFor(findings, 'gate')).toEqual([])
  })

  it('says nothing without the gate job (the CLI), or when it is not a job of the run’s workflow', async () => {
    const findings = [finding('acceptance-tests', [[CI, 'e2e']])]
    expect(await warningsFor(findings, undefined)).toEqual([])
    expect(await warningsFor(findings, 'elsewhere')).toEqual([])
  })
})
