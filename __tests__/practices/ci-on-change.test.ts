import { ciOnChange } from '../../src/practices/ci-on-change.js'
import { describe, it, expect } from '@jest/globals'
import { contextFor, evidenceFrom, workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { remoteCall } from '../helpers/opaque-calls.js'

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
      name: 'a remote go-test.yml called on pull requests may be the CI: unknown, naming the call (§10.2)',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('go', 'go-test.yml', '      go-version: 1.22\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/go-test.yml@main'],
      at: '.github/workflows/ci.yml:3'
    },
    {
      name: 'near-miss: the same remote suite only on a schedule builds nothing on change',
      files: workflow(
        `on:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n${remoteCall('go', 'go-test.yml', '      go-version: 1.22\n')}`
      ),
      status: 'fail',
      messageId: 'no-build-or-test'
    },
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

describe('ci-on-change at run strength', () => {
  const yaml = 'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n'
  const runJob = (conclusion: string) => ({
    id: 1,
    name: 'test',
    status: 'completed',
    conclusion,
    startedAt: '2026-11-29T10:00:00Z',
    completedAt: '2026-11-29T10:01:00Z',
    steps: []
  })
  it.each(['success', 'failure'])(
    'a %s test job of this pull_request run shows CI ran on the change',
    async conclusion => {
      const evidence = await evidenceFrom(workflow(yaml), {
        run: {
          event: 'pull_request',
          workflow: '.github/workflows/ci.yml',
          jobs: new Map([['test', [runJob(conclusion)]]]),
          unmatched: []
        }
      })
      const finding = await ciOnChange.check(contextFor('ci-on-change', evidence), { jobs: [] })
      expect(finding).toMatchObject({ status: 'pass', strength: 'run', messageId: 'ran-on-change' })
    }
  )

  it('a scheduled run is not a change: definition strength', async () => {
    const evidence = await evidenceFrom(workflow(yaml), {
      run: {
        event: 'schedule',
        workflow: '.github/workflows/ci.yml',
        jobs: new Map([['test', [runJob('success')]]]),
        unmatched: []
      }
    })
    const finding = await ciOnChange.check(contextFor('ci-on-change', evidence), { jobs: [] })
    expect(finding).toMatchObject({ status: 'pass', strength: 'definition', messageId: 'runs-on-change' })
  })
})
