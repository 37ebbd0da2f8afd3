import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runCli } from '../src/command.js'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { branchRuleShape, contentFileShape } from './helpers/github-shapes.js'
import { tempRepo } from './helpers/temp-repo.js'

/**
 * The CLI reads the REST API only with a token in the environment (design §4): the default branch's rules for
 * `protected-default-branch`, and remote reusable workflows through the contents API — against a real HTTP
 * server on 127.0.0.1.
 */

const TOKEN = 'ghp_cliTokenForTheFakeServer000000000001'
const POLICY = 'version: 1\nmodel: cdmm\ntarget: base\n'
const CALLER = `on: push
jobs:
  deploy:
    uses: octo/platform/.github/workflows/deploy.yml@v2
    with:
      environment: production
`
const CALLEE = `on:
  workflow_call:
    inputs:
      environment: { type: string }
jobs:
  release:
    environment: \${{ inputs.environment }}
    runs-on: ubuntu-latest
    steps:
      - run: helm upgrade --install --atomic shop ./chart
`

let fake: FakeGitHub
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})
afterEach(() => fake.close())

async function check(env: Record<string, string>, files: Record<string, string> = {}) {
  const repo = await tempRepo({ '.maturity.yml': POLICY, ...files })
  let stdout = ''
  let stderr = ''
  try {
    await runCli(['check', repo.root, '--repo', 'octo/shop', '--format', 'json'], {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      cwd: repo.root,
      env
    })
  } finally {
    await repo.remove()
  }
  const report = JSON.parse(stdout) as Report
  const finding = (id: string) => report.findings.find(f => f.practice === id)
  return { report, finding, stderr }
}

describe('the CLI with a token', () => {
  it('judges protected-default-branch from the rules API', async () => {
    fake.on('GET', '/repos/octo/shop', { body: { default_branch: 'trunk' } })
    fake.on('GET', '/repos/octo/shop/rules/branches/trunk', {
      body: [
        branchRuleShape('pull_request', { required_approving_review_count: 1 }),
        branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'maturity' }] })
      ]
    })
    const { report, finding } = await check({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
    expect(report.evidence.offline).toBe(false)
    expect(finding('protected-default-branch')).toMatchObject({ status: 'pass' })
  })

  it('reads a remote reusable workflow through the contents API and judges its jobs', async () => {
    fake.on('GET', '/repos/octo/shop', { body: { default_branch: 'main' } })
    fake.on('GET', '/repos/octo/shop/rules/branches/main', { body: [] })
    fake.on('GET', '/repos/octo/platform/contents/.github/workflows/deploy.yml', {
      body: contentFileShape({
        owner: 'octo',
        repo: 'platform',
        path: '.github/workflows/deploy.yml',
        ref: 'v2',
        text: CALLEE
      })
    })
    const { finding } = await check(
      { GH_TOKEN: TOKEN, GITHUB_API_URL: fake.url },
      { '.github/workflows/cd.yml': CALLER }
    )
    expect(finding('zero-downtime-deploy')).toMatchObject({ status: 'pass' })
    expect(fake.requests.find(r => r.path.includes('/contents/'))?.query.get('ref')).toBe('v2')
  })

  it('says in the report why a remote reusable workflow could not be read, at the calling job', async () => {
    fake.on('GET', '/repos/octo/shop', { body: { default_branch: 'main' } })
    fake.on('GET', '/repos/octo/shop/rules/branches/main', { body: [] })
    const { report } = await check(
      { GH_TOKEN: TOKEN, GITHUB_API_URL: fake.url },
      { '.github/workflows/cd.yml': CALLER }
    )
    expect(report.warnings).toEqual([
      {
        message:
          'could not read octo/platform/.github/workflows/deploy.yml@v2: 404 not found (no such file at that ref, or the token cannot see that repository?)',
        location: { file: '.github/workflows/cd.yml', line: 3, column: 3 }
      }
    ])
  })

  it('without a token it stays offline and sends no request', async () => {
    const { report, finding } = await check(
      { GITHUB_API_URL: fake.url },
      { '.github/workflows/cd.yml': CALLER }
    )
    expect(report.evidence.offline).toBe(true)
    expect(finding('protected-default-branch')).toMatchObject({ status: 'unknown', messageId: 'offline' })
    expect(fake.count()).toBe(0)
  })
})
