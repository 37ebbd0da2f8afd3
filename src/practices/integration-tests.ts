import { definePractice } from './define-practice.js'
import {
  activityFinding,
  OPAQUE_MESSAGE,
  SWALLOWED_GATE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE
} from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run integration tests on {events}',
  'not-automatic': '{jobs} run integration tests, but only on {events} — never without a person',
  none: 'no workflow job runs integration tests (no integration suite, `services:` container or testcontainers)',
  opaque: OPAQUE_MESSAGE,
  swallowed: SWALLOWED_GATE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
}

const options = { jobs: jobGlobs }

export const integrationTests = definePractice({
  meta: {
    id: 'integration-tests',
    title: 'Automated integration tests',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Test & Verification: automatic integration tests check the parts together against real dependencies.',
    messages,
    options
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['integration-test'],
      opaque: {
        purposes: ['integration-test', 'acceptance-test'],
        suites: true,
        work: 'the integration tests'
      },
      swallowed: { work: 'Integration tests', status: 'fail' },
      jobs,
      missing:
        'Add a CI job that runs the integration suite against its real dependencies (a `services:` database, testcontainers), e.g. `npm run test:integration`.'
    })
  }
})
