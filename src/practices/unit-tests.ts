import { z } from 'zod'
import { findingFor, formatMessage } from '../checks/finding-for.js'
import type { EvidenceItem, Finding } from '../finding.js'
import type { Practice } from './practice.js'
import { activityFinding } from './support/activity-finding.js'
import { CHANGE_EVENTS } from './support/change-events.js'
import { failingCases } from './support/failing-cases.js'
import { jobGlobs } from './support/job-globs.js'
import { testsEvidence } from './support/tests-evidence.js'
import { testReportGlobs } from './support/test-report-globs.js'
import { withDefaults } from './support/with-defaults.js'

const messages = {
  runs: '{jobs} run tests on {events}; {reports}',
  'not-automatic': '{jobs} run tests, but only on {events} — not on push or pull request',
  none: 'no workflow job runs unit tests',
  'reports-failing': '{file} reports {failed} failing test(s): {cases}',
  'reports-unreadable': '{file} could not be read as a test report ({error}); its results are unknown',
  'too-few-tests': 'the test reports hold {tests} test(s), fewer than min-tests ({min})'
}

const options = {
  reports: testReportGlobs,
  'min-tests': z.number().int().min(0).default(1).describe('the fewest test cases the reports must hold'),
  jobs: jobGlobs
}

export const unitTests: Practice = {
  meta: {
    id: 'unit-tests',
    title: 'Automated unit tests',
    model: 'cdmm',
    rationale:
      'CDMM base, Test & Verification: automatic unit tests run on every change and gate it on their results.',
    messages,
    options
  },
  async check(context, raw) {
    const settings = withDefaults(options, raw)
    const definition = activityFinding(context, messages, {
      purposes: ['unit-test'],
      jobs: settings.jobs,
      events: CHANGE_EVENTS,
      missing:
        'Add a workflow triggered by `push` and `pull_request` that runs the test suite (`npm test`, `pytest`, `go test ./...`, …).'
    })
    if (definition.status !== 'pass') return definition
    const globs = settings.reports.join(', ')
    const search = await context.evidence.reports.tests(settings.reports)
    // The `runs` message is filled in two stages: the jobs by activityFinding, `{reports}` once they are read.
    const withReports = (reports: string, evidence = definition.evidence): Finding => ({
      ...definition,
      message: formatMessage(definition.message, { reports }),
      evidence
    })
    if (search.files.length === 0)
      return withReports(`no test report matches ${globs}, so this rests on the workflow definition alone`)
    const parsed = search.files.flatMap(f => (f.summary ? [{ file: f.file, summary: f.summary }] : []))
    const evidence: EvidenceItem[] = [
      ...definition.evidence,
      ...parsed.map(({ file, summary }) => testsEvidence(file, summary)),
      ...search.files.flatMap(f =>
        f.error === undefined ? [] : [{ kind: 'note' as const, text: `${f.file}: ${f.error}` }]
      )
    ]
    const failing = parsed.find(({ summary }) => summary.failures + summary.errors > 0)
    if (failing) {
      return findingFor(context, messages, 'reports-failing', {
        status: 'fail',
        strength: 'definition',
        data: {
          file: failing.file,
          failed: failing.summary.failures + failing.summary.errors,
          cases: failingCases(failing.summary)
        },
        evidence,
        locations: [{ file: failing.file, line: 1, column: 1 }],
        remediation: `Fix the failing tests in ${failing.file}, or remove the stale report from the workspace.`
      })
    }
    const unreadable = search.files.find(f => f.error !== undefined)
    if (unreadable) {
      return findingFor(context, messages, 'reports-unreadable', {
        status: 'unknown',
        strength: 'definition',
        data: { file: unreadable.file, error: unreadable.error ?? '' },
        evidence,
        locations: [{ file: unreadable.file, line: 1, column: 1 }],
        remediation: `Make ${unreadable.file} a JUnit/xUnit XML report, or narrow \`practices.unit-tests.reports\` so it is not matched.`
      })
    }
    const tests = parsed.reduce((sum, { summary }) => sum + summary.tests, 0)
    if (tests < settings['min-tests']) {
      return findingFor(context, messages, 'too-few-tests', {
        status: 'fail',
        strength: 'definition',
        data: { tests, min: settings['min-tests'] },
        evidence,
        locations: parsed.map(({ file }) => ({ file, line: 1, column: 1 })),
        remediation: `Make the test job write every suite's results to ${globs}; only ${tests} test(s) were reported.`
      })
    }
    return withReports(`${parsed.length} report(s) hold ${tests} test(s), none failing`, evidence)
  }
}
