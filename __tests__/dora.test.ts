import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { deployHistoryFor } from '../src/evidence/deploy-history-for.js'
import { checkoutDeployJobs } from '../src/history/checkout-deploy-jobs.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../src/workflow/environment-class.js'
import { CD_WORKFLOW } from './helpers/deploy-job-runs-fixture.js'
import { readDeployHistory } from '../src/evidence/deploy-history.js'
import type { EtagCache } from '../src/evidence/deploy-reader.js'
import { createGitHubClient } from '../src/evidence/github-client.js'
import { dora } from '../src/evaluate/dora.js'
import { fixtureRecords, serveDeployFixture, statusShape, WINDOW } from './helpers/deploy-fixture.js'
import { FakeGitHub, forbidden, paginated } from './helpers/fake-github.js'
import { deploymentShape, jobShape, workflowRunShape } from './helpers/github-shapes.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { tempRepo } from './helpers/temp-repo.js'

/**
 * `maturity-gate dora` and the Deployments API reading under it, against the loopback GitHub API: the
 * fixture month of __tests__/helpers/deploy-fixture.ts (values worked out in __tests__/evaluate/dora.test.ts).
 */

const TOKEN = 'ghp_doraTokenForTheFakeServer00000000001'
const bundle = path.join(import.meta.dirname, '../dist/cli/index.js')

let fake: FakeGitHub
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})
afterEach(() => fake.close())

/** The last column of the README's call-budget row for `what`: the requests 200 deploys in 30 days may take. */
function readmeBudget(what: string): number {
  const readme = readFileSync(path.join(import.meta.dirname, '../README.md'), 'utf8')
  const row = readme.split('\n').find(line => line.startsWith(`| ${what} |`))
  const cells = (row ?? '').split('|').map(cell => cell.trim())
  return Number(cells.at(-2))
}

const client = () => createGitHubClient({ token: TOKEN, apiUrl: fake.url, retryDelayMs: 1 })
const target = { owner: 'octo', repo: 'shop', ...WINDOW, isProduction: (env: string) => env === 'production' }

