import { z } from 'zod'
import { defineCheck } from './define-check.js'
import { committedReportsNote } from './committed-reports-note.js'
import { findingFor } from './finding-for.js'
import { testReportVerdict } from './test-report-verdict.js'
import { workspaceGlob } from './workspace-glob.js'

const messages = {
  passing: '{reports} report(s) hold {tests} executed test(s), none failing',
  none: 'no test report matches {globs}{committed}',
  failing: '{file} reports {failed} failing test(s): {cases}',
  unreadable: '{file} could not be read as a test report ({error}); its results are unknown',
  'too-few':
    'the test reports hold {tests} executed test(s) (skipped ones do not count), fewer than min-tests ({min})'
}

const atFile = (file: string) => ({ file, line: 1, column: 1 })

/** Generic `reports` check (design §2.3): the reports parse, hold ≥ `min-tests` tests and no failures or errors. */
export const reportsCheck = defineCheck({
  meta: {
    messages,
    options: {
      reports: z.array(workspaceGlob).min(1).describe('JUnit/xUnit XML report globs'),
      'min-tests': z.number().int().min(0).default(1).describe('the fewest test cases the reports must hold')
    }
  },
  async check(context, options) {
    const globs = options.reports.join(', ')
    const search = await context.evidence.reports.tests(options.reports)
    const verdict = testReportVerdict(search, options['min-tests'])
    const base = { strength: 'run' as const, remediation: '' }
    switch (verdict.kind) {
      case 'none':
        return findingFor(context, messages, 'none', {
          ...base,
          status: 'fail',
          data: { globs, committed: committedReportsNote(search.committed) },
          evidence: [],
          locations: [],
          remediation: `Write the test results as JUnit XML to a path matching ${globs} before the gate runs.`
        })
      case 'failing':
        return findingFor(context, messages, 'failing', {
          ...base,
          status: 'fail',
          data: { file: verdict.file, failed: verdict.failed, cases: verdict.cases },
          evidence: verdict.evidence,
          locations: [atFile(verdict.file)],
          remediation: `Fix the failing tests in ${verdict.file}.`
        })
      case 'unreadable':
        return findingFor(context, messages, 'unreadable', {
          ...base,
          status: 'unknown',
          data: { file: verdict.file, error: verdict.error },
          evidence: verdict.evidence,
          locations: [atFile(verdict.file)],
          remediation: `Make ${verdict.file} a JUnit/xUnit XML report, or narrow the globs so it is not matched.`
        })
      case 'too-few':
        return findingFor(context, messages, 'too-few', {
          ...base,
          status: 'fail',
          data: { tests: verdict.tests, min: options['min-tests'] },
          evidence: verdict.evidence,
          locations: verdict.files.map(atFile),
          remediation: `Make every suite write its results to ${globs}; only ${verdict.tests} test(s) were reported.`
        })
      case 'passing':
        return findingFor(context, messages, 'passing', {
          ...base,
          status: 'pass',
          data: { reports: verdict.reports, tests: verdict.tests },
          evidence: verdict.evidence,
          locations: [],
          remediation: ''
        })
    }
  }
})
