import { definePractice } from './define-practice.js'
import {
  activityFinding,
  OPAQUE_MESSAGE,
  SWALLOWED_GATE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE
} from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run acceptance/end-to-end tests on {events}',
  'not-automatic': '{jobs} run acceptance/end-to-end tests, but only on {events} — never without a person',
  none: 'no workflow job runs acceptance or end-to-end tests',
  opaque: OPAQUE_MESSAGE,
  swallowed: SWALLOWED_GATE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
}

const options = { jobs: jobGlobs }

export const acceptanceTests = definePractice({
  meta: {
    id: 'acceptance-tests',
    title: 'Automated acceptance tests',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Test & Verification: some acceptance tests are automated, exercising the system as its users do.',
    messages,
    options
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['acceptance-test'],
      opaque: { purposes: ['acceptance-test'], suites: true, work: 'the acceptance tests' },
      swallowed: { work: 'Acceptance tests', status: 'fail' },
      jobs,
      missing:
        'Add an end-to-end job (Playwright, Cypress, Selenium, Cucumber) that runs on push or pull request, or name an existing suite in `practices.acceptance-tests.jobs`.'
    })
  }
})
