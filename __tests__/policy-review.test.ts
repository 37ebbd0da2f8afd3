import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub, paginated } from './helpers/fake-github.js'
import { contentFileShape } from './helpers/github-shapes.js'
import { gitRepo } from './helpers/git-repo.js'
import type { GitRepo } from './helpers/git-repo.js'
import { readJson } from './helpers/read-json.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * The reviewed path for policy changes (docs/policy.md#approving-a-policy-change), through the action bundle:
 * a pull request that weakens the policy passes when approved the way the base commit's `policy-changes:`
 * names — a label, or a CODEOWNERS owner's approving review of the head commit, read from a GitHub API on
 * 127.0.0.1 — and the push of its merge commit reports the weakening as a notice.
 */

const bundle = path.join(import.meta.dirname, '../dist/index.js')
const TOKEN = 'ghs_policyReviewTokenForTheFake00000001'
const REPO = '/repos/octo/shop'

const policy = (target: string, review: string) => `version: 1
model: custom
levels: [crawl, walk]
categories: [delivery]
target: ${target}
policy-changes: ${review}
practices:
  has-readme: { level: crawl, category: delivery, check: files, files: [README.md] }
  has-changelog: { level: walk, category: delivery, check: files, files: [CHANGELOG.md] }
`

let fake: FakeGitHub
let repo: GitRepo
let dir: string
let baseSha: string
let headSha: string

/** Base: target walk, which the repository (no CHANGELOG.md) does not reach; head lowers it to crawl. */
function commits(review: string, extra: Record<string, string> = {}) {
  baseSha = repo.commit({ '.maturity.yml': policy('walk', review), 'README.md': '# shop\n', ...extra })
  headSha = repo.commit({ '.maturity.yml': policy('crawl', review) })
}

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  repo = gitRepo()
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-review-'))
  await writeFile(path.join(dir, 'outputs'), '')
  await writeFile(path.join(dir, 'summary.md'), '')
})
afterEach(async () => {
  await fake.close()
  repo.remove()
  await rm(dir, { recursive: true, force: true })
})

function payloadOf(event: 'pull_request' | 'push' | 'merge_group') {
  if (event === 'push') return { before: baseSha, after: headSha }
  if (event === 'merge_group') {
    const head_ref = `refs/heads/gh-readonly-queue/main/pr-7-${headSha}`
    return { merge_group: { head_ref, head_sha: headSha, base_sha: baseSha } }
  }
  return {
    pull_request: {
      number: 7,
      base: { sha: baseSha, repo: { full_name: 'octo/shop' } },
      head: { sha: headSha, repo: { full_name: 'octo/shop' } }
    }
  }
}

async function runAction(event: 'pull_request' | 'push' | 'merge_group') {
  const payload = payloadOf(event)
  await writeFile(
    path.join(dir, 'event.json'),
    JSON.stringify({ repository: { full_name: 'octo/shop', default_branch: 'main' }, ...payload })
  )
  const result = await spawnNode([bundle], {
    cwd: repo.root,
    env: runnerEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.root,
      GITHUB_OUTPUT: path.join(dir, 'outputs'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_EVENT_NAME: event,
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: headSha,
      GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
      GITHUB_JOB: 'maturity',
      GITHUB_API_URL: fake.url,
      INPUT_TOKEN: TOKEN,
      INPUT_POLICY: '.maturity.yml',
      'INPUT_REPORT-PATH': 'maturity-report.json'
    })
  })
  return { ...result, report: readJson(path.join(repo.root, 'maturity-report.json')) as Report }
}

const pull = (labels: string[]) => ({
  number: 7,
  labels: labels.map(name => ({ name })),
  head: { sha: headSha }
})

