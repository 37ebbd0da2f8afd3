import { definePractice } from './define-practice.js'
import {
  activityFinding,
  OPAQUE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE,
  SWALLOWED_MESSAGE
} from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run a linter or static analyser on {events}',
  'not-automatic': '{jobs} run a linter or static analyser, but only on {events} — never without a person',
  none: 'no workflow job runs a linter or static analyser',
  opaque: OPAQUE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE,
  swallowed: SWALLOWED_MESSAGE
}

const options = { jobs: jobGlobs }

export const staticAnalysis = definePractice({
  meta: {
    id: 'static-analysis',
    title: 'Static code analysis',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Information & Reporting: static code analysis measures code quality on every change instead of by inspection.',
    messages,
    options
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['static-analysis'],
      opaque: { purposes: ['static-analysis', 'security-scan'], work: 'static analysis' },
      swallowed: {
        work: 'Static analysis',
        status: 'unknown',
        orKeep: 'upload its results where they are kept (SARIF to code scanning)'
      },
      jobs,
      missing:
        'Add a lint step to the CI workflow (ESLint, ruff/flake8, golangci-lint, clippy, rubocop, …) so that every push and pull request is analysed.'
    })
  }
})
