import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { ApiAccess } from '../../src/evidence/api.js'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import type { GitHubContext } from '../../src/evidence/github-context.js'
import { runGate } from '../../src/gate.js'
import type { Report } from '../../src/evaluate/report.js'
import { renderText } from '../../src/report/text.js'
import {
  FakeGitHub,
  malformed,
  notFound,
  paginated,
  rateLimited,
  secondaryRateLimited,
  serverError
} from '../helpers/fake-github.js'
import type { Responder } from '../helpers/fake-github.js'
import { cloneRepo, gitRepo } from '../helpers/git-repo.js'
import type { GitRepo } from '../helpers/git-repo.js'
import { branchRuleShape, branchShape, jobShape, workflowRunShape } from '../helpers/github-shapes.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Faults of everything the gate depends on — the REST API, git, the file system — through the real gate: each
 * ends in bounded time with the affected evidence unknown (or judged on definitions) and the reason in the
 * report, never in a crash and never in a pass the evidence does not support.
 */

const TODAY = '2026-11-29'
const TOKEN = 'ghs_faultsTokenNeverPrinted0001'
const SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd'
const REPO = '/repos/octo/shop'
const TARGET = { owner: 'octo', repo: 'shop', runId: 42, attempt: 1, headSha: SHA }
const RUN_PATH = `${REPO}/actions/runs/42`
const JOBS_PATH = `${REPO}/actions/runs/42/attempts/1/jobs`
const RULES_PATH = `${REPO}/rules/branches/main`

const CI = `on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  gate:
    needs: [build, test]
    runs-on: ubuntu-latest
    steps:
      - uses: maturity-gate/maturity-gate@v1
`
const policy = (extra = '') => `version: 1\nmodel: cdmm\ntarget: base\n${extra}`

const CONTEXT: Omit<GitHubContext, 'apiUrl'> = {
  owner: 'octo',
  repo: 'shop',
  runId: 42,
  runAttempt: 1,
  sha: SHA,
  ref: 'refs/heads/main',
  eventName: 'push',
  workflowFile: '.github/workflows/ci.yml',
  job: 'gate',
  defaultBranch: 'main'
}

/** Small budgets, so every fault resolves in well under a second; the production defaults are minutes. */
const BUDGET = { maxRetries: 2, retryDelayMs: 10, requestTimeoutMs: 300, maxTotalWaitMs: 1000 }

let fake: FakeGitHub

/** REST access as src/main.ts builds it, pointed at the fake server. */
function api(): ApiAccess {
  return {
    client: createGitHubClient({ token: TOKEN, apiUrl: fake.url, ...BUDGET }),
    context: { ...CONTEXT, apiUrl: fake.url }
  }
}

const JOBS = [
  jobShape(TARGET, { id: 1, name: 'build' }),
  jobShape(TARGET, { id: 2, name: 'test' }),
  jobShape(TARGET, { id: 3, name: 'gate', status: 'in_progress' })
]

/** Every endpoint answers as GitHub does; a test then breaks one of them. */
function healthy(): void {
  fake
    .on('GET', RUN_PATH, {
      body: workflowRunShape({
        ...TARGET,
        id: 42,
        event: 'push',
        headBranch: 'main',
        path: '.github/workflows/ci.yml'
      })
    })
    .on('GET', JOBS_PATH, paginated(JOBS, 'jobs'))
    .on('GET', `${REPO}/deployments`, { body: [] })
    .on('GET', RULES_PATH, {
      body: [
        branchRuleShape('pull_request'),
        branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'gate' }] })
      ]
    })
    // Read only when the rulesets cannot be: no classic protection, so the rulesets still decide.
    .on('GET', `${REPO}/branches/main`, {
      body: branchShape({ owner: 'octo', repo: 'shop', branch: 'main', protected: false })
    })
}

async function gateOnline(extraPolicy = ''): Promise<Report> {
  const repo = await tempRepo({ '.maturity.yml': policy(extraPolicy), '.github/workflows/ci.yml': CI })
  try {
    return await runGate({ root: repo.root, policyPath: '.maturity.yml', today: TODAY, api: api() })
  } finally {
    await repo.remove()
  }
}

function finding(report: Report, practice: string) {
  const found = report.findings.find(f => f.practice === practice)
  if (!found) throw new Error(`no finding for ${practice}`)
  return found
}

