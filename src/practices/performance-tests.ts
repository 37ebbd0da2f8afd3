import { definePractice } from './define-practice.js'
import { activityFinding, SWALLOWED_MESSAGE } from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run load or performance tests on {events}',
  'not-automatic': '{jobs} run load or performance tests, but only on {events} — never without a person',
  none: 'no workflow job runs load or performance tests',
  swallowed: SWALLOWED_MESSAGE
}

const options = { jobs: jobGlobs }

export const performanceTests = definePractice({
  meta: {
    id: 'performance-tests',
    title: 'Automated performance tests',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Test & Verification: performance tests run automatically, so regressions in speed and capacity are caught like functional ones.',
    messages,
    options
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['performance-test'],
      swallowed: {
        work: 'Performance tests',
        status: 'unknown',
        orKeep: 'keep its results where they are compared run to run (github-action-benchmark, a dashboard)'
      },
      jobs,
      missing:
        'Add a job that runs a load or benchmark suite (k6, JMeter, Locust, Gatling, artillery, github-action-benchmark) on push or on a schedule.'
    })
  }
})
