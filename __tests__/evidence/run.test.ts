import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import type { GitHubClientSettings } from '../../src/evidence/github-client.js'
import { collectRun } from '../../src/evidence/run.js'
import type { RunTarget } from '../../src/evidence/run.js'
import type { RunCollection } from '../../src/evidence/run-evidence.js'
import {
  FakeGitHub,
  forbidden,
  malformed,
  notFound,
  paginated,
  rateLimited,
  secondaryRateLimited,
  serverError
} from '../helpers/fake-github.js'
import type { FakeReply, Responder } from '../helpers/fake-github.js'
import {
  branchRuleShape,
  branchShape,
  deploymentShape,
  jobShape,
  workflowRunShape
} from '../helpers/github-shapes.js'
import type { JobSpec } from '../helpers/github-shapes.js'
import { defined } from '../helpers/defined.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const NOW = Date.UTC(2026, 10, 29, 10, 0, 0)
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
const TARGET = {
  owner: 'octo-org',
  repo: 'hello',
  runId: 9001,
  runAttempt: 2,
  sha: SHA,
  defaultBranch: 'main'
}
const REPO = '/repos/octo-org/hello'
const PATH = {
  run: `${REPO}/actions/runs/9001`,
  jobs: `${REPO}/actions/runs/9001/attempts/2/jobs`,
  deployments: `${REPO}/deployments`,
  rules: `${REPO}/rules/branches/main`,
  protection: `${REPO}/branches/main`
}
type Part = keyof typeof PATH

const JOBS: JobSpec[] = [
  { id: 1, name: 'build' },
  { id: 2, name: 'test (ubuntu-latest, 20)', steps: [{ name: 'Set up job' }, { name: 'npm test' }] },
  { id: 3, name: 'maturity', status: 'in_progress' }
]

let fake: FakeGitHub
let waits: number[]

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  waits = []
})
afterEach(() => fake.close())

function jobsOf(specs: JobSpec[]) {
  return specs.map(spec => jobShape({ ...TARGET, headSha: SHA, attempt: TARGET.runAttempt }, spec))
}

const RESPONSES: Record<Part, Responder> = {
  run: {
    body: workflowRunShape({
      ...TARGET,
      id: TARGET.runId,
      attempt: 2,
      event: 'push',
      headSha: SHA,
      headBranch: 'main',
      path: '.github/workflows/ci.yml'
    })
  },
  jobs: paginated(jobsOf(JOBS), 'jobs'),
  deployments: {
    body: [deploymentShape({ ...TARGET, id: 77, sha: SHA, environment: 'production', production: true })]
  },
  rules: {
    body: [
      branchRuleShape('deletion'),
      branchRuleShape('pull_request', { required_approving_review_count: 1 }),
      branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'ci' }] })
    ]
  },
  protection: {
    body: branchShape({ owner: 'octo-org', repo: 'hello', branch: 'main', protected: true, checks: ['ci'] })
  }
}

/** Serves every part normally except those in `faults`, whose replies are used in order. */
function serve(faults: Partial<Record<Part, Responder[]>> = {}, prefix = ''): void {
  for (const part of Object.keys(PATH) as Part[]) {
    fake.on('GET', prefix + PATH[part], ...(faults[part] ?? []), RESPONSES[part])
  }
}

function collect(
  settings: Partial<GitHubClientSettings> = {},
  target: Omit<RunTarget, 'run'> & { runId: number; runAttempt: number } = TARGET
): Promise<RunCollection> {
  const client = createGitHubClient({
    token: TOKEN,
    apiUrl: fake.url,
    retryDelayMs: 1,
    maxTotalWaitMs: 60_000,
    requestTimeoutMs: 2_000,
    sleep: ms => {
      waits.push(ms)
      return Promise.resolve()
    },
    now: () => NOW,
    ...settings
  })
  const { runId, runAttempt, ...repository } = target
  return collectRun(client, { ...repository, run: { id: runId, attempt: runAttempt } })
}

