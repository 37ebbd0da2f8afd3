import { definePractice } from './define-practice.js'
import {
  activityFinding,
  OPAQUE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE,
  SWALLOWED_MESSAGE
} from './support/findings.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} scan for vulnerabilities or secrets on {events}',
  'not-automatic':
    '{jobs} scan for vulnerabilities or secrets, but only on {events} — never without a person',
  none: 'no workflow job runs a security scan (SAST, dependency or secret scanning)',
  opaque: OPAQUE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE,
  swallowed: SWALLOWED_MESSAGE
}

const options = { jobs: jobGlobs }

export const securityTests = definePractice({
  meta: {
    id: 'security-tests',
    title: 'Automated security tests',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Test & Verification: security testing is automated in the pipeline (code, dependency and secret scanning) rather than left to audits.',
    messages,
    options
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['security-scan'],
      opaque: { purposes: ['security-scan'], work: 'the security scan' },
      swallowed: {
        work: 'A security scan',
        status: 'unknown',
        orKeep: 'upload its results where they are kept (SARIF to code scanning)'
      },
      jobs,
      missing:
        'Add a scanning job on push and pull request: github/codeql-action, actions/dependency-review-action, Trivy, Semgrep, gitleaks or `npm audit`/`pip-audit`.'
    })
  }
})
