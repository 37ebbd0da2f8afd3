import { describe, it, expect } from '@jest/globals'
import type { RunJob } from '../../src/evidence/run-evidence.js'
import { acceptanceBeforePromotion } from '../../src/practices/acceptance-before-promotion.js'
import { contextFor, evidenceFrom, workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const DELIVERY = `on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: x
    steps:
      - run: npm run build
  e2e:
    needs: build
    runs-on: x
    steps:
      - run: npx playwright test
  deploy-prod:
    needs: e2e
    environment: production
    runs-on: x
    steps:
      - run: ./deploy.sh
`

/** One production job running two commands in order. */
const ONE_JOB = (first: string, second: string): string =>
  `on:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: x\n    environment: production\n    steps:\n      - run: npm run build\n      - run: ${first}\n      - run: ${second}\n`

/** e2e in one workflow, the production deploy in another started by `workflow_run` when it completes. */
const CHAINED = (entryIf: string): Record<string, string> => ({
  ...workflow(
    'name: CI\non: push\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npx playwright test\n'
  ),
  ...workflow(
    `on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\njobs:\n  deploy-prod:\n${entryIf}    environment: production\n    runs-on: x\n    steps:\n      - run: ./deploy.sh\n`,
    'deploy.yml'
  )
})
const deployIf = (condition: string): string =>
  DELIVERY.replace('needs: e2e\n', `needs: e2e\n    if: ${condition}\n`)

testPractice(acceptanceBeforePromotion, {
  valid: [
    {
      name: 'production deploy needs the e2e job',
      files: workflow(DELIVERY),
      status: 'pass',
      messageId: 'gated',
      mentions: ['`deploy-prod`', '`e2e`'],
      at: '.github/workflows/ci.yml:13'
    },
    {
      name: 'an experimental e2e job that may fail beside one that gates: still gated',
      files: workflow(
        DELIVERY.replace(
          '  deploy-prod:\n    needs: e2e\n',
          '  e2e-next:\n    needs: build\n    continue-on-error: true\n    runs-on: x\n    steps:\n      - run: npx playwright test --project=next\n  deploy-prod:\n    needs: [e2e, e2e-next]\n'
        )
      ),
      status: 'pass',
      messageId: 'gated',
      mentions: ['`e2e`']
    },
    {
      // A failing step stops the job before its deploy step: the job gates itself.
      name: 'one job that runs the e2e suite, then deploys to production',
      files: workflow(ONE_JOB('npx playwright test', 'npx vercel deploy --prod')),
      status: 'pass',
      messageId: 'gated',
      mentions: ['`release`']
    },
    {
      name: 'transitively, through staging',
      files: workflow(
        DELIVERY.replace(
          'needs: e2e\n    environment: production',
          'needs: e2e\n    environment: staging'
        ).replace(
          '      - run: ./deploy.sh\n',
          '      - run: ./deploy.sh\n  prod:\n    needs: deploy-prod\n    environment: { name: prod-eu, url: "https://x" }\n    runs-on: x\n    steps:\n      - run: ./deploy.sh\n'
        )
      ),
      status: 'pass',
      messageId: 'gated'
    },
    {
      name: 'an `if:` without a status function keeps the gate',
      files: workflow(deployIf("success() && github.ref == 'refs/heads/main'")),
      status: 'pass',
      messageId: 'gated'
    },
    {
      name: 'a workflow_run deploy that checks the upstream conclusion',
      files: CHAINED("    if: github.event.workflow_run.conclusion == 'success'\n"),
      status: 'pass',
      messageId: 'gated',
      mentions: ['`deploy-prod`', '`e2e`']
    },
    {
      name: 'no production deploy: not applicable',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      status: 'not-applicable',
      messageId: 'no-production'
    }
  ],
  invalid: [
    {
      name: 'a matrix environment that lists production is a production deploy',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    strategy:\n      matrix:\n        target: [staging, production]\n    environment: ${{ matrix.target }}\n    steps:\n      - run: ./deploy.sh\n'
      ),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`deploy`']
    },
    {
      name: 'no literal production deploy, but a deploy to an expression: unknown, never n/a',
      files: workflow(
        'on:\n  workflow_dispatch:\n    inputs:\n      target: { type: string }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.target }}\n    steps:\n      - run: ./deploy.sh\n'
      ),
      status: 'unknown',
      messageId: 'no-production',
      mentions: ['`deploy` deploys to `${{ inputs.target }}`'],
      at: '.github/workflows/ci.yml:8'
    },
    {
      name: 'one job whose e2e step before the deploy cannot fail (|| true): names the step',
      files: workflow(ONE_JOB('npx playwright test || true', 'npx vercel deploy --prod')),
      status: 'fail',
      messageId: 'not-gating',
      mentions: ['`release` deploys even when `release` step `npx playwright test || true` fails'],
      at: '.github/workflows/ci.yml:10'
    },
    {
      name: 'one job whose swallowed e2e step comes after the deploy: no gate named (near miss)',
      files: workflow(ONE_JOB('npx vercel deploy --prod', 'npx playwright test || true')),
      status: 'fail',
      messageId: 'ungated'
    },
    {
      name: 'one job that deploys to production, then runs the e2e suite (near miss)',
      files: workflow(ONE_JOB('npx vercel deploy --prod', 'npx playwright test')),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`release` runs acceptance tests, but not before it']
    },
    {
      name: 'e2e exists but the deploy does not need it (names both)',
      files: workflow(DELIVERY.replace('needs: e2e', 'needs: build')),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`deploy-prod` deploys to production but does not need any acceptance job', '`e2e`'],
      at: '.github/workflows/ci.yml:14'
    },
    {
      name: 'a deploy with `if: always()` deploys even when e2e fails',
      files: workflow(deployIf('always()')),
      status: 'fail',
      messageId: 'not-gating',
      mentions: ['`deploy-prod` deploys even when `e2e` fails: `deploy-prod` runs with `if: always()`'],
      at: '.github/workflows/ci.yml:14'
    },
    {
      name: 'an e2e job with continue-on-error: true lets the deploy run on its failure (it sees success)',
      files: workflow(
        DELIVERY.replace(
          '  e2e:\n    needs: build\n',
          '  e2e:\n    needs: build\n    continue-on-error: true\n'
        )
      ),
      status: 'fail',
      messageId: 'not-gating',
      mentions: [
        '`deploy-prod` deploys even when `e2e` fails: `continue-on-error: true` on the job: the run and the jobs that need it see a failure as success'
      ],
      at: '.github/workflows/ci.yml:9'
    },
    {
      name: 'an e2e step whose failure is ignored (|| true) does not stop the deploy',
      files: workflow(DELIVERY.replace('npx playwright test', 'npx playwright test || true')),
      status: 'fail',
      messageId: 'not-gating',
      mentions: ['`e2e` step `npx playwright test || true` fails: a failure of its command is ignored']
    },
    {
      name: 'a deploy with `if: ${{ !cancelled() }}`',
      files: workflow(deployIf('${{ !cancelled() }}')),
      status: 'fail',
      messageId: 'not-gating',
      mentions: ['`if: ${{ !cancelled() }}`']
    },
    {
      name: 'a job between e2e and the deploy that runs always breaks the gate',
      files: workflow(
        DELIVERY.replace(
          '  deploy-prod:\n    needs: e2e\n',
          '  promote:\n    needs: e2e\n    if: always()\n    runs-on: x\n    steps:\n      - run: echo ok\n  deploy-prod:\n    needs: promote\n'
        )
      ),
      status: 'fail',
      messageId: 'not-gating',
      mentions: ['`promote` runs with `if: always()`']
    },
    {
      name: 'a workflow_run deploy that does not check the upstream conclusion',
      files: CHAINED(''),
      status: 'fail',
      messageId: 'not-gating',
      mentions: [
        '`.github/workflows/deploy.yml` runs when `.github/workflows/ci.yml` completes without checking'
      ],
      at: '.github/workflows/deploy.yml:2'
    },
    {
      name: 'no acceptance tests anywhere',
      files: workflow(DELIVERY.replace('npx playwright test', 'npm test').replaceAll('e2e', 'unit')),
      status: 'fail',
      messageId: 'ungated'
    },
    {
      name: 'one of two production deploys is ungated',
      files: workflow(
        `${DELIVERY}  hotfix:\n    environment: live\n    runs-on: x\n    steps:\n      - run: ./deploy.sh\n`
      ),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`hotfix`']
    }
  ]
})