describe('collectRun', () => {
  it('reads the run, its jobs, the deployments and the rules in four requests', async () => {
    serve()
    const result = await collect()

    expect(result.gaps).toEqual([])
    expect(result.run).toMatchObject({
      id: 9001,
      attempt: 2,
      event: 'push',
      headSha: SHA,
      headBranch: 'main',
      workflowPath: '.github/workflows/ci.yml'
    })
    expect(result.run?.jobs[1]).toEqual({
      id: 2,
      name: 'test (ubuntu-latest, 20)',
      status: 'completed',
      conclusion: 'success',
      startedAt: '2026-11-29T10:01:00Z',
      completedAt: '2026-11-29T10:02:00Z',
      steps: [
        expect.objectContaining({ name: 'Set up job', number: 1, conclusion: 'success' }),
        expect.objectContaining({ name: 'npm test', number: 2, status: 'completed' })
      ],
      runnerName: 'GitHub Actions 1',
      htmlUrl: 'https://github.com/octo-org/hello/actions/runs/9001/job/2'
    })
    expect(result.run?.jobs[2]).toMatchObject({ name: 'maturity', status: 'in_progress', conclusion: null })
    expect(result.deployments).toEqual([
      expect.objectContaining({ id: 77, sha: SHA, environment: 'production', productionEnvironment: true })
    ])
    expect(result.rules).toEqual({
      branch: 'main',
      rules: [
        expect.objectContaining({ type: 'deletion', rulesetSourceType: 'Repository' }),
        expect.objectContaining({ type: 'pull_request', parameters: { required_approving_review_count: 1 } }),
        expect.objectContaining({ type: 'required_status_checks' })
      ]
    })
    expect(fake.count()).toBe(4)
    expect(fake.requests.map(r => r.headers.authorization)).toEqual(Array(4).fill(`token ${TOKEN}`))
    const jobsRequest = fake.requests.find(r => r.path === PATH.jobs)
    expect(Object.fromEntries(defined(jobsRequest, 'the jobs request').query)).toEqual({
      per_page: '100',
      page: '1'
    })
    expect(fake.requests.find(r => r.path === PATH.deployments)?.query.get('sha')).toBe(SHA)
  })

  it.each([
    [1, 1],
    [100, 1],
    [101, 2],
    [250, 3]
  ])('reads %i jobs in %i page(s), ceil(jobs/100) + 3 requests in all', async (count, pages) => {
    const specs = Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `job ${i + 1}` }))
    serve()
    fake.on('GET', PATH.jobs, paginated(jobsOf(specs), 'jobs'))
    const result = await collect()

    expect(result.run?.jobs.map(job => job.id)).toEqual(specs.map(spec => spec.id))
    expect(fake.count(PATH.jobs)).toBe(pages)
    expect(fake.count()).toBe(Math.ceil(count / 100) + 3)
    expect(fake.requests.filter(r => r.path === PATH.jobs).map(r => r.query.get('page'))).toEqual(
      Array.from({ length: pages }, (_, i) => String(i + 1))
    )
  })

  it('works against GitHub Enterprise Server, whose API lives under /api/v3', async () => {
    serve({}, '/api/v3')
    const result = await collect({ apiUrl: `${fake.url}/api/v3/` })

    expect(result.gaps).toEqual([])
    expect(result.run?.jobs).toHaveLength(3)
    expect(fake.requests.every(r => r.path.startsWith('/api/v3/repos/'))).toBe(true)
  })

  const expired = Math.floor(NOW / 1000) + 30
  const tooLate = Math.floor(NOW / 1000) + 3600
  it.each<{
    name: string
    faults: Partial<Record<Part, FakeReply[]>>
    gaps: Array<{ what: Part; permission: string; status?: number; reason: RegExp }>
    collected: Part[]
    requests?: Partial<Record<Part, number>>
    waits?: number[]
  }>([
    {
      name: 'missing actions: read',
      faults: { run: [forbidden()], jobs: [forbidden()] },
      gaps: [
        {
          what: 'run',
          permission: 'actions: read',
          status: 403,
          reason: /not accessible.*permissions: actions: read/
        },
        { what: 'jobs', permission: 'actions: read', status: 403, reason: /permissions: actions: read/ }
      ],
      collected: ['deployments', 'rules']
    },
    {
      name: 'only the jobs forbidden: no run without its jobs',
      faults: { jobs: [forbidden()] },
      gaps: [{ what: 'jobs', permission: 'actions: read', status: 403, reason: /actions: read/ }],
      collected: ['deployments', 'rules']
    },
    {
      name: 'missing deployments: read',
      faults: { deployments: [forbidden()] },
      gaps: [
        { what: 'deployments', permission: 'deployments: read', status: 403, reason: /deployments: read/ }
      ],
      collected: ['run', 'rules']
    },
    {
      name: 'rules not found',
      faults: { rules: [notFound()] },
      gaps: [
        { what: 'rules', permission: 'metadata: read', status: 404, reason: /^404 Not Found: .*rulesets/ }
      ],
      // Classic protection is still read: the rules evidence holds it, with empty rulesets.
      collected: ['run', 'deployments', 'rules'],
      requests: { protection: 1 }
    },
    {
      name: 'malformed JSON for the jobs',
      faults: { jobs: [malformed()] },
      gaps: [{ what: 'jobs', permission: 'actions: read', reason: /unexpected response from GitHub/ }],
      collected: ['deployments', 'rules']
    },
    {
      name: 'a wrong shape for the deployments',
      faults: { deployments: [{ body: { deployments: [] } }] },
      gaps: [
        { what: 'deployments', permission: 'deployments: read', reason: /unexpected response from GitHub/ }
      ],
      collected: ['run', 'rules']
    },
    {
      name: '500 then success',
      faults: { run: [serverError()] },
      gaps: [],
      collected: ['run', 'deployments', 'rules'],
      requests: { run: 2 },
      waits: [1]
    },
    {
      name: '502, 503 then success, backing off',
      faults: { jobs: [serverError(502), serverError(503)] },
      gaps: [],
      collected: ['run', 'deployments', 'rules'],
      requests: { jobs: 3 },
      waits: [1, 2]
    },
    {
      name: '500 every time',
      faults: { rules: Array(5).fill(serverError()) },
      gaps: [
        {
          what: 'rules',
          permission: 'metadata: read',
          status: 500,
          reason: /answered 500; gave up after 4 attempts/
        }
      ],
      collected: ['run', 'deployments', 'rules'],
      requests: { rules: 4 },
      waits: [1, 2, 4]
    },
    {
      name: 'rate limited until a reset 30 s away: waits for it',
      faults: { deployments: [rateLimited(expired)] },
      gaps: [],
      collected: ['run', 'deployments', 'rules'],
      requests: { deployments: 2 },
      waits: [30_000]
    },
    {
      name: 'rate limited until a reset beyond the wait budget',
      faults: { deployments: [rateLimited(tooLate)] },
      gaps: [
        {
          what: 'deployments',
          permission: 'deployments: read',
          status: 403,
          reason: /rate limited \(403\); retrying needs a 3600 s wait, beyond the 60 s budget/
        }
      ],
      collected: ['run', 'rules'],
      requests: { deployments: 1 },
      waits: []
    },
    {
      name: 'secondary rate limit with retry-after',
      faults: { rules: [secondaryRateLimited(5)] },
      gaps: [],
      collected: ['run', 'deployments', 'rules'],
      requests: { rules: 2 },
      waits: [5_000]
    }
  ])('$name', async ({ faults, gaps, collected, requests, waits: expectedWaits }) => {
    serve(faults)
    const result = await collect()

    expect(result.gaps).toEqual(gaps.map(gap => ({ ...gap, reason: expect.stringMatching(gap.reason) })))
    expect(collectedParts(result)).toEqual(collected)
    for (const [part, count] of Object.entries(requests ?? {}))
      expect(fake.count(PATH[part as Part])).toBe(count)
    if (expectedWaits) expect(waits).toEqual(expectedWaits)
    expect(JSON.stringify(result)).not.toContain(TOKEN)
  })

  it('bounds the total wait across requests: the second rate-limited request gives up', async () => {
    const reset = Math.floor(NOW / 1000) + 40
    serve({ run: [rateLimited(reset)], jobs: [rateLimited(reset)] })
    const result = await collect({ maxTotalWaitMs: 60_000 })

    expect(waits).toEqual([40_000])
    expect(result.gaps).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/beyond the 60 s budget/) })
    ])
  })

  it('retries a request that does not answer in time, then gives up on one that never does', async () => {
    // The timeout leaves room for a loaded CI machine to answer the fast retry: at 50 ms it once did not.
    const slow: FakeReply = { delayMs: 2_000, body: {} }
    serve({ run: [slow], deployments: Array(3).fill(slow) })
    const result = await collect({ requestTimeoutMs: 400, maxRetries: 1 })

    expect(result.run?.id).toBe(9001)
    expect(result.gaps).toEqual([
      {
        what: 'deployments',
        permission: 'deployments: read',
        reason: 'no answer within 0.4 s; gave up after 2 attempts'
      }
    ])
    expect(fake.count(PATH.run)).toBe(2)
  })

  it('keeps the defaults for settings left undefined: 3 retries backing off from 1 s', async () => {
    serve({ rules: Array(5).fill(serverError()) })
    const result = await collect({
      maxRetries: undefined,
      retryDelayMs: undefined,
      maxTotalWaitMs: undefined
    })

    expect(fake.count(PATH.rules)).toBe(4)
    expect(waits).toEqual([1_000, 2_000, 4_000])
    expect(result.gaps.map(gap => gap.what)).toEqual(['rules'])
  })

  it('never lets the token into a gap, even when the server echoes the credentials', async () => {
    const echo: Responder = request => forbidden(`Bad header ${request.headers.authorization}`)
    serve({ run: [echo], rules: [echo] })
    const result = await collect()

    expect(result.gaps.map(gap => gap.reason)).toEqual([
      expect.stringContaining('Bad header token ***'),
      expect.stringContaining('Bad header token ***')
    ])
    expect(JSON.stringify(result)).not.toContain(TOKEN)
  })

  it('reports bad credentials without retrying', async () => {
    serve()
    const result = await collect({ token: 'ghs_wrong' })

    expect(result.gaps.map(gap => [gap.what, gap.status, gap.reason])).toEqual([
      ['run', 401, '401 Bad credentials'],
      ['jobs', 401, '401 Bad credentials'],
      ['deployments', 401, '401 Bad credentials'],
      ['rules', 401, '401 Bad credentials'],
      ['protection', 401, '401 Bad credentials']
    ])
    expect(fake.count()).toBe(5)
  })

  it('asks the repository for its default branch when the payload did not say', async () => {
    serve()
    fake.on('GET', REPO, { body: { full_name: 'octo-org/hello', default_branch: 'main' } })
    const result = await collect({}, { ...TARGET, defaultBranch: undefined })
    expect(result.rules?.branch).toBe('main')
    expect(result.gaps).toEqual([])
    expect(fake.count(REPO)).toBe(1)
  })

  it('makes the rules a gap when the repository cannot be read', async () => {
    serve()
    fake.on('GET', REPO, notFound())
    const result = await collect({}, { ...TARGET, defaultBranch: undefined })
    expect(result.gaps.map(gap => [gap.what, gap.permission])).toEqual([['rules', 'metadata: read']])
    expect(fake.count(PATH.rules)).toBe(0)
  })
})

function collectedParts(result: RunCollection): Part[] {
  return (['run', 'deployments', 'rules'] as const).filter(part => result[part] !== undefined)
}

describe('repository evidence without a run (the CLI with a token)', () => {
  it('reads only the rules: no run, jobs or deployments requests', async () => {
    serve()
    const client = createGitHubClient({ token: TOKEN, apiUrl: fake.url, sleep: () => Promise.resolve() })
    const result = await collectRun(client, { owner: 'octo-org', repo: 'hello', defaultBranch: 'main' })
    expect(result.rules?.rules.map(rule => rule.type)).toEqual([
      'deletion',
      'pull_request',
      'required_status_checks'
    ])
    expect(result.run).toBeUndefined()
    expect(result.gaps).toEqual([])
    expect(fake.requests.map(request => request.path)).toEqual([PATH.rules])
  })
})
