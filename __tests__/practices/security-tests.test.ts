import { securityTests } from '../../src/practices/security-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(securityTests, {
  valid: [
    {
      name: 'CodeQL on push and pull request',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  analyze:\n    runs-on: x\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`analyze`', 'pull_request, push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'dependency review on pull requests',
      files: workflow(
        'on: pull_request\njobs:\n  deps:\n    runs-on: x\n    steps:\n      - uses: actions/dependency-review-action@v4\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'npm audit in a CI step',
      files: workflow(
        'on: push\njobs:\n  audit:\n    runs-on: x\n    steps:\n      - run: npm audit --audit-level=high\n'
      ),
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'Trivy only when dispatched',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  scan:\n    runs-on: x\n    steps:\n      - uses: aquasecurity/trivy-action@0.28.0\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`scan`']
    },
    {
      name: 'lint only is not security testing',
      files: workflow('on: push\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
