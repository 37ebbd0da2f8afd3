import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { deployHistoryFor } from '../src/evidence/deploy-history-for.js'
import { createGitHubClient } from '../src/evidence/github-client.js'
import { dora } from '../src/evaluate/dora.js'
import { checkoutDeployJobs } from '../src/history/checkout-deploy-jobs.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../src/workflow/environment-class.js'
import { WINDOW } from './helpers/deploy-fixture.js'
import { CD_WORKFLOW, serveDeployJobRuns } from './helpers/deploy-job-runs-fixture.js'
import { FakeGitHub, forbidden } from './helpers/fake-github.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { tempRepo } from './helpers/temp-repo.js'

/**
 * DORA from the runs of the production deploy jobs, when GitHub Deployments have none (the fixture of
 * __tests__/helpers/deploy-job-runs-fixture.ts, through the loopback GitHub API). Worked out by hand, run
 * numbers as in the fixture (901 precedes the window):
 *
 * - deploys completed in the window: 902 ✓, 903 ✗ (deploy job failed), 904 ✓, 906 ✓, 907 ✓ = 5; 905 (skipped)
 *   and 908 (cancelled) are no deploys. Shipped 4 / 30 days = 0.1333 a day: between once per week and once
 *   per month.
 * - lead time: c1 11-02 09:30 → 902 11-03 09:30 = 24 h; c2 07:30 → 09:30 = 2 h; c3 11-06 12:00 → 904 16:40 =
 *   4 h 40 min; c4 15:40 → 16:40 = 1 h; c5 11-15 09:15 → 906 10:15 = 1 h; c6 11-20 08:50 → 907 09:50 = 1 h.
 *   Sorted 1, 1, 1, 2, 4.67, 24: median (1 + 2) / 2 = 1.5 h, p90 (nearest rank 6 of 6) 24 h.
 * - failed: 903 (failed job) and 906 (907 ships `Revert "Hotfix: cart total"`) = 2 of 5 = 40 %.
 * - recovery: 903 11-06 14:25 → 904 16:40 = 2.25 h; 906 11-15 10:15 → 907 11-20 09:50 = 119 h 35 min;
 *   median (2.25 + 119.5833) / 2 = 60.9167 h = 2.54 days.
 * - rework: 906, titled `Hotfix: cart total` = 1 of 5 = 20 %.
 * - requests: the deployments page, the repository (default branch), one page of runs, 8 runs' jobs (7 in
 *   the window, 901 before it) and 4 comparisons = 15.
 */

const TOKEN = 'ghp_doraFallbackTokenForTheFakeServer0001'
const bundle = path.join(import.meta.dirname, '../dist/cli/index.js')
const HOUR = 3_600_000

let fake: FakeGitHub
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})
afterEach(() => fake.close())

async function withRepo<T>(files: Record<string, string>, use: (root: string) => Promise<T>): Promise<T> {
  const repo = await tempRepo({ 'README.md': 'shop\n', ...files })
  try {
    return await use(repo.root)
  } finally {
    await repo.remove()
  }
}

const CD = { '.github/workflows/cd.yml': CD_WORKFLOW }

describe('the deploy-job runs fallback', () => {
  it('measures the five metrics from the runs of the production deploy job', async () => {
    serveDeployJobRuns(fake)
    const api = {
      client: createGitHubClient({ token: TOKEN, apiUrl: fake.url, retryDelayMs: 1 }),
      context: { owner: 'octo', repo: 'shop', apiUrl: fake.url }
    }
    const history = await withRepo(CD, async root =>
      deployHistoryFor(
        api,
        DEFAULT_ENVIRONMENT_PATTERNS,
        await checkoutDeployJobs(root, DEFAULT_ENVIRONMENT_PATTERNS, api),
        {
          until: new Date(WINDOW.until),
          days: 30
        }
      )
    )
    expect(history.gap).toBeUndefined()
    expect(history.source).toBe('deploy-job runs of .github/workflows/cd.yml')
    expect(history.requests).toBe(15)
    expect(fake.count()).toBe(15)
    const runs = fake.requests.filter(r => r.path === '/repos/octo/shop/actions/workflows/cd.yml/runs')
    expect(runs.map(r => [r.query.get('branch'), r.query.get('status')])).toEqual([['main', 'completed']])
    const metrics = dora(history)
    expect(metrics.source).toBe('deploy-job runs of .github/workflows/cd.yml')
    expect(metrics.environments).toEqual([
      {
        environment: 'production',
        deploymentFrequency: {
          status: 'known',
          value: 4 / 30,
          bucket: 'between once per week and once per month',
          basis: 4
        },
        leadTime: { status: 'known', value: 1.5, p90: 24, bucket: 'between one hour and one day', basis: 6 },
        changeFailRate: { status: 'known', value: 40, bucket: '31–45%', basis: 5 },
        recoveryTime: {
          status: 'known',
          value: (2.25 * HOUR + (119 * HOUR + 35 * 60_000)) / 2 / HOUR,
          bucket: 'between one day and one week',
          basis: 2
        },
        reworkRate: { status: 'known', value: 20, bucket: '16–30%', basis: 5 }
      }
    ])
  })
})

