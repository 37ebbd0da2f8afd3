import { ciOnChange } from '../../src/practices/ci-on-change.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(ciOnChange, {
  valid: [
    {
      name: 'tests on push and pull_request',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
      ),
      status: 'pass',
      messageId: 'runs-on-change',
      mentions: ['`test`', 'pull_request, push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'a build on merge_group counts',
      files: workflow(
        'on:\n  merge_group:\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: go build ./...\n'
      ),
      status: 'pass',
      messageId: 'runs-on-change'
    },
    {
      name: 'make test resolved through the Makefile',
      files: {
        ...workflow('on: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: make check\n'),
        Makefile: 'check:\n\tgo test ./...\n'
      },
      status: 'pass',
      messageId: 'runs-on-change'
    }
  ],
  invalid: [
    {
      name: 'tests only on a schedule (near miss names the job)',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  nightly:\n    runs-on: x\n    steps:\n      - run: pytest\n'
      ),
      status: 'fail',
      messageId: 'not-on-change',
      mentions: ['`nightly`', 'schedule'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'tests only by hand',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: cargo test\n'
      ),
      status: 'fail',
      messageId: 'not-on-change'
    },
    {
      name: 'a workflow on push that only lints',
      files: workflow('on: push\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n'),
      status: 'fail',
      messageId: 'no-build-or-test'
    },
    { name: 'no workflows at all', files: { 'README.md': '' }, status: 'fail', messageId: 'no-build-or-test' }
  ]
})
