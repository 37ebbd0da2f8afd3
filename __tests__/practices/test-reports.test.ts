import { readFileSync } from 'node:fs'
import path from 'node:path'
import { testReports } from '../../src/practices/test-reports.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { actionCall, remoteCall } from '../helpers/opaque-calls.js'
import { reportsFrom } from '../helpers/reports-from.js'

const junit = (file: string): string =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/reports/junit', file), 'utf8')

const testsOnly = workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n')

testPractice(testReports, {
  valid: [
    {
      name: 'dorny/test-reporter publishes results',
      files: workflow(
        'on: pull_request\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n      - uses: dorny/test-reporter@v2\n        with:\n          path: reports/*.xml\n          reporter: jest-junit\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`test`', 'pull_request'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'test results uploaded as an artifact',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: mvn -B verify\n      - uses: actions/upload-artifact@v4\n        with:\n          name: surefire\n          path: target/surefire-reports/\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a JUnit report in the workspace, though no job says it keeps one',
      files: testsOnly,
      evidence: {
        reports: reportsFrom({ 'build/test-results/test/TEST-Calc.xml': junit('junit-with-message.xml') })
      },
      status: 'pass',
      messageId: 'found',
      mentions: ['1 machine-readable test report(s)', 'build/test-results/test/TEST-Calc.xml'],
      at: 'build/test-results/test/TEST-Calc.xml:1'
    }
  ],
  invalid: [
    {
      name: 'a remote test workflow may keep its reports in its own jobs: unknown, naming it (§10.2)',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('test', 'run-tests.yml', '      node-version: 20\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/run-tests.yml@main']
    },
    {
      name: 'a remote test workflow started only by hand: fails, naming it, whatever it keeps',
      files: workflow(
        `on: workflow_dispatch\njobs:\n${remoteCall('test', 'run-tests.yml', '      node-version: 20\n')}`
      ),
      status: 'fail',
      messageId: 'opaque-not-automatic',
      mentions: ['acme/platform/.github/workflows/run-tests.yml@main', 'workflow_dispatch']
    },
    {
      name: 'near-miss: an action step that runs the tests keeps no report by being one',
      files: workflow(
        `on: pull_request\njobs:\n${actionCall('test', 'Unit test', 'acme/actions/nx-run@v2', '      target: test\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a matching report that does not parse is unknown, naming it, not "none"',
      files: testsOnly,
      evidence: { reports: reportsFrom({ 'out/junit.xml': '<testsuite><testcase' }) },
      status: 'unknown',
      messageId: 'unreadable',
      mentions: ['out/junit.xml']
    },
    {
      name: 'results published only from a dispatched workflow',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=report.xml\n      - uses: mikepenz/action-junit-report@v5\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`test`', 'workflow_dispatch']
    },
    {
      name: 'screenshots and coverage uploads are not test results',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n      - uses: actions/upload-artifact@v4\n        with:\n          name: shots\n          path: cypress/screenshots\n      - uses: codecov/codecov-action@v5\n'
      ),
      status: 'fail',
      messageId: 'none',
      mentions: ['**/junit*.xml']
    },
    { name: 'no workflows', files: {}, status: 'fail', messageId: 'none' },
    {
      name: 'committed sample reports are not results this pipeline keeps',
      files: testsOnly,
      evidence: {
        reports: reportsFrom({}, [
          'src/etc/testcases/TEST-a.xml',
          'src/etc/testcases/TEST-b.xml',
          'src/etc/testcases/TEST-c.xml',
          'src/etc/testcases/TEST-d.xml'
        ])
      },
      status: 'fail',
      messageId: 'none',
      mentions: [
        'the 4 files matching them are committed unchanged (src/etc/testcases/TEST-a.xml, src/etc/testcases/TEST-b.xml, src/etc/testcases/TEST-c.xml and 1 more)'
      ]
    }
  ]
})
