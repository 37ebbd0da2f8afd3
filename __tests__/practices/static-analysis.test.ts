import { staticAnalysis } from '../../src/practices/static-analysis.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(staticAnalysis, {
  valid: [
    {
      name: 'eslint on pull requests',
      files: workflow(
        'on: pull_request\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx eslint .\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`lint`', 'pull_request'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'npm run lint resolved through package.json',
      files: {
        ...workflow('on: push\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: npm run lint\n'),
        'package.json': '{"scripts":{"lint":"eslint src"}}'
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'golangci-lint on a schedule still runs without a person',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * 1"\njobs:\n  go:\n    runs-on: x\n    steps:\n      - run: golangci-lint run\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['schedule']
    },
    {
      name: 'a job the policy names counts',
      files: workflow(
        'on: push\njobs:\n  quality:\n    runs-on: x\n    steps:\n      - run: ./tools/quality-gate\n'
      ),
      options: { jobs: ['qual*'] },
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'a linter run only by hand (near miss points at the trigger)',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: ruff check .\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`lint`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'prettier writing files is formatting, not analysis',
      files: workflow(
        'on: push\njobs:\n  fmt:\n    runs-on: x\n    steps:\n      - run: npx prettier --write .\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'tests only',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'policy globs that name no job do not help',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      options: { jobs: ['lint'] },
      status: 'fail',
      messageId: 'none'
    }
  ]
})
