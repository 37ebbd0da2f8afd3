import { definePractice } from './define-practice.js'
import { activityFinding } from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run load or performance tests on {events}',
  'not-automatic': '{jobs} run load or performance tests, but only on {events} — never without a person',
  none: 'no workflow job runs load or performance tests'
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
      jobs,
      missing:
        'Add a job that runs a load or benchmark suite (k6, JMeter, Locust, Gatling, artillery, github-action-benchmark) on push or on a schedule.'
    })
  }
})