describe('reading a month of deployments', () => {
  it('collects statuses and compare ranges that give the hand-computed values', async () => {
    serveDeployFixture(fake)
    const history = await readDeployHistory(client(), target)
    expect(history.gap).toBeUndefined()
    const byId = (records: typeof history.deployments) => [...records].sort((a, b) => a.id - b.id)
    expect(byId(history.deployments)).toEqual(byId(fixtureRecords()))
    // 1 list page, 10 production deploys in the window + 1 before it, 7 comparisons (D8 re-deploys D7's SHA).
    expect(history.requests).toBe(19)
    expect(fake.count()).toBe(19)
    expect(dora(history).environments[0]?.changeFailRate).toMatchObject({ value: 100 / 3 })
  })

  it('sends the ETag back and reuses the answer on 304', async () => {
    serveDeployFixture(fake, 0, {
      3: request =>
        request.headers['if-none-match'] === '"s3"'
          ? { status: 304 }
          : { headers: { etag: '"s3"' }, body: [statusShape(30, 'success', '2026-11-05T09:00:00Z')] }
    })
    const etags: EtagCache = new Map()
    const first = await readDeployHistory(client(), { ...target, etags })
    const second = await readDeployHistory(client(), { ...target, etags })
    const statusesOf3 = fake.requests.filter(r => r.path === '/repos/octo/shop/deployments/3/statuses')
    expect(statusesOf3.map(r => r.headers['if-none-match'])).toEqual([undefined, '"s3"'])
    expect(second.deployments.find(d => d.id === 3)).toEqual(first.deployments.find(d => d.id === 3))
  })

  it('stays within the README budget for 200 deployments in 30 days', async () => {
    const start = Date.parse(WINDOW.since)
    const deploys = Array.from({ length: 201 }, (_, i) => ({
      id: i + 1,
      sha: `s${i}`,
      // One before the window, then one every 3.5 hours, newest first.
      at: new Date(start - 3_600_000 + i * 12_600_000).toISOString()
    })).reverse()
    fake.on(
      'GET',
      '/repos/octo/shop/deployments',
      paginated(
        deploys.map(d => ({
          ...deploymentShape({
            owner: 'octo',
            repo: 'shop',
            id: d.id,
            sha: d.sha,
            environment: 'production'
          }),
          created_at: d.at
        }))
      )
    )
    for (const d of deploys) {
      fake.on('GET', `/repos/octo/shop/deployments/${d.id}/statuses`, {
        body: [statusShape(d.id, 'success', new Date(Date.parse(d.at) + 600_000).toISOString())]
      })
      const previous = `s${d.id - 2}`
      fake.on('GET', `/repos/octo/shop/compare/${previous}...${d.sha}`, {
        body: {
          status: 'ahead',
          total_commits: 1,
          commits: [{ sha: `c${d.id}`, commit: { message: 'Change', committer: { date: d.at } } }]
        }
      })
    }
    const history = await readDeployHistory(client(), target)
    expect(history.gap).toBeUndefined()
    // ⌈201/100⌉ list pages, 201 statuses, 200 comparisons: the README's 2·N + ⌈N/100⌉ + 4 for N = 200 is 406.
    expect(fake.count()).toBe(404)
    expect(readmeBudget('DORA from Deployments')).toBe(406)
    expect(fake.count()).toBeLessThanOrEqual(readmeBudget('DORA from Deployments'))
    const frequency = dora(history).environments[0]?.deploymentFrequency
    expect(frequency).toMatchObject({
      status: 'known',
      basis: 200,
      bucket: 'on demand (multiple deploys per day)'
    })
  })

  it('stays within the README budget for 200 deploy-job runs in 30 days (the fallback)', async () => {
    const start = Date.parse(WINDOW.since)
    // One before the window, then one every 3.5 hours, newest first.
    const runs = Array.from({ length: 201 }, (_, i) => ({
      id: i + 1,
      sha: `s${i}`,
      at: new Date(start - 3_600_000 + i * 12_600_000).toISOString()
    })).reverse()
    const shape = (run: (typeof runs)[number]) =>
      workflowRunShape({
        owner: 'octo',
        repo: 'shop',
        id: run.id,
        attempt: 1,
        event: 'push',
        headSha: run.sha,
        headBranch: 'main',
        path: '.github/workflows/cd.yml'
      })
    fake.on('GET', '/repos/octo/shop/deployments', { body: [] })
    fake.on('GET', '/repos/octo/shop', { body: { default_branch: 'main' } })
    fake.on(
      'GET',
      '/repos/octo/shop/actions/workflows/cd.yml/runs',
      paginated(
        runs.map(run => ({ ...shape(run), status: 'completed', conclusion: 'success', created_at: run.at })),
        'workflow_runs'
      )
    )
    for (const run of runs) {
      const done = new Date(Date.parse(run.at) + 600_000).toISOString()
      fake.on('GET', `/repos/octo/shop/actions/runs/${run.id}/jobs`, {
        body: {
          total_count: 1,
          jobs: [
            jobShape(
              { owner: 'octo', repo: 'shop', runId: run.id, attempt: 1, headSha: run.sha },
              { id: run.id * 10, name: 'deploy', startedAt: run.at, completedAt: done }
            )
          ]
        }
      })
      fake.on('GET', `/repos/octo/shop/compare/s${run.id - 2}...${run.sha}`, {
        body: {
          status: 'ahead',
          total_commits: 1,
          commits: [{ sha: `c${run.id}`, commit: { message: 'Change', committer: { date: run.at } } }]
        }
      })
    }
    const repo = await tempRepo({ '.github/workflows/cd.yml': CD_WORKFLOW })
    const api = { client: client(), context: { owner: 'octo', repo: 'shop', apiUrl: fake.url } }
    const history = await deployHistoryFor(
      api,
      DEFAULT_ENVIRONMENT_PATTERNS,
      await checkoutDeployJobs(repo.root, DEFAULT_ENVIRONMENT_PATTERNS, api),
      { until: new Date(WINDOW.until), days: 30 }
    ).finally(() => repo.remove())
    expect(history.gap).toBeUndefined()
    expect(history.source).toBe('deploy-job runs of .github/workflows/cd.yml')
    // The empty deployments page, the default branch, ⌈201/100⌉ run pages, 201 jobs, 200 comparisons.
    expect(fake.count()).toBe(406)
    expect(readmeBudget('DORA from deploy-job runs (the fallback)')).toBe(408)
    expect(fake.count()).toBeLessThanOrEqual(readmeBudget('DORA from deploy-job runs (the fallback)'))
    expect(dora(history).environments[0]?.deploymentFrequency).toMatchObject({ status: 'known', basis: 200 })
  })

  it('is a gap, not a partial answer, beyond the request budget', async () => {
    serveDeployFixture(fake)
    const history = await readDeployHistory(client(), { ...target, maxRequests: 5 })
    expect(history.gap).toBe('reading the deployments needs more than 5 requests')
    expect(dora(history).unknown).toBe(history.gap)
  })

  it('names the permission when the token may not read deployments', async () => {
    fake.on('GET', '/repos/octo/shop/deployments', forbidden())
    const history = await readDeployHistory(client(), target)
    expect(history.gap).toBe(
      '403 Resource not accessible by integration: the token needs `permissions: deployments: read` and `contents: read`'
    )
  })
})