describe('maturity-gate dora without Deployments (the CLI bundle)', () => {
  const doraCli = (files: Record<string, string>, args: string[] = []) =>
    withRepo(files, root =>
      spawnNode([bundle, 'dora', root, '--repo', 'octo/shop', ...args], {
        cwd: root,
        env: runnerEnv({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
      })
    )
  /** The fixture moved so that its window ends a minute ago: the CLI measures up to now. */
  const shift = () => Date.now() - Date.parse(WINDOW.until) - 60_000

  it('says the numbers come from the deploy-job runs, with the hand-computed values', async () => {
    serveDeployJobRuns(fake, shift())
    const result = await doraCli(CD)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [head, , ...rest] = result.stdout.split('\n')
    expect(head).toMatch(
      /^DORA metrics over 30 days \(.+\), from deploy-job runs of \.github\/workflows\/cd\.yml$/
    )
    expect(rest.join('\n')).toBe(
      [
        'production',
        '  deployment frequency   0.13 a day (4 deploys): between once per week and once per month',
        '  change lead time       median 1.5 h, p90 24 h (6 commits): between one hour and one day',
        '  change fail rate       40% of 5 deploys: 31–45%',
        '  recovery time          median 2.54 days (2 failures): between one day and one week',
        '  rework rate            20% of 5 deploys: 16–30%',
        ''
      ].join('\n')
    )
  })

  it('gives the source in JSON', async () => {
    serveDeployJobRuns(fake, shift())
    const result = await doraCli(CD, ['--format', 'json'])
    expect(JSON.parse(result.stdout)).toMatchObject({
      source: 'deploy-job runs of .github/workflows/cd.yml',
      requests: 15
    })
  })

  it('is unknown, naming the permission, when the runs cannot be read', async () => {
    serveDeployJobRuns(fake, shift())
    fake.on('GET', '/repos/octo/shop/actions/workflows/cd.yml/runs', forbidden())
    const result = await doraCli(CD)
    expect(
      result.stdout.match(
        /unknown: 403 Resource not accessible by integration: the token needs `permissions: actions: read` and `contents: read`$/gm
      )
    ).toHaveLength(5)
    expect(result.stdout).not.toMatch(/\b0(\.0+)? a day/)
  })

  it('is unknown when the deploy job has no completed run', async () => {
    fake.on('GET', '/repos/octo/shop/deployments', { body: [] })
    fake.on('GET', '/repos/octo/shop', { body: { default_branch: 'main' } })
    fake.on('GET', '/repos/octo/shop/actions/workflows/cd.yml/runs', {
      body: { total_count: 0, workflow_runs: [] }
    })
    const result = await doraCli(CD)
    expect(result.stdout.split('\n')[0]).toMatch(/from deploy-job runs of \.github\/workflows\/cd\.yml$/)
    expect(result.stdout.match(/unknown: no completed run of `deploy` on main$/gm)).toHaveLength(5)
  })

  it('is unknown when neither Deployments nor a workflow job deploys to production', async () => {
    fake.on('GET', '/repos/octo/shop/deployments', { body: [] })
    const result = await doraCli({})
    expect(
      result.stdout.match(
        /unknown: no deployment to a production environment in the Deployments API, and no workflow job deploys to production$/gm
      )
    ).toHaveLength(5)
    expect(fake.count()).toBe(1)
  })
})
