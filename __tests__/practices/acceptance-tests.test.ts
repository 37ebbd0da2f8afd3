import { acceptanceTests } from '../../src/practices/acceptance-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

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
      name: 'unit tests are not acceptance tests',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
