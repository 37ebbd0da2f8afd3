import { committedReportsNote } from '../checks/committed-reports-note.js'
import { findingFor } from '../checks/finding-for.js'
import { definePractice } from './define-practice.js'
import {
  activityFinding,
  IMAGE_BUILD,
  OPAQUE_MESSAGE,
  OPAQUE_NOT_AUTOMATIC_MESSAGE
} from './support/findings.js'
import { jobGlobs, testReportGlobs } from './support/matchers.js'
import { testsEvidence } from '../checks/tests-evidence.js'
import { keptWhateverTheOutcome } from './support/kept-whatever-the-outcome.js'
import { pipelineOf } from './support/pipeline.js'

const messages = {
  runs: '{jobs} keep test results as reports (uploaded or published) on {events}',
  'not-automatic': '{jobs} keep test results as reports, but only on {events} — never without a person',
  found: '{count} machine-readable test report(s) in the workspace: {files}',
  none: 'no test results are kept: no job uploads or publishes a test report, and none matches {globs}',
  unreadable:
    '{file} matches {globs} but could not be read as a test report ({error}); whether results are kept is unknown',
  opaque: OPAQUE_MESSAGE,
  'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
}

const options = { reports: testReportGlobs, jobs: jobGlobs }

export const testReports = definePractice({
  meta: {
    id: 'test-reports',
    title: 'Test reports',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Information & Reporting: reports are generated automatically, so test results are kept and comparable rather than read from logs.',
    messages,
    options
  },
  async check(context, settings) {
    const globs = settings.reports.join(', ')
    const definition = activityFinding(context, messages, {
      purposes: ['test-report'],
      opaque: {
        purposes: ['test-report'],
        calledJobs: ['unit-test', 'integration-test', 'acceptance-test', 'build'],
        suites: 'called-jobs',
        unless: IMAGE_BUILD,
        work: 'keeping the test reports'
      },
      jobs: settings.jobs,
      data: { globs },
      missing:
        'Write JUnit XML from the test runner (jest-junit, `pytest --junitxml`, go-junit-report, surefire) and keep it: `actions/upload-artifact` or a reporter such as dorny/test-reporter.'
    })
    if (definition.status === 'pass')
      return keptWhateverTheOutcome(definition, pipelineOf(context.evidence, context.environments))
    const search = await context.evidence.reports.tests(settings.reports)
    const parsed = search.files.flatMap(f => (f.summary ? [{ file: f.file, summary: f.summary }] : []))
    const unreadable = search.files.find(f => f.error !== undefined)
    if (parsed.length === 0 && unreadable) {
      return findingFor(context, messages, 'unreadable', {
        status: 'unknown',
        strength: 'definition',
        data: { file: unreadable.file, globs, error: unreadable.error ?? '' },
        evidence: [],
        locations: [{ file: unreadable.file, line: 1, column: 1 }],
        remediation: `Make ${unreadable.file} a JUnit/xUnit XML report, or narrow \`practices.test-reports.reports\` so it is not matched.`
      })
    }
    if (parsed.length === 0)
      return { ...definition, message: definition.message + committedReportsNote(search.committed) }
    return findingFor(context, messages, 'found', {
      status: 'pass',
      strength: 'definition',
      data: {
        count: parsed.length,
        files: parsed
          .slice(0, 3)
          .map(({ file }) => file)
          .join(', ')
      },
      evidence: parsed.map(({ file, summary }) => testsEvidence(file, summary)),
      locations: parsed.map(({ file }) => ({ file, line: 1, column: 1 })),
      remediation: ''
    })
  }
})