describe('REST API faults', () => {
  beforeEach(async () => {
    fake = await FakeGitHub.start(TOKEN)
    healthy()
  })
  afterEach(() => fake.close())

  it('healthy API (the control): run evidence read, unit tests pass at run strength', async () => {
    const report = await gateOnline()
    expect(report.gaps).toEqual([])
    expect(report.evidence.run).toBe(true)
    expect(finding(report, 'unit-tests')).toMatchObject({ status: 'pass', strength: 'run' })
    expect(finding(report, 'protected-default-branch').status).toBe('pass')
  })

  interface FaultCase {
    name: string
    path: string
    replies: Responder[]
    gap: { what: string; permission: string; status?: number; reason: RegExp }
    requests: number
    /** The gate's verdict and the affected practice afterwards. */
    passed: boolean
    practice: [string, { status: string; strength?: string }]
    policy?: string
  }

  const JOBS_DEFINITION: FaultCase['practice'] = ['unit-tests', { status: 'pass', strength: 'definition' }]
  const cases: FaultCase[] = [
    {
      name: '500 on every attempt: retried twice, then the jobs are a gap; verdicts fall back to definitions',
      path: JOBS_PATH,
      replies: [serverError(500)],
      gap: {
        what: 'jobs',
        permission: 'actions: read',
        status: 500,
        reason: /GitHub answered 500; gave up after 3 attempts/
      },
      requests: 3,
      passed: true,
      practice: JOBS_DEFINITION
    },
    {
      name: '500 then 200: the retry recovers and nothing is lost',
      path: JOBS_PATH,
      replies: [serverError(502), paginated(JOBS, 'jobs')],
      gap: { what: 'none', permission: '', reason: /./ },
      requests: 2,
      passed: true,
      practice: ['unit-tests', { status: 'pass', strength: 'run' }]
    },
    {
      name: 'no answer (timeout): each attempt aborted, then the run is a gap',
      path: RUN_PATH,
      replies: [{ body: {}, delayMs: 5000 }],
      gap: {
        what: 'run',
        permission: 'actions: read',
        reason: /no answer within 0\.3 s; gave up after 3 attempts/
      },
      requests: 3,
      passed: true,
      practice: JOBS_DEFINITION
    },
    {
      name: 'malformed JSON: an unexpected response, not retried',
      path: JOBS_PATH,
      replies: [malformed()],
      gap: { what: 'jobs', permission: 'actions: read', reason: /unexpected response from GitHub/ },
      requests: 1,
      passed: true,
      practice: JOBS_DEFINITION
    },
    {
      name: 'a jobs page missing (page 2 is 404): no verdict on half the jobs, the jobs are a gap',
      path: JOBS_PATH,
      replies: [
        {
          headers: { link: `<http://127.0.0.1${JOBS_PATH}?page=2>; rel="next"` },
          body: { total_count: 150, jobs: JOBS }
        },
        notFound()
      ],
      gap: { what: 'jobs', permission: 'actions: read', status: 404, reason: /404/ },
      requests: 2,
      passed: true,
      practice: JOBS_DEFINITION
    },
    {
      name: 'primary rate limit resetting in an hour: beyond the wait budget, given up at once',
      path: JOBS_PATH,
      replies: [rateLimited(Math.floor(Date.now() / 1000) + 3600)],
      gap: {
        what: 'jobs',
        permission: 'actions: read',
        status: 403,
        reason: /rate limited \(403\); retrying needs a .* wait, beyond the 1 s budget/
      },
      requests: 1,
      passed: true,
      practice: JOBS_DEFINITION
    },
    {
      name: 'secondary rate limit with retry-after 0: waited, retried, recovered',
      path: JOBS_PATH,
      replies: [secondaryRateLimited(0), paginated(JOBS, 'jobs')],
      gap: { what: 'none', permission: '', reason: /./ },
      requests: 2,
      passed: true,
      practice: ['unit-tests', { status: 'pass', strength: 'run' }]
    },
    {
      name: 'strict policy and 500s: run-observable practices are unknown and the gate fails',
      path: JOBS_PATH,
      replies: [serverError(503)],
      gap: { what: 'jobs', permission: 'actions: read', status: 503, reason: /gave up after 3 attempts/ },
      requests: 3,
      passed: false,
      practice: ['unit-tests', { status: 'unknown' }],
      policy: 'strict: true\n'
    },
    {
      name: 'rules endpoint failing: protected-default-branch is unknown with the reason',
      path: RULES_PATH,
      replies: [serverError(500)],
      gap: { what: 'rules', permission: 'metadata: read', status: 500, reason: /gave up after 3 attempts/ },
      requests: 3,
      passed: false,
      practice: ['protected-default-branch', { status: 'unknown' }],
      policy: 'targets:\n  culture-organization: intermediate\n'
    }
  ]

  it.each(cases)('$name', async fault => {
    fake.on('GET', fault.path, ...fault.replies)
    const { value: report, ms } = await timed(() => gateOnline(fault.policy))
    if (fault.gap.what === 'none') expect(report.gaps).toEqual([])
    else {
      const { reason, ...rest } = fault.gap
      expect(report.gaps).toEqual([
        expect.objectContaining({ ...rest, reason: expect.stringMatching(reason) })
      ])
    }
    expect(fake.count(fault.path)).toBe(fault.requests)
    const [practice, verdict] = fault.practice
    expect(finding(report, practice)).toMatchObject(verdict)
    expect(report.passed).toBe(fault.passed)
    expect(ms).toBeLessThan(5000)
    // Nothing the fake served may carry the token into the report.
    expect(JSON.stringify(report)).not.toContain(TOKEN)
  })
})

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await work()
  return { value, ms: performance.now() - start }
}

