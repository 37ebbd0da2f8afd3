/**
 * Test-report actions that fail their own step, and so the job, when the report holds a failed test: after
 * them, a test step whose failure was swallowed so that the report is always written still gates the job.
 * Only those whose step fails are here: a reporter that only marks its check run failed (ScaCap's
 * `fail_on_test_failures`, EnricoMi's `fail_on`) leaves the job green.
 */
export interface FailingReporter {
  uses: string
  /** The input that turns the failing on or off. */
  input: string
  /** Whether it fails when the input is not given. */
  byDefault: boolean
}

export const FAILING_REPORTERS: readonly FailingReporter[] = [
  // action.yml: `fail-on-error: Set this action as failed if test report contain any failed test`, default 'true'.
  { uses: 'dorny/test-reporter', input: 'fail-on-error', byDefault: true },
  // `fail_on_failure: Fail the build in case a test failure occurred`, default false.
  { uses: 'mikepenz/action-junit-report', input: 'fail_on_failure', byDefault: false }
]
