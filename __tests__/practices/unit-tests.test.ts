import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseJunit } from '../../src/parsers/junit.js'
import { failingCases } from '../../src/checks/failing-cases.js'
import { unitTests } from '../../src/practices/unit-tests.js'
import { judge, workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { remoteCall } from '../helpers/opaque-calls.js'
import { reportsFrom } from '../helpers/reports-from.js'

const junit = (file: string): string =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/reports/junit', file), 'utf8')

const npmTestOnPush = workflow(
  'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n'
)
const reports = (files: Record<string, string>) => ({ reports: reportsFrom(files) })

testPractice(unitTests, {
  valid: [
    {
      name: 'the Ant starter workflow whose build.xml runs <junit> in its default target',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build with Ant\n        run: ant -noinput -buildfile build.xml\n'
        ),
        'build.xml':
          '<project name="app" default="test"><target name="test"><junit haltonfailure="yes"><test name="AppTest"/></junit></target></project>\n'
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      // The tests may fail so that the report is always written; dorny/test-reporter fails the job on it.
      name: 'swallowed tests gated by a reporter that fails the job on a failed test (dorny/test-reporter)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=report.xml\n        continue-on-error: true\n      - uses: dorny/test-reporter@v1\n        if: always()\n        with:\n          name: pytest\n          path: report.xml\n          reporter: java-junit\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: "swallowed tests gated by mikepenz/action-junit-report's fail_on_failure: true",
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest --ci --reporters=jest-junit || true\n      - uses: mikepenz/action-junit-report@v5\n        with:\n          report_paths: junit.xml\n          fail_on_failure: true\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a fallback that still fails the step (|| (cat log; exit 1)) is a test, not a swallowed one',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test || (cat npm-debug.log; exit 1)\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'near miss: a message and then a failure (|| { echo failed; exit 1; }) still fails the step',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest tests || { echo "tests failed"; exit 1; }\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a swallowed extra run beside tests that can fail: the tests count',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n      - run: npm run test:flaky\n        continue-on-error: true\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'bare rake whose Rakefile makes the specs the default task',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ruby/setup-ruby@v1\n      - run: bundle exec rake\n'
        ),
        Rakefile:
          'require "rspec/core/rake_task"\nRSpec::Core::RakeTask.new(:spec)\ntask default: %i[spec rubocop]\n'
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'dart test (the Dart starter workflow)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dart-lang/setup-dart@v1\n      - run: dart pub get\n      - name: Run tests\n        run: dart test\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    // The test runners of the ci/ starter workflows, in a job whose name says nothing.
    ...(
      [
        ['crystal spec (Crystal)', 'crystal spec'],
        ['dub test (D)', 'dub test --compiler=$DC'],
        ['cabal test (Haskell)', 'cabal test all'],
        ['rebar3 eunit and ct (Erlang)', 'rebar3 do eunit, ct'],
        [
          'xcodebuild test-without-building (iOS)',
          'xcodebuild test-without-building -scheme "$scheme" -destination "platform=iOS Simulator,name=iPhone 15"'
        ],
        [
          'R CMD check through rcmdcheck (R)',
          'rcmdcheck::rcmdcheck(args = "--no-manual", error_on = "error")'
        ]
      ] satisfies Array<[string, string]>
    ).map(([name, run]) => ({
      name,
      files: workflow(
        `on: [push, pull_request]\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: ${JSON.stringify(run)}\n`
      ),
      status: 'pass' as const,
      messageId: 'runs'
    })),
    {
      // The Ruby starter: rake with no task runs the default task, the test suite in Rails and gem projects.
      name: 'bundle exec rake with no task',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: true\n      - name: Run tests\n        run: bundle exec rake\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'npm test on push and pull_request, no report: judged on the definition',
      files: npmTestOnPush,
      status: 'pass',
      messageId: 'runs',
      mentions: ['`test`', 'pull_request, push', 'no test report matches', 'workflow definition alone'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'pytest on merge_group only',
      files: workflow('on: merge_group\njobs:\n  py:\n    runs-on: x\n    steps:\n      - run: pytest -q\n'),
      status: 'pass',
      messageId: 'runs',
      mentions: ['merge_group']
    },
    {
      name: 'make test resolved through the Makefile',
      files: {
        ...workflow('on: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: make check\n'),
        Makefile: 'check:\n\tgo test ./...\n'
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a passing JUnit report is read and counted',
      files: npmTestOnPush,
      evidence: reports({ 'reports/junit-eslint.xml': junit('jest-junit-eslint.xml') }),
      status: 'pass',
      messageId: 'runs',
      mentions: ['1 report(s) hold 1 executed test(s), none failing']
    },
    {
      name: 'a job the policy names as tests counts, although the catalog does not know its command',
      files: workflow(
        'on: push\njobs:\n  verify:\n    runs-on: x\n    steps:\n      - run: ./bin/verify-all\n'
      ),
      options: { jobs: ['verify'] },
      status: 'pass',
      messageId: 'runs',
      mentions: ['`verify`']
    },
    {
      // A sample report with failures on purpose, committed (Apache Ant's junitreport test cases).
      name: 'a committed report with failures is no run of these tests: named, not read',
      files: npmTestOnPush,
      evidence: { reports: reportsFrom({}, ['src/etc/testcases/junitreport/TEST-sample.CoinTest.xml']) },
      status: 'pass',
      messageId: 'runs',
      mentions: [
        'the file matching them is committed unchanged (src/etc/testcases/junitreport/TEST-sample.CoinTest.xml): no run wrote it, and it was not read'
      ]
    },
    {
      // Only the legs the expression picks may fail quietly (the matrix's experimental versions).
      name: 'continue-on-error from a matrix expression leaves the other legs gating: pass',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    continue-on-error: ${{ matrix.experimental }}\n    strategy:\n      matrix:\n        node: [20, 22]\n        experimental: [false]\n        include:\n          - node: 23\n            experimental: true\n    steps:\n      - run: npm test\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'continue-on-error: false on the job changes nothing: pass',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    continue-on-error: false\n    steps:\n      - run: npm test\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'reports outside the configured globs are not read',
      files: npmTestOnPush,
      options: { reports: ['build/results/*.xml'] },
      evidence: reports({ 'junit.xml': junit('jest-junit.xml') }),
      status: 'pass',
      messageId: 'runs',
      mentions: ['no test report matches build/results/*.xml']
    }
  ],
  invalid: [
    {
      name: 'bare rake whose Rakefile makes build the default task',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ruby/setup-ruby@v1\n      - run: bundle exec rake\n'
        ),
        Rakefile: 'require "bundler/gem_tasks"\ntask default: :build\n'
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'rake with a build task is not the test suite',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  gem:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ruby/setup-ruby@v1\n      - run: bundle exec rake build\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    ...(
      [
        [
          'xcodebuild build-for-testing builds the tests without running them',
          'xcodebuild build-for-testing -scheme App'
        ],
        [
          'cabal build --enable-tests builds the tests without running them',
          'cabal build --enable-tests all'
        ],
        ['R CMD build only builds the package', 'R CMD build .']
      ] satisfies Array<[string, string]>
    ).map(([name, run]) => ({
      name,
      files: workflow(
        `on: [push, pull_request]\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: ${JSON.stringify(run)}\n`
      ),
      status: 'fail' as const,
      messageId: 'none'
    })),
    {
      name: 'dart analyze alone runs no tests',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dart-lang/setup-dart@v1\n      - run: dart analyze\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      // The SLSA Go builder starter: whatever the called workflow runs, it runs on release and by hand only.
      name: 'a remote reusable build workflow started only on release or by hand: fails, naming it and the events',
      files: workflow(
        `on:\n  workflow_dispatch:\n  release:\n    types: [created]\njobs:\n${remoteCall('build', 'builder_go.yml', '      go-version: 1.22\n')}`
      ),
      status: 'fail',
      messageId: 'opaque-not-automatic',
      mentions: ['acme/platform/.github/workflows/builder_go.yml@main', 'release, workflow_dispatch']
    },
    {
      name: 'a suite run by a remote reusable workflow (run-tests.yml) on pull requests: unknown, naming it (§10.2)',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('test', 'run-tests.yml', '      node-version: 20\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/run-tests.yml@main', '`test`']
    },
    {
      name: 'near-miss: a remote call that names another kind of suite (e2e-tests.yml) runs no unit tests',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('e2e', 'e2e-tests.yml', '      browser: chrome\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a failing report fails, naming the file and the first failing cases',
      files: npmTestOnPush,
      evidence: reports({ 'reports/junit.xml': junit('jest-junit.xml') }),
      status: 'fail',
      messageId: 'reports-failing',
      mentions: ['reports/junit.xml', '4 failing test(s)', 'and 1 more'],
      at: 'reports/junit.xml:1'
    },
    {
      name: 'errored cases (suites that failed to run) fail too',
      files: npmTestOnPush,
      evidence: reports({ 'test-results/jest/results.xml': junit('test-errors/jest/jest-test-results.xml') }),
      status: 'fail',
      messageId: 'reports-failing',
      mentions: ['2 failing test(s)']
    },
    {
      name: 'a surefire TEST-*.xml with one failure among passing reports fails',
      files: npmTestOnPush,
      evidence: reports({
        'a/junit-ok.xml': junit('jest-junit-eslint.xml'),
        'target/surefire-reports/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml': junit(
          'external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml'
        )
      }),
      status: 'fail',
      messageId: 'reports-failing',
      mentions: ['TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml']
    },
    {
      name: 'an unreadable report never passes: unknown, saying why',
      files: npmTestOnPush,
      evidence: reports({ 'junit.xml': 'this is not xml', 'junit-ok.xml': junit('jest-junit-eslint.xml') }),
      status: 'unknown',
      messageId: 'reports-unreadable',
      mentions: ['junit.xml could not be read'],
      at: 'junit.xml:1'
    },
    {
      name: 'empty reports hold fewer tests than min-tests',
      files: npmTestOnPush,
      evidence: reports({ 'junit-empty.xml': junit('empty/jest-junit-empty-testsuite.xml') }),
      status: 'fail',
      messageId: 'too-few-tests',
      mentions: ['0 executed test(s)', 'min-tests (1)']
    },
    {
      name: 'min-tests above the reported count fails',
      files: npmTestOnPush,
      options: { 'min-tests': 5 },
      evidence: reports({ 'junit.xml': junit('jest-junit-eslint.xml') }),
      status: 'fail',
      messageId: 'too-few-tests',
      mentions: ['min-tests (5)']
    },
    {
      name: 'tests only by hand (near miss names the job)',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: cargo test\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`t`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'tests only nightly are not tests on change',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  nightly:\n    runs-on: x\n    steps:\n      - run: go test ./...\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`nightly`', 'schedule']
    },
    {
      name: 'lint and build only',
      files: workflow(
        'on: push\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n      - run: npm run build\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'passing reports do not stand in for tests that never run on change',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n'
      ),
      evidence: reports({ 'junit.xml': junit('jest-junit-eslint.xml') }),
      status: 'fail',
      messageId: 'not-automatic'
    },
    { name: 'no workflows at all', files: { 'README.md': '' }, status: 'fail', messageId: 'none' },
    {
      // Patterns §11.2: not "no job runs unit tests", which the user can see is wrong, but which step and why.
      name: 'tests that cannot fail the build (continue-on-error) gate nothing: fail, naming the step',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n        continue-on-error: true\n'
      ),
      status: 'fail',
      messageId: 'swallowed',
      mentions: ['`test` step `npm test` (`continue-on-error: true`)', 'never stop a change'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      // The job fails, but the run and every job that needs it see success (actions/toolkit#581).
      name: 'a test job with continue-on-error: true gates nothing: fail, naming the job and its line',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    continue-on-error: true\n    steps:\n      - run: npm test\n'
      ),
      status: 'fail',
      messageId: 'swallowed',
      mentions: [
        '`test` (`continue-on-error: true` on the job: the run and the jobs that need it see a failure as success)'
      ],
      at: '.github/workflows/ci.yml:3'
    },
    {
      name: 'tests whose failure is swallowed (|| true) gate nothing: fail, naming the step',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest || true\n'),
      status: 'fail',
      messageId: 'swallowed',
      mentions: ['`test` step `pytest || true` (a failure of its command is ignored)']
    },
    {
      // Patterns §11.1: any `|| echo` or `|| printf` at the end of the line swallows the failure.
      name: 'tests followed by a message instead of a failure (|| echo) gate nothing',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest tests || echo "Some tests failed" >&2\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'a script that ignores its test runs failure (|| exit 0 on a later line) is named too',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: |\n          pip install -e .\n          python -m pytest tests || exit 0\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'near miss: a reporter told not to fail (fail-on-error: false) gates nothing',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=report.xml || true\n      - uses: dorny/test-reporter@v1\n        with:\n          name: pytest\n          path: report.xml\n          reporter: java-junit\n          fail-on-error: false\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'near miss: mikepenz/action-junit-report without fail_on_failure only reports',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=report.xml || true\n      - uses: mikepenz/action-junit-report@v5\n        with:\n          report_paths: report.xml\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'near miss: a failing reporter before the swallowed tests cannot gate them',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - uses: dorny/test-reporter@v1\n        with:\n          name: old\n          path: old.xml\n          reporter: java-junit\n      - run: pytest --junitxml=report.xml || true\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'near miss: a reporter that runs only after a failure never runs after a swallowed one',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=report.xml || true\n      - uses: dorny/test-reporter@v1\n        if: failure()\n        with:\n          name: pytest\n          path: report.xml\n          reporter: java-junit\n'
      ),
      status: 'fail',
      messageId: 'swallowed'
    },
    {
      name: 'near miss: a swallowed step that runs no tests leaves "no job runs unit tests"',
      files: workflow('on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: make docs || true\n'),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'near miss: tests rerun only after a failure (diagnostics) are not named as swallowed',
      files: workflow(
        'on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: make\n      - if: failure()\n        run: pytest --lf -vv || true\n'
      ),
      status: 'fail',
      messageId: 'none'
    }
  ]
})

describe('unit-tests report evidence', () => {
  it.each<{ name: string; reports: Record<string, string>; expected: unknown[] }>([
    {
      name: 'counts of each parsed report (EXPECTED.tsv)',
      reports: {
        'a/junit.xml': junit('jest-junit.xml'),
        'b/junit.xml': junit('external/java/junit4-basic.xml')
      },
      expected: [
        { kind: 'tests', file: 'a/junit.xml', tests: 6, failures: 4, errors: 0, skipped: 1 },
        { kind: 'tests', file: 'b/junit.xml', tests: 6, failures: 1, errors: 0, skipped: 0 }
      ]
    },
    {
      name: 'an unreadable report as a note',
      reports: { 'junit.xml': '<html/>' },
      expected: [{ kind: 'note', text: expect.stringContaining('junit.xml: ') }]
    }
  ])('$name', async ({ reports: files, expected }) => {
    const finding = await judge(unitTests, npmTestOnPush, {}, reports(files))
    expect(finding.evidence.filter(item => item.kind !== 'job')).toEqual(expected)
  })
})

describe('failing cases as the message names them', () => {
  it.each([
    {
      name: 'three named, one more',
      file: 'jest-junit.xml',
      expected: /^`[^`]+`, `[^`]+`, `[^`]+` and 1 more$/
    },
    { name: 'one failure only', file: 'junit-with-message.xml', expected: /^`[^`]+`$/ }
  ])('$name', ({ file, expected }) => {
    expect(failingCases(parseJunit(junit(file)))).toMatch(expected)
  })

  it('says so when the report counts failures it does not name', () => {
    const summary = { ...parseJunit(junit('jest-junit.xml')), failingCases: [] }
    expect(failingCases(summary)).toBe('the report names no failing case')
  })
})
