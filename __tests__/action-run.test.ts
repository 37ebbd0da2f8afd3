import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub, forbidden, paginated } from './helpers/fake-github.js'
import type { FakeReply } from './helpers/fake-github.js'
import {
  branchRuleShape,
  branchShape,
  jobShape,
  runClock,
  workflowRunShape
} from './helpers/github-shapes.js'
import type { JobSpec } from './helpers/github-shapes.js'
import { readJson } from './helpers/read-json.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * The bundle end to end, started exactly as the runner starts a node action (design §9): INPUT_* and GITHUB_*
 * variables, an event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the REST API at a real HTTP server
 * on 127.0.0.1 serving the recorded shapes of the real endpoints.
 */

const bundle = path.join(import.meta.dirname, '../dist/index.js')
const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted0001'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const REPO = '/repos/octo/shop'
const TARGET = { owner: 'octo', repo: 'shop', runId: 42, attempt: 1, headSha: SHA }

const DELIVERY = `name: Delivery
on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
  unit:
    name: Unit tests
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [20, 22]
    steps:
      - run: npm test
  e2e:
    name: Acceptance (Playwright)
    needs: [build, unit]
    runs-on: ubuntu-latest
    steps:
      - run: npx playwright test
  deploy-production:
    needs: e2e
    if: github.event_name == 'push'
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/deploy.sh production
  maturity:
    needs: [deploy-production]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - uses: maturity-gate/maturity-gate@v1
`

const POLICY = `version: 1
model: cdmm
target: base
practices:
  acceptance-before-promotion: { level: base }
`

interface Scenario {
  event: string
  jobs: JobSpec[]
  jobsReply?: ReturnType<typeof forbidden>
  inputs?: Record<string, string>
  payload?: Record<string, unknown>
  /** The rulesets of main; by default a pull request and the `maturity` check are required. */
  rules?: unknown[]
  /** `GET /repos/octo/shop/branches/main`, asked only when the rulesets do not settle the protection. */
  branchReply?: FakeReply
}

const RULESETS = [
  branchRuleShape('pull_request'),
  branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'maturity' }] })
]

const { at, ok } = runClock('2026-11-29T10')
const ALL_PASSED: JobSpec[] = [
  ok(1, 'build', 0, 2),
  ok(2, 'Unit tests (20)', 0, 3),
  ok(3, 'Unit tests (22)', 0, 3),
  ok(4, 'Acceptance (Playwright)', 4, 8),
  ok(5, 'deploy-production', 9, 10),
  { id: 6, name: 'maturity', status: 'in_progress', startedAt: at(11) }
]

let fake: FakeGitHub
let dir: string

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-action-'))
  await mkdir(path.join(dir, 'repo/.github/workflows'), { recursive: true })
  await writeFile(path.join(dir, 'repo/.github/workflows/delivery.yml'), DELIVERY)
  await writeFile(path.join(dir, 'repo/.maturity.yml'), POLICY)
  await writeFile(path.join(dir, 'outputs'), '')
  await writeFile(path.join(dir, 'summary.md'), '')
})
afterEach(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

async function runAction(scenario: Scenario) {
  fake
    .on('GET', `${REPO}/actions/runs/42`, {
      body: workflowRunShape({
        ...TARGET,
        id: 42,
        event: scenario.event,
        headBranch: 'main',
        path: '.github/workflows/delivery.yml'
      })
    })
    .on(
      'GET',
      `${REPO}/actions/runs/42/attempts/1/jobs`,
      scenario.jobsReply ??
        paginated(
          scenario.jobs.map(job => jobShape(TARGET, job)),
          'jobs'
        )
    )
    .on('GET', `${REPO}/deployments`, { body: [] })
    .on('GET', `${REPO}/rules/branches/main`, { body: scenario.rules ?? RULESETS })
  if (scenario.branchReply) fake.on('GET', `${REPO}/branches/main`, scenario.branchReply)
  const event = {
    repository: { full_name: 'octo/shop', default_branch: 'main' },
    before: '0'.repeat(40),
    after: SHA,
    ...scenario.payload
  }
  await writeFile(path.join(dir, 'event.json'), JSON.stringify(event))
  const result = await spawnNode([bundle], {
    cwd: path.join(dir, 'repo'),
    env: runnerEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: path.join(dir, 'repo'),
      GITHUB_OUTPUT: path.join(dir, 'outputs'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_EVENT_NAME: scenario.event,
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_JOB: 'maturity',
      GITHUB_WORKFLOW_REF: 'octo/shop/.github/workflows/delivery.yml@refs/heads/main',
      GITHUB_API_URL: fake.url,
      INPUT_TOKEN: TOKEN,
      INPUT_POLICY: '.maturity.yml',
      'INPUT_REPORT-PATH': 'maturity-report.json',
      ...scenario.inputs
    })
  })
  const report = readJson(path.join(dir, 'repo/maturity-report.json')) as Report
  const outputs = await readFile(path.join(dir, 'outputs'), 'utf8')
  const summary = await readFile(path.join(dir, 'summary.md'), 'utf8')
  const finding = (id: string) => report.findings.find(f => f.practice === id)
  return { ...result, report, outputs, summary, finding }
}

