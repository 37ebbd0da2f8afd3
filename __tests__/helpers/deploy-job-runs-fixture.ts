import { comparisonShape } from './deploy-fixture.js'
import { paginated } from './fake-github.js'
import type { FakeGitHub } from './fake-github.js'
import { jobShape, workflowRunShape } from './github-shapes.js'

/**
 * A month of octo/shop deploying with a workflow job and no GitHub Deployments (the DORA fallback): runs of
 * .github/workflows/cd.yml on main whose `deploy` job (environment production) succeeded, failed, was
 * skipped or cancelled. The values are worked out by hand in __tests__/dora-fallback.test.ts; the window is
 * 2026-11-01 to 2026-12-01.
 */
export const CD_WORKFLOW = `name: CD
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
  deploy:
    needs: build
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`

interface FixtureRun {
  id: number
  sha: string
  createdAt: string
  title?: string
  /** The deploy job's conclusion and completion; the build job succeeded unless the deploy was skipped. */
  deploy: [conclusion: string, completedAt: string | null]
}

const T = (day: number, time: string): string => `2026-11-${String(day).padStart(2, '0')}T${time}:00Z`

export const RUNS: FixtureRun[] = [
  // Before the window: the base of the first comparison.
  { id: 901, sha: 'b0', createdAt: '2026-10-30T10:00:00Z', deploy: ['success', '2026-10-30T10:20:00Z'] },
  { id: 902, sha: 'b1', createdAt: T(3, '09:00'), deploy: ['success', T(3, '09:30')] },
  { id: 903, sha: 'b2', createdAt: T(6, '14:00'), deploy: ['failure', T(6, '14:25')] },
  { id: 904, sha: 'b3', createdAt: T(6, '16:00'), deploy: ['success', T(6, '16:40')] },
  // The build failed: the deploy job was skipped, so no deploy happened.
  { id: 905, sha: 'b4', createdAt: T(10, '10:00'), deploy: ['skipped', null] },
  {
    id: 906,
    sha: 'b5',
    createdAt: T(15, '10:00'),
    title: 'Hotfix: cart total',
    deploy: ['success', T(15, '10:15')]
  },
  // Ships a revert of what run 906 shipped: 906's deploy failed.
  { id: 907, sha: 'b6', createdAt: T(20, '09:00'), deploy: ['success', T(20, '09:50')] },
  // Cancelled while deploying: not a deploy.
  { id: 908, sha: 'b7', createdAt: T(25, '10:00'), deploy: ['cancelled', T(25, '10:05')] }
]

/** compare base...head → the commits GitHub lists (oldest first). */
export const RUN_COMPARISONS: Record<string, Array<{ sha: string; date: string; message: string }>> = {
  'b0...b1': [
    { sha: 'c1', date: T(2, '09:30'), message: 'Add the basket' },
    { sha: 'c2', date: T(3, '07:30'), message: 'Basket total' }
  ],
  'b1...b3': [
    { sha: 'c3', date: T(6, '12:00'), message: 'New checkout' },
    { sha: 'c4', date: T(6, '15:40'), message: 'New checkout, fixed' }
  ],
  'b3...b5': [{ sha: 'c5', date: T(15, '09:15'), message: 'Hotfix: cart total' }],
  'b5...b6': [{ sha: 'c6', date: T(20, '08:50'), message: 'Revert "Hotfix: cart total"' }]
}

/** Programs the fake: no deployment, the runs of cd.yml (newest first), their jobs and the comparisons. */
export function serveDeployJobRuns(fake: FakeGitHub, shiftMs = 0): void {
  const at = (iso: string) => new Date(Date.parse(iso) + shiftMs).toISOString()
  const repo = { owner: 'octo', repo: 'shop' }
  fake.on('GET', '/repos/octo/shop/deployments', { body: [] })
  fake.on('GET', '/repos/octo/shop', { body: { full_name: 'octo/shop', default_branch: 'main' } })
  const newestFirst = [...RUNS].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  fake.on(
    'GET',
    '/repos/octo/shop/actions/workflows/cd.yml/runs',
    paginated(
      newestFirst.map(run => ({
        ...workflowRunShape({
          ...repo,
          id: run.id,
          attempt: 1,
          event: 'push',
          headSha: run.sha,
          headBranch: 'main',
          path: '.github/workflows/cd.yml'
        }),
        display_title: run.title ?? 'Change',
        status: 'completed',
        conclusion: run.deploy[0] === 'success' ? 'success' : 'failure',
        created_at: at(run.createdAt)
      })),
      'workflow_runs'
    )
  )
  for (const run of RUNS) {
    const [conclusion, completedAt] = run.deploy
    const shape = { ...repo, runId: run.id, attempt: 1, headSha: run.sha }
    const started = at(run.createdAt)
    fake.on('GET', `/repos/octo/shop/actions/runs/${run.id}/jobs`, {
      body: {
        total_count: 2,
        jobs: [
          jobShape(shape, {
            id: run.id * 10 + 1,
            name: 'build',
            conclusion: conclusion === 'skipped' ? 'failure' : 'success',
            startedAt: started,
            completedAt: started
          }),
          jobShape(shape, {
            id: run.id * 10 + 2,
            name: 'deploy',
            conclusion,
            startedAt: started,
            completedAt: completedAt === null ? null : at(completedAt)
          })
        ]
      }
    })
  }
  for (const [range, commits] of Object.entries(RUN_COMPARISONS)) {
    fake.on('GET', `/repos/octo/shop/compare/${range}`, { body: comparisonShape(commits, c => at(c)) })
  }
}