describe('the base commit unreachable', () => {
  const files = { '.maturity.yml': policy('regression: fail\n'), '.github/workflows/ci.yml': CI }
  let origin: GitRepo
  let clone: GitRepo
  beforeAll(() => {
    origin = gitRepo()
    origin.commit(files, 'base')
    origin.commit({ 'README.md': 'head' }, 'head')
    clone = cloneRepo(origin, '--depth=1')
  })
  afterAll(() => {
    origin.remove()
    clone.remove()
    rmSync(`${clone.root}-plain`, { recursive: true, force: true })
  })

  it.each([
    ['a sha that exists nowhere', () => origin.root, '0123456789012345678901234567890123456789'],
    ['a branch that does not exist', () => origin.root, 'no-such-branch'],
    ['a shallow clone whose origin has gone', () => goneOrigin(), 'HEAD~1'],
    ['a directory that is not a git repository', () => notGit(), 'HEAD~1']
  ])(
    '%s: the comparison is unknown with the reason, never a silent "no regressions"',
    async (_name, root, ref) => {
      const report = await runGate({ root: root(), policyPath: '.maturity.yml', today: TODAY, baseRef: ref })
      expect(report.base).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/\S/) })
      expect(renderText(report)).toContain(
        `regressions unknown: the base commit could not be read — ${report.base.reason}`
      )
      expect(report.regressions).toEqual([])
      expect(finding(report, 'unit-tests')).toMatchObject({ status: 'pass', strength: 'definition' })
    }
  )

  /** The shallow clone after its origin was deleted: the base is neither local nor fetchable. */
  function goneOrigin(): string {
    clone.git('remote', 'set-url', 'origin', `file://${clone.root}-gone`)
    return clone.root
  }

  function notGit(): string {
    const dir = `${clone.root}-plain`
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(`${dir}/.github/workflows`, { recursive: true })
    for (const [file, text] of Object.entries(files)) writeFileSync(`${dir}/${file}`, text)
    return dir
  }
})

describe('a report file that cannot be read', () => {
  const REPORTS = `practices:
  unit-tests:
    reports: [junit.xml]
  junit-reports:
    level: base
    category: test-verification
    check: reports
    reports: [junit.xml]
`
  const PASSING = '<testsuite><testcase name="ok"/></testsuite>'
  /** chmod 000 stops everyone but root; runners run as an ordinary user, this sandbox may not. */
  const asRoot = process.getuid?.() === 0
  const itUnlessRoot = asRoot ? it.skip : it

  async function gateWith(prepare: (root: string) => void): Promise<Report> {
    const repo = await tempRepo({ '.maturity.yml': policy(REPORTS), '.github/workflows/ci.yml': CI })
    try {
      prepare(repo.root)
      return await runGate({ root: repo.root, policyPath: '.maturity.yml', today: TODAY })
    } finally {
      chmodSync(repo.root, 0o755)
      await repo.remove()
    }
  }

  const UNKNOWN = { status: 'unknown', messageId: 'reports-unreadable' }
  it.each([
    [
      'a symlink named junit.xml pointing at a directory',
      (root: string) => {
        mkdirSync(`${root}/results`)
        symlinkSync('results', `${root}/junit.xml`)
      },
      /not a regular file/
    ],
    [
      'a broken symlink named junit.xml',
      (root: string) => {
        symlinkSync('gone.xml', `${root}/junit.xml`)
      },
      /not found/
    ],
    [
      'an empty file',
      (root: string) => {
        writeFileSync(`${root}/junit.xml`, '')
      },
      /invalid JUnit report/
    ]
  ])('%s: both practices unknown, with the reason; the gate fails', async (_name, prepare, reason) => {
    const report = await gateWith(prepare)
    expect(finding(report, 'unit-tests')).toMatchObject(UNKNOWN)
    expect(finding(report, 'unit-tests').message).toMatch(reason)
    expect(finding(report, 'junit-reports')).toMatchObject({ status: 'unknown', messageId: 'unreadable' })
    expect(report.passed).toBe(false)
  })

  itUnlessRoot('permissions 000: unit-tests unknown, the gate fails', async () => {
    const report = await gateWith(root => {
      writeFileSync(`${root}/junit.xml`, PASSING)
      chmodSync(`${root}/junit.xml`, 0o000)
    })
    expect(finding(report, 'unit-tests')).toMatchObject(UNKNOWN)
    expect(report.passed).toBe(false)
  })

  it('a directory named junit.xml is no report: the reports check fails, unit-tests says it rests on the definition', async () => {
    const report = await gateWith(root => {
      mkdirSync(`${root}/junit.xml`)
    })
    expect(finding(report, 'junit-reports')).toMatchObject({ status: 'fail', messageId: 'none' })
    expect(finding(report, 'unit-tests')).toMatchObject({ status: 'pass', strength: 'definition' })
    expect(finding(report, 'unit-tests').message).toMatch(
      /no test report matches junit\.xml, so this rests on the workflow definition alone/
    )
    expect(report.passed).toBe(false)
  })

  it('the control: a readable passing report passes both', async () => {
    const report = await gateWith(root => {
      writeFileSync(`${root}/junit.xml`, PASSING)
    })
    expect(finding(report, 'unit-tests').status).toBe('pass')
    expect(finding(report, 'junit-reports').status).toBe('pass')
    expect(report.passed).toBe(true)
  })
})