describe('the action bundle against the REST API', () => {
  it('all jobs passed: run-strength verdicts, outputs, summary, exit 0, within the request budget', async () => {
    const result = await runAction({ event: 'push', jobs: ALL_PASSED })
    expect(result.code).toBe(0)
    expect(result.report.evidence).toEqual({
      workflows: 1,
      run: true,
      offline: false,
      needsApi: [],
      onlyApiMissing: false
    })
    expect(result.finding('ci-on-change')).toMatchObject({ status: 'pass', strength: 'run' })
    expect(result.finding('acceptance-before-promotion')).toMatchObject({ status: 'pass', strength: 'run' })
    expect(result.outputs).toContain('passed<<')
    expect(result.outputs).toMatch(/passed<<.*\ntrue\n/)
    expect(result.summary).not.toBe('')
    // run + one page of jobs + deployments + rules: ceil(6/100) + 3
    expect(fake.count()).toBeLessThanOrEqual(Math.ceil(6 / 100) + 3)
    // The token is registered with the runner (which masks it) and appears nowhere else.
    const lines = (result.stdout + result.stderr).split('\n')
    expect(lines).toContain(`::add-mask::${TOKEN}`)
    expect(lines.filter(line => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
  })

  it('the production deploy started before e2e finished: fails at run strength, exit 1', async () => {
    const early = ALL_PASSED.map(job =>
      job.name === 'deploy-production' ? ok(5, 'deploy-production', 5, 6) : job
    )
    const result = await runAction({ event: 'push', jobs: early })
    expect(result.finding('acceptance-before-promotion')).toMatchObject({
      status: 'fail',
      strength: 'run',
      messageId: 'started-early'
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error::level none reached, target base: acceptance-before-promotion does not hold/
    )
  })

  it('e2e failed and the deploy was skipped: the failure is not charged to acceptance-before-promotion', async () => {
    const jobs = ALL_PASSED.map(job => {
      if (job.name === 'Acceptance (Playwright)') return { ...job, conclusion: 'failure' }
      if (job.name === 'deploy-production') return { id: 5, name: 'deploy-production', conclusion: 'skipped' }
      return job
    })
    const result = await runAction({ event: 'push', jobs })
    expect(result.finding('acceptance-before-promotion')).toMatchObject({
      status: 'pass',
      strength: 'definition'
    })
    expect(result.finding('ci-on-change')).toMatchObject({ status: 'pass', strength: 'run' })
    expect(result.code).toBe(0)
  })

  it('a pull request run skips every deploy by its if: the gate passes on definition strength', async () => {
    const jobs = ALL_PASSED.map(job =>
      job.name === 'deploy-production' ? { id: 5, name: 'deploy-production', conclusion: 'skipped' } : job
    )
    // The workspace here is no git repository: hold the run to its own policy (the base is tested elsewhere).
    const result = await runAction({ event: 'pull_request', jobs, inputs: { 'INPUT_POLICY-SOURCE': 'head' } })
    expect(result.code).toBe(0)
    expect(result.finding('acceptance-before-promotion')).toMatchObject({
      status: 'pass',
      strength: 'definition'
    })
  })

  it('without actions: read the run is a gap named in a warning; verdicts fall back to definitions', async () => {
    const result = await runAction({ event: 'push', jobs: [], jobsReply: forbidden() })
    expect(result.stdout).toMatch(/^::warning title=maturity-gate%3A jobs not readable::.*actions: read/m)
    expect(result.report.evidence.run).toBe(false)
    expect(result.report.gaps[0]).toMatchObject({ permission: 'actions: read', status: 403 })
    expect(result.finding('ci-on-change')).toMatchObject({ status: 'pass', strength: 'definition' })
  })

  it('more than 100 jobs are paged within ceil(jobs/100) + 3 requests', async () => {
    const legs = Array.from({ length: 240 }, (_, i) => ok(100 + i, `Unit tests (${i})`, 0, 3))
    const result = await runAction({ event: 'push', jobs: [...ALL_PASSED, ...legs] })
    expect(fake.count()).toBeLessThanOrEqual(Math.ceil(246 / 100) + 3)
    expect(result.report.evidence.run).toBe(true)
  })
})

describe('the sticky pull-request comment', () => {
  const pullRequest = (head: string) => ({
    pull_request: {
      number: 7,
      base: { sha: SHA, repo: { full_name: 'octo/shop' } },
      head: { repo: { full_name: head } }
    }
  })
  const commentRun = (head: string) =>
    runAction({
      event: 'pull_request',
      jobs: ALL_PASSED,
      inputs: { INPUT_COMMENT: 'true', 'INPUT_POLICY-SOURCE': 'head' },
      payload: pullRequest(head)
    })

  it('is created once, then updated in place on the next run', async () => {
    fake.on(
      'GET',
      `${REPO}/issues/7/comments`,
      { body: [] },
      { body: [{ id: 99, body: '<!-- maturity-gate -->\nold' }] }
    )
    fake.on('POST', `${REPO}/issues/7/comments`, { status: 201, body: { id: 99 } })
    fake.on('PATCH', `${REPO}/issues/comments/99`, { body: { id: 99 } })
    await commentRun('octo/shop')
    await commentRun('octo/shop')
    const writes = fake.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path}`)
    expect(writes).toEqual([`POST ${REPO}/issues/7/comments`, `PATCH ${REPO}/issues/comments/99`])
  })

  it('is skipped with a notice on a pull request from a fork', async () => {
    const result = await commentRun('someone/shop-fork')
    expect(result.stdout).toMatch(/^::notice::maturity-gate did not comment: pull requests from forks/m)
    expect(fake.requests.filter(r => r.path.includes('/comments'))).toEqual([])
  })

  it('is skipped with a notice when the token may not write', async () => {
    fake.on('GET', `${REPO}/issues/7/comments`, { body: [] })
    fake.on('POST', `${REPO}/issues/7/comments`, forbidden())
    const result = await commentRun('octo/shop')
    expect(result.stdout).toMatch(
      /^::notice::maturity-gate did not comment on the pull request: .*pull-requests: write/m
    )
    expect(result.code).toBe(0)
  })
})

describe('the verdict in the log, the outputs and the summary', () => {
  const outputsOf = (text: string): Map<string, string> =>
    new Map(
      [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((match): [string, string] => [
        match[1] ?? '',
        match[3] ?? ''
      ])
    )

  it('a pass says "passed: <level>" once in the log', async () => {
    const result = await runAction({ event: 'push', jobs: ALL_PASSED })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').filter(line => line.startsWith('maturity-gate passed'))).toEqual([
      'maturity-gate passed: base (target base)'
    ])
  })

  it('an invalid policy: the errors in the summary, every output set, one verdict line, exit 1', async () => {
    await writeFile(
      path.join(dir, 'repo/.maturity.yml'),
      'version: 1\nmodel: cdmm\ntarget: expret\nstrict: maybe\n'
    )
    const result = await runAction({ event: 'push', jobs: ALL_PASSED })
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
    // One `::error::` verdict (the step's failure), beside one annotation per policy line.
    const errors = result.stdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errors.filter(line => line.startsWith('::error::'))).toEqual([
      '::error::maturity-gate: the policy is invalid (2 errors in .maturity.yml): nothing was judged; see the annotations and the job summary'
    ])
    expect(errors.filter(line => line.includes('file=.maturity.yml'))).toHaveLength(2)
    expect(Object.fromEntries(outputsOf(result.outputs))).toEqual({
      level: '',
      'level-index': '-1',
      target: '',
      passed: 'false',
      regressions: '0',
      'report-path': path.join(dir, 'repo/maturity-report.json')
    })
    expect(result.summary).toContain('## ❌ Maturity gate: the policy is invalid')
    expect(result.summary).toContain(
      '| `.maturity.yml:3:9` | `target` | value not allowed (did you mean \'expert\'?) (found `"expret"`) | `base`, `beginner`, `intermediate`, `advanced`, `expert` |'
    )
    expect(result.summary).toContain(
      '| `.maturity.yml:4:9` | `strict` | expected boolean (found `"maybe"`) | – |'
    )
    expect(result.report).toMatchObject({
      passed: false,
      level: null,
      policyErrors: [{ line: 3 }, { line: 4 }]
    })
  })
})

describe('branch protection both ways', () => {
  const judged = { 'INPUT_POLICY-SOURCE': 'head' }
  const requiredHere = async () =>
    writeFile(path.join(dir, 'repo/.maturity.yml'), `${POLICY}  protected-default-branch: { level: base }\n`)

  it('rulesets that show a pull request and checks: no further request', async () => {
    await requiredHere()
    const result = await runAction({ event: 'push', jobs: ALL_PASSED, inputs: judged })
    expect(result.finding('protected-default-branch')).toMatchObject({
      status: 'pass',
      messageId: 'protected'
    })
    expect(fake.count(`${REPO}/branches/main`)).toBe(0)
  })

  it('no ruleset: classic protection with required checks passes, read from GET /branches/{branch}', async () => {
    await requiredHere()
    const result = await runAction({
      event: 'push',
      jobs: ALL_PASSED,
      inputs: judged,
      rules: [],
      branchReply: {
        body: branchShape({
          owner: 'octo',
          repo: 'shop',
          branch: 'main',
          protected: true,
          checks: ['maturity']
        })
      }
    })
    expect(result.code).toBe(0)
    expect(result.finding('protected-default-branch')).toMatchObject({
      status: 'pass',
      messageId: 'classic-protected',
      message: 'classic branch protection on `main` requires status checks (`maturity`)'
    })
    expect(fake.count(`${REPO}/branches/main`)).toBe(1)
  })

  it('no ruleset and no classic protection: fails, naming both', async () => {
    await requiredHere()
    const result = await runAction({
      event: 'push',
      jobs: ALL_PASSED,
      inputs: judged,
      rules: [],
      branchReply: { body: branchShape({ owner: 'octo', repo: 'shop', branch: 'main', protected: false }) }
    })
    expect(result.code).toBe(1)
    expect(result.finding('protected-default-branch')).toMatchObject({
      status: 'fail',
      message:
        'nothing on `main` requires a pull request or status checks (rulesets: none; classic protection: none)'
    })
  })

  it('classic protection not readable: unknown with one warning, whose fix offers a waiver or enabled: false', async () => {
    await requiredHere()
    const result = await runAction({
      event: 'push',
      jobs: ALL_PASSED,
      inputs: judged,
      rules: [],
      branchReply: forbidden()
    })
    expect(result.finding('protected-default-branch')).toMatchObject({
      status: 'unknown',
      messageId: 'not-read'
    })
    const warnings = result.stdout.split('\n').filter(line => line.startsWith('::warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^::warning title=maturity-gate%3A protected-default-branch is unknown/)
    expect(warnings[0]).toContain('waive `protected-default-branch` in `waivers:`')
    expect(warnings[0]).toContain('`practices: { protected-default-branch: { enabled: false } }`')
    expect(result.report.gaps.map(gap => gap.what)).toEqual(['protection'])
  })
})
