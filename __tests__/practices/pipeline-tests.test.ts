import { pipelineTests } from '../../src/practices/pipeline-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const tests = (on: string, run = 'pytest tests/unit') =>
  workflow(`on: ${on}\njobs:\n  unit:\n    runs-on: x\n    steps:\n      - run: ${run}\n`)

testPractice(pipelineTests, {
  valid: [
    {
      name: 'pytest on push and pull request',
      files: tests('[push, pull_request]'),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`unit`', 'pull_request, push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'tox over the pipeline package on pull requests',
      files: tests('pull_request', 'tox -e py312'),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'make test resolved through the Makefile',
      files: { ...tests('push', 'make test'), Makefile: 'test:\n\tpython -m pytest src/pipeline\n' },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a job named in the jobs option',
      files: tests('push', './scripts/check_components.sh'),
      options: { jobs: ['unit'] },
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'unit tests only on a nightly schedule (near miss names the job)',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 2 * * *"\njobs:\n  unit:\n    runs-on: x\n    steps:\n      - run: pytest\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`unit`', 'schedule']
    },
    {
      name: 'unit tests only by hand',
      files: tests('workflow_dispatch'),
      status: 'fail',
      messageId: 'not-automatic'
    },
    {
      name: 'a CML report on pull requests is not a unit test',
      files: tests('pull_request', 'cml comment create report.md'),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'training on push is not testing',
      files: tests('push', 'python train.py'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
