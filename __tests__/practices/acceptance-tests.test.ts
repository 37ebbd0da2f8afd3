import { acceptanceTests } from '../../src/practices/acceptance-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { actionCall as action, remoteCall as remote } from '../helpers/opaque-calls.js'

testPractice(acceptanceTests, {
  valid: [
    {
      name: 'playwright test on pull requests',
      files: workflow(
        'on: pull_request\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npx playwright test\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`e2e`', 'pull_request'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'cypress-io/github-action after a deploy to staging',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: staging\n    steps:\n      - run: ./deploy.sh\n  acceptance:\n    needs: deploy\n    runs-on: x\n    steps:\n      - uses: cypress-io/github-action@v6\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`acceptance`']
    },
    {
      name: 'a suite the policy names as acceptance',
      files: workflow(
        'on: push\njobs:\n  journeys:\n    runs-on: x\n    steps:\n      - run: ./run-journeys\n'
      ),
      options: { jobs: ['journeys'] },
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'end-to-end tests whose failure is ignored gate nothing: fail, naming the step',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npx playwright test || true\n'
      ),
      status: 'fail',
      messageId: 'swallowed',
      mentions: ['`e2e` step `npx playwright test || true` (a failure of its command is ignored)']
    },
    {
      name: 'e2e only when dispatched',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npx cypress run\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`e2e`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'suites run by a remote autotest.yml with a test-suite input: unknown, naming the call (§10.2)',
      files: workflow(
        `on: push\njobs:\n${remote('fpsak-tester', 'autotest.yml', '      build-version: 1.2.3\n      test-suite: fpsak\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/autotest.yml@main', '`fpsak-tester`', 'could not be read'],
      at: '.github/workflows/ci.yml:3'
    },
    {
      name: 'a remote action named for Cypress: unknown',
      files: workflow(
        `on: push\njobs:\n${action('browser', 'Run Cypress', 'acme/actions/cypress-run@v2', '      spec: cypress/e2e\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/actions/cypress-run@v2']
    },
    {
      name: 'a browser tool given as the suite of a remote call: unknown',
      files: workflow(`on: push\njobs:\n${remote('checks', 'checks.yml', '      suite: playwright\n')}`),
      status: 'unknown',
      messageId: 'opaque'
    },
    {
      name: 'near-miss: a remote call that names unit tests runs another kind of suite',
      files: workflow(`on: push\njobs:\n${remote('unit', 'unit-tests.yml', '      java-version: 21\n')}`),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'near-miss: a leading "test" is a verb with its object (test_helm_lint.yml)',
      files: workflow(`on: push\njobs:\n${remote('helm_lint', 'test_helm_lint.yml', '      chart: app\n')}`),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'near-miss: a remote deploy to the test environment',
      files: workflow(
        `on: push\njobs:\n${action('deploy', 'Deploy to test', 'acme/actions/ship@v1', '      environment: test\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'near-miss: deleting the cypress image names no suite',
      files: workflow(
        `on: push\njobs:\n${action('clean', 'Delete cypress container images', 'acme/actions/delete-package-versions@v5', '      package-name: app/cypress\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'near-miss: a remote build told to skip its tests',
      files: workflow(
        `on: push\njobs:\n${remote('build', 'build-app.yml', '      skip-tests: true\n      run-e2e: false\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'unit tests are not acceptance tests',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
