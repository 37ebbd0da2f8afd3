import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { ApiAccess } from '../src/evidence/api.js'
import { createGitHubClient } from '../src/evidence/github-client.js'
import { runGate } from '../src/gate.js'
import { FakeGitHub, notFound } from './helpers/fake-github.js'
import { GATED, UNGATED, gatedPolicy } from './helpers/gated-delivery.js'
import { gitRepo } from './helpers/git-repo.js'
import type { GitRepo } from './helpers/git-repo.js'

/**
 * When git cannot reach the base commit (not in the clone and not fetchable), the action reads it through the
 * REST API (design §4, issue 7): the tree in one request, the definition files as blobs.
 */

const TOKEN = 'ghs_baseViaApiToken000000000000000001'
const BASE_SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd'
const POLICY = gatedPolicy('base')

let fake: FakeGitHub
let repo: GitRepo
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  repo = gitRepo()
  repo.commit({
    '.maturity.yml': POLICY,
    '.github/workflows/ci.yml': UNGATED
  })
})
afterEach(async () => {
  await fake.close()
  repo.remove()
})

function api(): ApiAccess {
  return {
    client: createGitHubClient({ token: TOKEN, apiUrl: fake.url, maxRetries: 0, requestTimeoutMs: 2000 }),
    context: { owner: 'octo', repo: 'shop', apiUrl: fake.url, defaultBranch: 'main' }
  }
}

const blob = (text: string) => ({
  body: { encoding: 'base64', content: Buffer.from(text).toString('base64') }
})

describe('the base commit through the REST API', () => {
  it('finds the regression the base commit shows although git could not fetch it', async () => {
    fake.on('GET', `/repos/octo/shop/git/trees/${BASE_SHA}`, {
      body: {
        sha: BASE_SHA,
        truncated: false,
        tree: [
          { path: '.github', type: 'tree', sha: 't1' },
          { path: '.github/workflows/ci.yml', type: 'blob', sha: 'b1', size: GATED.length },
          { path: '.maturity.yml', type: 'blob', sha: 'b2', size: POLICY.length },
          { path: 'src/app.ts', type: 'blob', sha: 'b3', size: 10 }
        ]
      }
    })
    fake.on('GET', '/repos/octo/shop/git/blobs/b1', blob(GATED))
    fake.on('GET', '/repos/octo/shop/git/blobs/b2', blob(POLICY))
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: BASE_SHA,
      api: api()
    })
    expect(report.base).toMatchObject({ status: 'compared', sha: BASE_SHA })
    expect(report.regressions.map(r => r.practice)).toContain('acceptance-before-promotion')
    // Only the definition files were read: src/app.ts was listed, never fetched.
    expect(fake.count('/repos/octo/shop/git/blobs/b3')).toBe(0)
  })

  it('keeps both reasons when neither git nor the API can read the base', async () => {
    fake.on('GET', `/repos/octo/shop/git/trees/${BASE_SHA}`, notFound())
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: BASE_SHA,
      api: api()
    })
    expect(report.base.status).toBe('unknown')
    expect(report.base.reason).toMatch(/git fetch .*; the API could not read commit abcdef.* \(404\)/)
  })
})
