import { integrationTests } from '../../src/practices/integration-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { remoteCall } from '../helpers/opaque-calls.js'

testPractice(integrationTests, {
  valid: [
    {
      name: 'a job with a services: database',
      files: workflow(
        'on: pull_request\njobs:\n  db-tests:\n    runs-on: x\n    services:\n      postgres:\n        image: postgres:16\n    steps:\n      - run: pytest\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`db-tests`', 'pull_request']
    },
    {
      name: 'npm run test:integration',
      files: workflow(
        'on: push\njobs:\n  it:\n    runs-on: x\n    steps:\n      - run: npm run test:integration\n'
      ),
      status: 'pass',
      messageId: 'runs',
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'gradle integrationTest',
      files: workflow(
        'on: push\njobs:\n  jvm:\n    runs-on: x\n    steps:\n      - run: ./gradlew integrationTest\n'
      ),
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'an integration suite that cannot fail the job gates nothing: fail, naming the step',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  it:\n    runs-on: x\n    steps:\n      - run: npm run test:integration\n        continue-on-error: true\n'
      ),
      status: 'fail',
      messageId: 'swallowed',
      mentions: ['`it` step `npm run test:integration` (`continue-on-error: true`)']
    },
    {
      name: 'a suite of no stated kind run by a remote workflow: unknown, naming it (§10.2)',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('suite', 'autotest.yml', '      test-suite: payments\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/autotest.yml@main', 'could not be read']
    },
    {
      name: 'integration suite only on workflow_dispatch',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  it:\n    runs-on: x\n    steps:\n      - run: go test -tags integration ./integration/...\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`it`']
    },
    {
      name: 'unit tests only',
      files: workflow('on: push\njobs:\n  unit:\n    runs-on: x\n    steps:\n      - run: go test ./...\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
