import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { appendHistoryRecord, MAX_APPEND_ATTEMPTS } from '../src/evidence/append-history-record.js'
import { createGitHubClient } from '../src/evidence/github-client.js'
import type { HistoryRecord } from '../src/report/history-record.js'
import { parseHistory } from '../src/report/parse-history.js'
import { FakeGitHub, forbidden, paginated } from './helpers/fake-github.js'
import { FakeGitData } from './helpers/fake-git-data.js'
import {
  branchRuleShape,
  contentFileShape,
  jobShape,
  runClock,
  workflowRunShape
} from './helpers/github-shapes.js'
import { gitRepo } from './helpers/git-repo.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * The history store (policy `history:`) on a data branch, written through the Git data API of the loopback
 * GitHub server: append-only, fast-forward only, retried when another run moved the branch; read back by the
 * action's summary trend and by `maturity-gate history`.
 */

const TOKEN = 'ghs_historyTokenForTheFakeServer000001'
const STORE = { owner: 'octo', repo: 'shop', branch: 'maturity-history', path: 'maturity-history.jsonl' }
const action = path.join(import.meta.dirname, '../dist/index.js')
const cli = path.join(import.meta.dirname, '../dist/cli/index.js')
const DAY = 86_400_000

let fake: FakeGitHub
let git: FakeGitData
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  git = new FakeGitData(fake).serveFile(STORE.path)
})
afterEach(() => fake.close())

const client = () => createGitHubClient({ token: TOKEN, apiUrl: fake.url, retryDelayMs: 1 })
const line = (n: number) => JSON.stringify({ schema: 1, run: n })
const runsIn = (text: string | undefined) =>
  (text ?? '')
    .trim()
    .split('\n')
    .map(l => (JSON.parse(l) as { run: number }).run)