describe('a pull request that weakens the policy', () => {
  it('passes with the approve label, judged by its own (approved) policy; the weakening is a warning', async () => {
    commits('{ approve-label: maturity-approved }')
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull(['maturity-approved']) }))
    const result = await runAction('pull_request')
    expect(result.code).toBe(0)
    expect(result.report).toMatchObject({ passed: true, target: 'crawl', policy: { source: 'head' } })
    expect(result.stdout).toMatch(
      /^::warning title=maturity-gate%3A policy weakened,file=\.maturity\.yml,line=5,col=9::target lowered from walk to crawl \(approved: label maturity-approved on #7\)$/m
    )
  })

  it('fails without it, saying which approval is missing (exit 1)', async () => {
    commits('{ approve-label: maturity-approved }')
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull(['docs']) }))
    const result = await runAction('pull_request')
    expect(result.code).toBe(1)
    expect(result.report.policy.source).toBe('base')
    expect(result.stdout).toMatch(
      /^::error title=maturity-gate%3A policy weakened,file=\.maturity\.yml,line=5,col=9::target lowered from walk to crawl \(not approved: no label maturity-approved on #7\)$/m
    )
  })

  it('passes with an approving review of its head commit by a CODEOWNERS owner of the policy', async () => {
    commits('{ codeowners: true }', {
      '.github/CODEOWNERS': '* @someone\n/.maturity.yml @octo/platform @alice\n'
    })
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull([]) }))
    fake.on('GET', `${REPO}/pulls/7/reviews`, () => ({
      body: [
        { user: { login: 'someone' }, state: 'APPROVED', commit_id: headSha },
        { user: { login: 'alice' }, state: 'APPROVED', commit_id: headSha }
      ]
    }))
    const result = await runAction('pull_request')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'target lowered from walk to crawl (approved: approved by @alice, a CODEOWNERS owner of .maturity.yml, on #7)'
    )
  })

  it("reads every page of reviews: an owner's approval after 250 others counts", async () => {
    commits('{ codeowners: true }', { '.github/CODEOWNERS': '/.maturity.yml @alice\n' })
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull([]) }))
    const others = Array.from({ length: 250 }, (_, i) => ({
      user: { login: `reviewer-${i}` },
      state: 'COMMENTED',
      commit_id: headSha
    }))
    fake.on(
      'GET',
      `${REPO}/pulls/7/reviews`,
      paginated([...others, { user: { login: 'alice' }, state: 'APPROVED', commit_id: headSha }])
    )
    const result = await runAction('pull_request')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '(approved: approved by @alice, a CODEOWNERS owner of .maturity.yml, on #7)'
    )
  })

  it("an owner's approval of an earlier commit does not count", async () => {
    commits('{ codeowners: true }', { '.github/CODEOWNERS': '/.maturity.yml @alice\n' })
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull([]) }))
    fake.on('GET', `${REPO}/pulls/7/reviews`, () => ({
      body: [{ user: { login: 'alice' }, state: 'APPROVED', commit_id: baseSha }]
    }))
    const result = await runAction('pull_request')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '(not approved: no approving review of the head commit of #7 by @alice, CODEOWNERS of .maturity.yml)'
    )
  })
})

describe('the merge queue', () => {
  it('takes the approval of the pull request its branch names', async () => {
    commits('{ approve-label: maturity-approved }')
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull(['maturity-approved']) }))
    const result = await runAction('merge_group')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'target lowered from walk to crawl (approved: label maturity-approved on #7)'
    )
  })
})

describe('a pull request that weakens a base the policy extends', () => {
  it('is compared with the base commit’s merged policy, and the weakening is placed in the base file', async () => {
    const org = (target: string) => policy(target, '{ approve-label: maturity-approved }')
    baseSha = repo.commit({
      '.maturity.yml': 'extends: [./policies/org.yml]\n',
      'policies/org.yml': org('walk'),
      'README.md': '# shop\n'
    })
    headSha = repo.commit({ 'policies/org.yml': org('crawl') })
    fake.on('GET', `${REPO}/pulls/7`, () => ({ body: pull([]) }))
    const result = await runAction('pull_request')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^::error title=maturity-gate%3A policy weakened,file=policies\/org\.yml,line=5,col=9::target lowered from walk to crawl \(not approved: no label maturity-approved on #7\)$/m
    )
  })
})

describe('the push of the merge commit', () => {
  it('reports the approved weakening as a notice, not a failure', async () => {
    commits('{ approve-label: maturity-approved }')
    fake.on('GET', `${REPO}/commits/${headSha}/pulls`, () => ({
      body: [{ ...pull(['maturity-approved']), merged_at: '2026-12-01T10:00:00Z', merge_commit_sha: headSha }]
    }))
    const result = await runAction('push')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^::notice title=maturity-gate%3A policy weakened,file=\.maturity\.yml,line=5,col=9::target lowered from walk to crawl \(approved: label maturity-approved on #7\)$/m
    )
    expect(result.report.policyChanges).toEqual([
      expect.objectContaining({ kind: 'weakened', severity: 'notice' })
    ])
  })

  it('a push no approved pull request merged still fails on the weakening', async () => {
    commits('{ approve-label: maturity-approved }')
    fake.on('GET', `${REPO}/commits/${headSha}/pulls`, () => ({ body: [] }))
    const result = await runAction('push')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('(not approved: no merged pull request has this commit)')
  })
})

describe('an invalid base in another repository', () => {
  it('is annotated at the extends entry of this repository, naming the base and its line', async () => {
    headSha = repo.commit({ '.maturity.yml': "extends: ['github>acme/.github:maturity/base.yml@v1']\n" })
    baseSha = headSha
    fake.on('GET', '/repos/acme/.github/contents/maturity/base.yml', {
      body: contentFileShape({
        owner: 'acme',
        repo: '.github',
        path: 'maturity/base.yml',
        ref: 'v1',
        text: 'version: 1\nmodel: cdmm\ntarget: expret\n'
      })
    })
    const result = await runAction('push')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      "::error title=maturity-gate%3A invalid policy,file=.maturity.yml,line=1::github>acme/.github:maturity/base.yml@v1:3:9: target: value not allowed (did you mean 'expert'?)"
    )
    expect(result.stdout).toContain('— extended by .maturity.yml line 1')
  })
})
