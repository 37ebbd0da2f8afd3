import { automatedDeploy } from '../../src/practices/automated-deploy.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const BUILD = '  build:\n    runs-on: x\n    steps:\n      - run: npm run build\n'
const TEST = '  test:\n    runs-on: x\n    steps:\n      - run: npm test\n'
/** A job calling a remote reusable workflow, with its `with:` inputs. */
const remote = (id: string, callee: string, inputs: string, needs = 'build'): string =>
  `  ${id}:\n    needs: ${needs}\n    uses: acme/fp-autotest/.github/workflows/${callee}@master\n    with:\n${inputs}`
const deploy = (needs: string): string =>
  `  deploy:\n    runs-on: x\n    needs: ${needs}\n    environment: staging\n    steps:\n      - run: npx vercel deploy --prod\n`

testPractice(automatedDeploy, {
  valid: [
    {
      // The azure-functions-app-nodejs starter workflow: build and test steps gate the deploy step (§5.1).
      name: 'one job whose build and test steps come before its deploy step',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build-and-deploy:\n    runs-on: ubuntu-latest\n    environment: dev\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n      - name: Resolve Project Dependencies Using Npm\n        run: |\n          npm install\n          npm run build --if-present\n          npm run test --if-present\n      - name: Run Azure Functions Action\n        uses: Azure/functions-action@v1\n        with:\n          app-name: app\n          package: .\n'
      ),
      status: 'pass',
      messageId: 'automated',
      mentions: ['`build-and-deploy`']
    },
    {
      // azure-functions-app-java: `mvn clean package` builds and runs the surefire tests before the deploy.
      name: 'one job that packages with Maven (tests included) and then deploys',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build-and-deploy:\n    runs-on: windows-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: mvn clean package\n      - uses: Azure/functions-action@v1\n        with:\n          app-name: app\n          package: .\n'
      ),
      status: 'pass',
      messageId: 'automated'
    },
    {
      name: 'a push deploy that needs build and test',
      files: workflow(`on:\n  push:\n    branches: [main]\njobs:\n${BUILD}${TEST}${deploy('[build, test]')}`),
      status: 'pass',
      messageId: 'automated',
      mentions: ['`deploy`', 'push', '`build`', '`test`'],
      at: '.github/workflows/ci.yml:18'
    },
    {
      name: 'build and test reached transitively',
      files: workflow(
        `on: push\njobs:\n${BUILD}  test:\n    runs-on: x\n    needs: build\n    steps:\n      - run: pytest\n${deploy('test')}`
      ),
      status: 'pass',
      messageId: 'automated'
    },
    {
      name: 'a deploy workflow chained by workflow_run after CI',
      files: {
        ...workflow(`name: CI\non: push\njobs:\n${BUILD}${TEST}`),
        ...workflow(
          "on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\njobs:\n  ship:\n    runs-on: x\n    if: github.event.workflow_run.conclusion == 'success'\n    steps:\n      - uses: azure/webapps-deploy@v3\n",
          'deploy.yml'
        )
      },
      status: 'pass',
      messageId: 'automated',
      mentions: ['`ship`', 'workflow_run']
    },
    {
      name: 'a remote reusable workflow whose file names its suite (e2e.yml) is a test job by that name',
      files: workflow(
        `on: push\njobs:\n${BUILD}${remote('browser', 'e2e.yml', '      browser: chrome\n')}${deploy('[build, browser]')}`
      ),
      status: 'pass',
      messageId: 'automated',
      mentions: ['`browser`']
    },
    {
      name: 'a release-triggered deploy',
      files: workflow(
        `on:\n  release:\n    types: [published]\njobs:\n${BUILD}${TEST}${deploy('[build, test]')}`
      ),
      status: 'pass',
      messageId: 'automated'
    }
  ],
  invalid: [
    {
      name: 'workflow_dispatch only: scripted but not automated',
      files: workflow(`on: workflow_dispatch\njobs:\n${BUILD}${TEST}${deploy('[build, test]')}`),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`deploy`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'a preview deploy on pull requests only is not delivery',
      files: workflow(`on: pull_request\njobs:\n${BUILD}${TEST}${deploy('[build, test]')}`),
      status: 'fail',
      messageId: 'not-automatic'
    },
    {
      name: 'automatic but needs only the build (names what is missing)',
      files: workflow(`on: push\njobs:\n${BUILD}${TEST}${deploy('build')}`),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['`deploy`', 'test'],
      at: '.github/workflows/ci.yml:11'
    },
    {
      name: 'automatic, builds and deploys in one job with no needs',
      files: workflow(
        'on: push\njobs:\n  site:\n    runs-on: x\n    steps:\n      - run: hugo --minify\n      - uses: FirebaseExtended/action-hosting-deploy@v0\n'
      ),
      status: 'fail',
      messageId: 'unverified',
      // The build step before the deploy step gates it (patterns §5.1); nothing tests.
      mentions: ['any test job']
    },
    {
      // A near miss of the one-job starter below: the test step runs after the deploy step, so it gates nothing.
      name: 'one job that tests only after its deploy step',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build-and-deploy:\n    runs-on: ubuntu-latest\n    environment: dev\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          npm install\n          npm run build --if-present\n      - uses: Azure/functions-action@v1\n        with:\n          app-name: app\n          package: .\n      - run: npm run test --if-present\n'
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['any test job']
    },
    {
      name: 'tests that run after the deploy do not count',
      files: workflow(
        `on: push\njobs:\n${BUILD}  deploy:\n    runs-on: x\n    needs: build\n    environment: staging\n    steps:\n      - run: fly deploy\n  e2e:\n    runs-on: x\n    needs: deploy\n    steps:\n      - run: npx playwright test\n`
      ),
      status: 'fail',
      messageId: 'unverified'
    },
    {
      name: 'the tests it needs run in a remote autotest.yml: unknown, naming the calls (§10.2)',
      files: workflow(
        `on: push\njobs:\n${BUILD}${remote('fpsak-tester', 'autotest.yml', '      test-suite: fpsak\n')}${remote('chain-tester', 'autotest.yml', '      test-suite: verdikjede\n')}${deploy('[build, fpsak-tester, chain-tester]')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['the tests before `deploy`', 'autotest.yml@master', '`fpsak-tester`', '`chain-tester`']
    },
    {
      name: 'near-miss: the remote call it needs only notifies',
      files: workflow(
        `on: push\njobs:\n${BUILD}${remote('notify', 'report-and-notify.yml', '      fpsak: ok\n')}${deploy('[build, notify]')}`
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['test']
    },
    {
      name: 'near-miss: a remote test workflow that runs after the deploy gates nothing',
      files: workflow(
        `on: push\njobs:\n${BUILD}${deploy('build')}${remote('autotest', 'autotest.yml', '      test-suite: smoke-free\n', 'deploy')}`
      ),
      status: 'fail',
      messageId: 'unverified'
    },
    {
      name: 'near-miss: remote tests cannot stand in for a missing build',
      files: workflow(
        `on: push\njobs:\n${remote('autotest', 'autotest.yml', '      test-suite: all\n', '[]')}${deploy('autotest')}`
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['build']
    },
    {
      name: 'nothing deploys',
      files: workflow(`on: push\njobs:\n${BUILD}${TEST}`),
      status: 'fail',
      messageId: 'no-deploy'
    }
  ]
})