describe('appending to the store', () => {
  it('creates the data branch with the first record', async () => {
    const result = await appendHistoryRecord(client(), STORE, line(1), 'record 1')
    expect(result).toMatchObject({ ok: true, attempts: 1 })
    expect(git.fileAt('maturity-history', STORE.path)).toBe(`${line(1)}\n`)
  })

  it('starts again from the new tip when the branch moved during the run: nothing is lost', async () => {
    git.commitDirectly('maturity-history', STORE.path, `${line(1)}\n`)
    git.beforeNextUpdate = () => {
      git.commitDirectly('maturity-history', STORE.path, `${line(1)}\n${line(2)}\n`)
    }
    const result = await appendHistoryRecord(client(), STORE, line(3), 'record 3')
    expect(result).toMatchObject({ ok: true, attempts: 2 })
    expect(runsIn(git.fileAt('maturity-history', STORE.path))).toEqual([1, 2, 3])
  })

  it('loses no record when five runs append at once', async () => {
    git.commitDirectly('maturity-history', STORE.path, `${line(0)}\n`)
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(n => appendHistoryRecord(client(), STORE, line(n), `record ${n}`))
    )
    expect(results.every(r => r.ok)).toBe(true)
    expect(runsIn(git.fileAt('maturity-history', STORE.path)).sort()).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('gives up after a bounded number of attempts when the branch keeps moving', async () => {
    git.commitDirectly('maturity-history', STORE.path, `${line(0)}\n`)
    let moves = 0
    const keepMoving = () => {
      moves++
      git.commitDirectly('maturity-history', STORE.path, `${line(0)}\n${line(100 + moves)}\n`)
      git.beforeNextUpdate = keepMoving
    }
    git.beforeNextUpdate = keepMoving
    const result = await appendHistoryRecord(client(), STORE, line(1), 'record 1')
    expect(result).toEqual({
      ok: false,
      reason: `maturity-history kept moving: ${MAX_APPEND_ATTEMPTS} attempts to append were each overtaken by another run`
    })
    expect(moves).toBe(MAX_APPEND_ATTEMPTS)
  })

  it('says the job needs contents: write when the token may not write', async () => {
    fake.on('POST', '/repos/octo/shop/git/blobs', forbidden())
    const result = await appendHistoryRecord(client(), STORE, line(1), 'record 1')
    expect(result).toEqual({
      ok: false,
      reason:
        "cannot write maturity-history:maturity-history.jsonl: 403 Resource not accessible by integration: writing the history needs `permissions: contents: write` for the gate's job"
    })
  })
})

const SHA = (n: number) => n.toString(16).padStart(40, 'c')
const WORKFLOW = `on:
  push:
    branches: [main]
jobs:
  unit:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  maturity:
    needs: [unit]
    runs-on: ubuntu-latest
    steps:
      - uses: maturity-gate/maturity-gate@v0
`
const POLICY = `version: 1
model: cdmm
target: base
mode: advise
history:
  branch: maturity-history
`

/** Records an earlier run would have written, `daysAgo` days before now. */
function earlier(daysAgo: number, commit: string, practices: Record<string, string>, held: number): string {
  const record = {
    schema: 1,
    commit: commit.padEnd(40, '0'),
    date: new Date(Date.now() - daysAgo * DAY).toISOString(),
    model: 'cdmm',
    level: 'base',
    categories: {},
    practices,
    held,
    waivers: []
  }
  return JSON.stringify(record)
}

describe('the action with history: ten default-branch runs', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mg-history-'))
    await mkdir(path.join(dir, 'repo/.github/workflows'), { recursive: true })
    await writeFile(path.join(dir, 'repo/.github/workflows/ci.yml'), WORKFLOW)
    await writeFile(path.join(dir, 'repo/.maturity.yml'), POLICY)
    await writeFile(path.join(dir, 'event.json'), JSON.stringify({ repository: { default_branch: 'main' } }))
    const { ok } = runClock('2026-11-29T10')
    fake
      .on('GET', '/repos/octo/shop/actions/runs/42', {
        body: workflowRunShape({
          owner: 'octo',
          repo: 'shop',
          id: 42,
          attempt: 1,
          event: 'push',
          headSha: SHA(1),
          headBranch: 'main',
          path: '.github/workflows/ci.yml'
        })
      })
      .on(
        'GET',
        '/repos/octo/shop/actions/runs/42/attempts/1/jobs',
        paginated(
          [
            jobShape(
              { owner: 'octo', repo: 'shop', runId: 42, attempt: 1, headSha: SHA(1) },
              ok(1, 'unit', 0, 2)
            )
          ],
          'jobs'
        )
      )
      .on('GET', '/repos/octo/shop/deployments', { body: [] })
      .on('GET', '/repos/octo/shop/rules/branches/main', { body: [branchRuleShape('pull_request')] })
      .on('GET', '/repos/octo/shop/branches/main', { body: { protected: false } })
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  async function run(n: number, ref = 'refs/heads/main') {
    await writeFile(path.join(dir, 'summary.md'), '')
    await writeFile(path.join(dir, 'outputs'), '')
    const result = await spawnNode([action], {
      cwd: path.join(dir, 'repo'),
      env: runnerEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: path.join(dir, 'repo'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
        GITHUB_OUTPUT: path.join(dir, 'outputs'),
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'octo/shop',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: SHA(n),
        GITHUB_REF: ref,
        GITHUB_JOB: 'maturity',
        GITHUB_WORKFLOW_REF: 'octo/shop/.github/workflows/ci.yml@refs/heads/main',
        GITHUB_API_URL: fake.url,
        INPUT_TOKEN: TOKEN,
        INPUT_POLICY: '.maturity.yml',
        'INPUT_REPORT-PATH': 'maturity-report.json'
      })
    })
    return { ...result, summary: await readFile(path.join(dir, 'summary.md'), 'utf8') }
  }

  it('appends ten records and draws the trend in the summary', async () => {
    git.commitDirectly(
      'maturity-history',
      STORE.path,
      [
        earlier(6, 'aaaaaaa', { 'ci-on-change': 'fail', 'protected-default-branch': 'pass' }, 50),
        earlier(5, 'bbbbbbb', { 'ci-on-change': 'pass', 'protected-default-branch': 'pass' }, 75)
      ].join('\n') + '\n'
    )
    let last = { code: 0 as number | null, stdout: '', summary: '' }
    for (let n = 1; n <= 10; n++) last = await run(n)
    expect(last.code).toBe(0)
    const { records, skipped } = parseHistory(git.fileAt('maturity-history', STORE.path) ?? '')
    expect(skipped).toEqual([])
    expect(records).toHaveLength(12)
    const mine = records.slice(2)
    expect(mine.map(r => r.commit)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(SHA))
    expect(mine[0]).toMatchObject({
      schema: 1,
      run: 42,
      model: 'cdmm',
      practices: { 'ci-on-change': 'pass' }
    })
    expect(mine[0]?.dora).toEqual({})
    const record = mine[9] as HistoryRecord
    expect(typeof record.held).toBe('number')
    expect(last.summary).toContain('### Trend')
    expect(last.summary).toContain('<sub>The last 12 default-branch runs, ')
    expect(last.summary).toMatch(/^ {2}line \[50, 75(, [\d.]+){10}\]$/m)
    expect(last.summary).toMatch(/^ {2}x-axis \["aaaaaaa", "bbbbbbb", "cccccc[c0-9a-f]"/m)
    expect(last.summary).toMatch(
      /^\| ci-on-change \| pass \| held for 5 days \(since \d{4}-\d{2}-\d{2}\) \|$/m
    )
    expect(last.summary).toMatch(
      new RegExp(
        `^\\| protected-default-branch \\| fail \\| lost on \\d{4}-\\d{2}-\\d{2} in ${SHA(1).slice(0, 7)} \\|$`,
        'm'
      )
    )
  })

  it('reads the history settings of a github> base through the contents API when the checkout has no copy', async () => {
    await writeFile(
      path.join(dir, 'repo/.maturity.yml'),
      'version: 1\nextends: [github>octo/policies:maturity/base.yml@v1]\n'
    )
    fake.on('GET', '/repos/octo/policies/contents/maturity/base.yml', {
      body: contentFileShape({
        owner: 'octo',
        repo: 'policies',
        path: 'maturity/base.yml',
        ref: 'v1',
        text: POLICY
      })
    })
    const result = await run(1)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('history settings not read')
    expect(parseHistory(git.fileAt('maturity-history', STORE.path) ?? '').records.map(r => r.commit)).toEqual(
      [SHA(1)]
    )
    expect(result.summary).toContain('### Trend')
    const reads = fake.requests.filter(r => r.path === '/repos/octo/policies/contents/maturity/base.yml')
    // The gate reads the base once; the history settings once more, after it.
    expect(reads.map(r => r.query.get('ref'))).toEqual(['v1', 'v1'])
  })

  it('records nothing on another branch, and warns when the token may not write', async () => {
    await run(1, 'refs/heads/feature')
    expect(git.refs.has('maturity-history')).toBe(false)
    fake.on('POST', '/repos/octo/shop/git/blobs', forbidden())
    const denied = await run(2)
    expect(denied.code).toBe(0)
    expect(denied.stdout).toContain(
      '::warning::maturity-gate history: cannot write maturity-history:maturity-history.jsonl: 403 Resource not accessible by integration: writing the history needs `permissions: contents: write`'
    )
  })
})

