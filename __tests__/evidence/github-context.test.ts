import { describe, expect, it } from '@jest/globals'
import { githubContext } from '../../src/evidence/github-context.js'
import type { GitHubContext } from '../../src/evidence/github-context.js'
import { defined } from '../helpers/defined.js'

const BASE = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const ENV: Record<string, string> = {
  GITHUB_REPOSITORY: 'octo-org/hello',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW_REF: 'octo-org/hello/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_JOB: 'maturity'
}
const REPOSITORY = { repository: { full_name: 'octo-org/hello', default_branch: 'trunk' } }

describe('githubContext', () => {
  it('reads a push run', () => {
    expect(githubContext(ENV, { ...REPOSITORY, before: BASE, after: ENV.GITHUB_SHA })).toEqual({
      owner: 'octo-org',
      repo: 'hello',
      runId: 9001,
      runAttempt: 2,
      sha: defined(ENV.GITHUB_SHA, 'GITHUB_SHA'),
      ref: 'refs/heads/main',
      eventName: 'push',
      apiUrl: 'https://api.github.com',
      workflowFile: '.github/workflows/ci.yml',
      job: 'maturity',
      baseSha: BASE,
      defaultBranch: 'trunk'
    })
  })

  it.each<[string, Record<string, string>, unknown, Partial<GitHubContext>]>([
    [
      'pull request: the base is the PR base',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' },
      { ...REPOSITORY, pull_request: { number: 7, base: { ref: 'trunk', sha: BASE } } },
      { eventName: 'pull_request', ref: 'refs/pull/7/merge', baseSha: BASE }
    ],
    [
      'pull_request_target',
      { GITHUB_EVENT_NAME: 'pull_request_target' },
      { pull_request: { base: { sha: BASE } } },
      { baseSha: BASE }
    ],
    [
      'merge queue: the base is the queue base',
      { GITHUB_EVENT_NAME: 'merge_group' },
      { merge_group: { head_sha: ENV.GITHUB_SHA, base_sha: BASE } },
      { baseSha: BASE }
    ],
    ['push of a new branch: no base', {}, { before: '0'.repeat(40) }, { baseSha: undefined }],
    [
      'schedule: no base',
      { GITHUB_EVENT_NAME: 'schedule' },
      { schedule: '0 3 * * *' },
      { baseSha: undefined }
    ],
    [
      'no payload: no base, no default branch',
      {},
      undefined,
      { baseSha: undefined, defaultBranch: undefined }
    ],
    [
      'GitHub Enterprise Server: the API URL is kept, without a trailing slash',
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
      {},
      { apiUrl: 'https://ghe.example.com/api/v3' }
    ],
    [
      'a run on a tag: the ref after @ is dropped',
      { GITHUB_WORKFLOW_REF: 'octo-org/hello/.github/workflows/release.yaml@refs/tags/v1.2.0' },
      {},
      { workflowFile: '.github/workflows/release.yaml' }
    ],
    ['no GITHUB_WORKFLOW_REF (older GHES)', { GITHUB_WORKFLOW_REF: '' }, {}, { workflowFile: undefined }],
    ['no GITHUB_REF', { GITHUB_REF: '' }, {}, { ref: undefined }]
  ])('%s', (_name, env, payload, expected) => {
    const context = githubContext({ ...ENV, ...env }, payload)
    for (const [key, value] of Object.entries(expected))
      expect(context[key as keyof GitHubContext]).toEqual(value)
  })

  it.each([
    ['GITHUB_REPOSITORY', undefined, /^GITHUB_REPOSITORY is not set/],
    ['GITHUB_REPOSITORY', 'hello', /GITHUB_REPOSITORY must be owner\/name/],
    ['GITHUB_REPOSITORY', 'a/b/c', /GITHUB_REPOSITORY must be owner\/name/],
    ['GITHUB_RUN_ID', undefined, /^GITHUB_RUN_ID is not set/],
    ['GITHUB_RUN_ID', '12x', /GITHUB_RUN_ID must be a positive integer, got "12x"/],
    ['GITHUB_RUN_ATTEMPT', '0', /GITHUB_RUN_ATTEMPT must be a positive integer/],
    ['GITHUB_RUN_ATTEMPT', undefined, /^GITHUB_RUN_ATTEMPT is not set/],
    ['GITHUB_SHA', '  ', /^GITHUB_SHA is not set/],
    ['GITHUB_EVENT_NAME', undefined, /^GITHUB_EVENT_NAME is not set/],
    ['GITHUB_JOB', undefined, /^GITHUB_JOB is not set/],
    ['GITHUB_API_URL', 'ghe.example.com', /GITHUB_API_URL must be an http\(s\) URL/]
  ])('%s = %p is refused', (name, value, message) => {
    expect(() => githubContext({ ...ENV, [name]: value }, {})).toThrow(message)
  })
})
