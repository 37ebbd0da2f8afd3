import { z } from 'zod'
import { committedReportsNote } from '../checks/committed-reports-note.js'
import { findingFor, formatMessage } from '../checks/finding-for.js'
import { testReportVerdict } from '../checks/test-report-verdict.js'
import type { EvidenceItem, Finding } from '../core/finding.js'
import { definePractice } from './define-practice.js'
import {
  activityFinding,
  IMAGE_BUILD,
  OPAQUE_MESSAGE,
  SWALLOWED_GATE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE
} from './support/findings.js'
import { CHANGE_EVENTS } from './support/events.js'
import { jobGlobs, testReportGlobs } from './support/matchers.js'

const messages = {
  runs: '{jobs} run tests on {events}; {reports}',
  'not-automatic': '{jobs} run tests, but only on {events} — not on push or pull request',
  none: 'no workflow job runs unit tests',
  'reports-failing': '{file} reports {failed} failing test(s): {cases}',
  'reports-unreadable': '{file} could not be read as a test report ({error}); its results are unknown',
  'too-few-tests':
    'the test reports hold {tests} executed test(s) (skipped ones do not count), fewer than min-tests ({min})',
  opaque: OPAQUE_MESSAGE,
  swallowed: SWALLOWED_GATE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
}

const options = {
  reports: testReportGlobs,
  'min-tests': z.number().int().min(0).default(1).describe('the fewest test cases the reports must hold'),
  jobs: jobGlobs
}

export const unitTests = definePractice({
  meta: {
    id: 'unit-tests',
    title: 'Automated unit tests',
    model: 'cdmm',
    rationale:
      'CDMM base, Test & Verification: automatic unit tests run on every change and gate it on their results.',
    messages,
    options
  },
  async check(context, settings) {
    const definition = activityFinding(context, messages, {
      purposes: ['unit-test'],
      opaque: {
        purposes: ['unit-test'],
        calledJobs: ['build'],
        suites: true,
        unless: IMAGE_BUILD,
        work: 'the unit tests'
      },
      swallowed: { work: 'Unit tests', status: 'fail' },
      jobs: settings.jobs,
      events: CHANGE_EVENTS,
      missing:
        'Add a workflow triggered by `push` and `pull_request` that runs the test suite (`npm test`, `pytest`, `go test ./...`, …).'
    })
    if (definition.status !== 'pass') return definition
    const globs = settings.reports.join(', ')
    const search = await context.evidence.reports.tests(settings.reports)
    const verdict = testReportVerdict(search, settings['min-tests'])
    // The `runs` message is filled in two stages: the jobs by activityFinding, `{reports}` once they are read.
    const withReports = (reports: string, evidence: EvidenceItem[] = []): Finding => ({
      ...definition,
      message: formatMessage(definition.message, { reports }),
      evidence: [...definition.evidence, ...evidence]
    })
    const atFile = (file: string) => ({ file, line: 1, column: 1 })
    switch (verdict.kind) {
      case 'none':
        return withReports(
          `no test report matches ${globs}${committedReportsNote(search.committed)}, so this rests on the workflow definition alone`
        )
      case 'failing':
        return findingFor(context, messages, 'reports-failing', {
          status: 'fail',
          strength: 'definition',
          data: { file: verdict.file, failed: verdict.failed, cases: verdict.cases },
          evidence: [...definition.evidence, ...verdict.evidence],
          locations: [atFile(verdict.file)],
          remediation: `Fix the failing tests in ${verdict.file}, or remove the stale report from the workspace.`
        })
      case 'unreadable':
        return findingFor(context, messages, 'reports-unreadable', {
          status: 'unknown',
          strength: 'definition',
          data: { file: verdict.file, error: verdict.error },
          evidence: [...definition.evidence, ...verdict.evidence],
          locations: [atFile(verdict.file)],
          remediation: `Make ${verdict.file} a JUnit/xUnit XML report, or narrow \`practices.unit-tests.reports\` so it is not matched.`
        })
      case 'too-few':
        return findingFor(context, messages, 'too-few-tests', {
          status: 'fail',
          strength: 'definition',
          data: { tests: verdict.tests, min: settings['min-tests'] },
          evidence: [...definition.evidence, ...verdict.evidence],
          locations: verdict.files.map(atFile),
          remediation: `Make the test job write every suite's results to ${globs}; only ${verdict.tests} test(s) were reported.`
        })
      case 'passing':
        return withReports(
          `${verdict.reports} report(s) hold ${verdict.tests} executed test(s), none failing`,
          verdict.evidence
        )
    }
  }
})