describe('acceptance-before-promotion at run strength', () => {
  const job = (name: string, conclusion: string, startedAt: string, completedAt: string): RunJob => ({
    id: 1,
    name,
    status: 'completed',
    conclusion,
    startedAt,
    completedAt,
    steps: []
  })
  async function judgeRun(jobs: Record<string, RunJob[]>) {
    const evidence = await evidenceFrom(workflow(DELIVERY), {
      run: {
        event: 'push',
        workflow: '.github/workflows/ci.yml',
        jobs: new Map(Object.entries(jobs)),
        unmatched: []
      }
    })
    return acceptanceBeforePromotion.check(contextFor('acceptance-before-promotion', evidence), { jobs: [] })
  }

  it('passes when the deploy started after e2e succeeded', async () => {
    const finding = await judgeRun({
      e2e: [job('e2e', 'success', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z')],
      'deploy-prod': [job('deploy-prod', 'success', '2026-11-29T10:06:00Z', '2026-11-29T10:07:00Z')]
    })
    expect(finding).toMatchObject({ status: 'pass', strength: 'run', messageId: 'ordered-in-run' })
  })

  it('fails when the production deploy started before e2e finished', async () => {
    const finding = await judgeRun({
      e2e: [job('e2e', 'success', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z')],
      'deploy-prod': [job('deploy-prod', 'success', '2026-11-29T10:02:00Z', '2026-11-29T10:03:00Z')]
    })
    expect(finding).toMatchObject({ status: 'fail', strength: 'run', messageId: 'started-early' })
    expect(finding.message).toContain('`deploy-prod` started at 2026-11-29T10:02:00Z')
  })

  it('fails when the deploy ran although e2e failed', async () => {
    const finding = await judgeRun({
      e2e: [job('e2e', 'failure', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z')],
      'deploy-prod': [job('deploy-prod', 'success', '2026-11-29T10:06:00Z', '2026-11-29T10:07:00Z')]
    })
    expect(finding).toMatchObject({ status: 'fail', messageId: 'started-early' })
  })

  it('does not time a job against itself: one that tests, then deploys, is gated by its steps', async () => {
    const evidence = await evidenceFrom(
      workflow(ONE_JOB('npx playwright test', 'npx vercel deploy --prod')),
      {
        run: {
          event: 'push',
          workflow: '.github/workflows/ci.yml',
          jobs: new Map([
            ['release', [job('release', 'success', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z')]]
          ]),
          unmatched: []
        }
      }
    )
    const finding = await acceptanceBeforePromotion.check(
      contextFor('acceptance-before-promotion', evidence),
      { jobs: [] }
    )
    expect(finding).toMatchObject({ status: 'pass', messageId: 'gated' })
  })

  it('keeps the definition verdict when the deploy was skipped (e2e failed: charged to acceptance-tests)', async () => {
    const finding = await judgeRun({
      e2e: [job('e2e', 'failure', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z')],
      'deploy-prod': [{ ...job('deploy-prod', 'skipped', '', ''), startedAt: null, completedAt: null }]
    })
    expect(finding).toMatchObject({ status: 'pass', strength: 'definition', messageId: 'gated' })
  })
})