describe('maturity-gate dora (the CLI bundle)', () => {
  async function doraCli(args: string[], env: Record<string, string>) {
    const repo = await tempRepo({ 'README.md': 'shop\n' })
    try {
      return await spawnNode([bundle, 'dora', repo.root, ...args], { cwd: repo.root, env: runnerEnv(env) })
    } finally {
      await repo.remove()
    }
  }

  /** The fixture moved so that its window ends a minute ago: the CLI measures up to now. */
  const shift = () => Date.now() - Date.parse(WINDOW.until) - 60_000

  it('prints the five metrics with their DORA survey answers', async () => {
    serveDeployFixture(fake, shift())
    const result = await doraCli(['--repo', 'octo/shop'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').slice(2).join('\n')).toBe(
      [
        'production',
        '  deployment frequency   0.27 a day (8 deploys): between once per day and once per week',
        '  change lead time       median 2 h, p90 24 h (7 commits): between one hour and one day',
        '  change fail rate       33% of 9 deploys: 31–45%',
        '  recovery time          median 3 h (3 failures): between one hour and one day',
        '  rework rate            33% of 9 deploys: 31–45%',
        ''
      ].join('\n')
    )
  })

  it('gives the values and the requests made as JSON', async () => {
    serveDeployFixture(fake, shift())
    const result = await doraCli(['--repo', 'octo/shop', '--format', 'json', '--window', '30'], {
      GH_TOKEN: TOKEN,
      GITHUB_API_URL: fake.url
    })
    const json = JSON.parse(result.stdout) as {
      windowDays: number
      requests: number
      environments: unknown[]
    }
    expect(json).toMatchObject({ windowDays: 30, requests: 19 })
    expect(json.environments[0]).toMatchObject({ leadTime: { value: 2, p90: 24 } })
  })

  it('says unknown offline, for every metric', async () => {
    const result = await doraCli([], {})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^ {2}deployment frequency {3}unknown: offline: the Deployments API needs a token \(GITHUB_TOKEN or GH_TOKEN\)$/m
    )
    expect(result.stdout.match(/unknown: offline/g)).toHaveLength(5)
    expect(fake.count()).toBe(0)
  })

  it('says unknown for a repository with no deployments', async () => {
    fake.on('GET', '/repos/octo/shop/deployments', { body: [] })
    const result = await doraCli(['--repo', 'octo/shop'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
    expect(result.stdout.match(/unknown: no deployment to a production environment/g)).toHaveLength(5)
  })

  it('refuses a window that is not a number of days', async () => {
    const result = await doraCli(['--window', '0'], {})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^maturity-gate: --window is '0'; expected a whole number of days from 1 to 365\n/
    )
  })
})