describe('maturity-gate history (the CLI bundle)', () => {
  const records = [
    earlier(3, 'a1a1a1a', { 'unit-tests': 'fail' }, 40),
    earlier(2, 'b2b2b2b', { 'unit-tests': 'pass' }, 80),
    earlier(1, 'c3c3c3c', { 'unit-tests': 'pass' }, 100)
  ]

  it('reads the store through the API with a token', async () => {
    git.commitDirectly('maturity-history', STORE.path, `${records.join('\n')}\n`)
    const repo = gitRepo()
    try {
      const result = await spawnNode([cli, 'history', repo.root, '--repo', 'octo/shop'], {
        cwd: repo.root,
        env: runnerEnv({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
      })
      expect(result.code).toBe(0)
      const lines = result.stdout.split('\n')
      expect(lines[0]).toMatch(/^Trend over the last 3 runs \(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\)$/)
      expect(lines[1]).toBe('  held   ▄▇█ 40% → 100%')
      expect(lines[2]).toBe('  level  base')
      expect(lines[3]).toMatch(/^ {2}unit-tests {18} pass {5}held for 1 day \(since \d{4}-\d{2}-\d{2}\)$/)
      expect(result.stdout).toContain('Read from maturity-history:maturity-history.jsonl through the API.')
    } finally {
      repo.remove()
    }
  })

  it('check shows the trend after the report when the policy keeps a history', async () => {
    const repo = gitRepo()
    try {
      repo.git('checkout', '-q', '--orphan', 'maturity-history')
      repo.commit({ 'maturity-history.jsonl': `${records.join('\n')}\n` })
      repo.git('checkout', '-q', '--orphan', 'main')
      repo.commit({ 'maturity-history.jsonl': null, '.maturity.yml': POLICY })
      const result = await spawnNode([cli, 'check', repo.root], { cwd: repo.root, env: runnerEnv({}) })
      expect(result.stdout).toMatch(
        /\nTrend over the last 3 runs \(.*\)\n {2}held {3}▄▇█ 40% → 100%\n {2}level {2}base\n/
      )
      const markdown = await spawnNode([cli, 'check', repo.root, '--format', 'markdown'], {
        cwd: repo.root,
        env: runnerEnv({})
      })
      expect(markdown.stdout).toContain('  line [40, 80, 100]\n')
    } finally {
      repo.remove()
    }
  })

  it('reads the local branch, and says unknown offline without it', async () => {
    const repo = gitRepo()
    try {
      repo.commit({ 'README.md': 'shop\n' })
      const offline = await spawnNode([cli, 'history', repo.root], { cwd: repo.root, env: runnerEnv({}) })
      expect(offline.code).toBe(0)
      expect(offline.stdout).toMatch(
        /^Trend: unknown: no history at maturity-history:maturity-history.jsonl in the local clone \(.*\); with a token \(GITHUB_TOKEN or GH_TOKEN\) it is read through the API\n$/
      )
      repo.git('checkout', '-q', '--orphan', 'maturity-history')
      repo.commit({ 'README.md': null, 'maturity-history.jsonl': `${records.join('\n')}\nnot json\n` })
      repo.git('checkout', '-q', 'main')
      const local = await spawnNode([cli, 'history', repo.root, '--format', 'json'], {
        cwd: repo.root,
        env: runnerEnv({})
      })
      const json = JSON.parse(local.stdout) as {
        source: string
        records: HistoryRecord[]
        skipped: unknown[]
      }
      expect(json.source).toBe('maturity-history:maturity-history.jsonl in the local clone')
      expect(json.records.map(r => r.held)).toEqual([40, 80, 100])
      expect(json.skipped).toEqual([{ line: 4, reason: 'not JSON' }])
    } finally {
      repo.remove()
    }
  })
})
