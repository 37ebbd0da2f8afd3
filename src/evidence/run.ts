import { z } from 'zod'
import { GITHUB_ID } from './github-id.js'
import { GitHubGaveUpError } from './github-gave-up-error.js'
import { githubMessage } from './github-message.js'
import type { GitHubClient } from './github-client.js'
import { requiredChecks } from './required-checks.js'
import { parseRunJobsPage } from './run-jobs-page.js'
import type {
  BranchRule,
  BranchRules,
  ClassicProtection,
  Deployment,
  RunCollection,
  RunEvidence,
  RunEvidenceKind,
  RunGap,
  RunJob
} from './run-evidence.js'

export interface RunTarget {
  owner: string
  repo: string
  /** This run; absent on the command line, where only the repository's rules are read. */
  run?: { id: number; attempt: number }
  /** Head sha of the run: deployments are those of this commit. */
  sha?: string
  /** Whose rules to read; without it the rules are a gap (the event payload had no repository). */
  defaultBranch?: string
}

/** The `permissions:` scope each piece needs (the rules endpoint needs only metadata, which GITHUB_TOKEN always has). */
const PERMISSION: Record<RunEvidenceKind, string> = {
  run: 'actions: read',
  jobs: 'actions: read',
  deployments: 'deployments: read',
  rules: 'metadata: read',
  protection: 'contents: read'
}

const PER_PAGE = 100
/** A broken `Link` header must not page forever: 50 pages hold 5,000 jobs, far beyond a real run. */
const MAX_JOB_PAGES = 50

const RUN = z.object({
  id: GITHUB_ID,
  run_attempt: z.number().optional(),
  event: z.string(),
  head_sha: z.string(),
  head_branch: z.string().nullable(),
  path: z.string()
})

const DEPLOYMENTS = z.array(
  z.object({
    id: GITHUB_ID,
    sha: z.string(),
    ref: z.string(),
    task: z.string(),
    environment: z.string(),
    original_environment: z.string().optional(),
    production_environment: z.boolean().optional(),
    transient_environment: z.boolean().optional(),
    created_at: z.string()
  })
)

const BRANCH = z.object({
  protected: z.boolean(),
  protection: z
    .object({
      required_status_checks: z
        .object({
          enforcement_level: z.string().optional(),
          contexts: z.array(z.string()).optional(),
          checks: z.array(z.object({ context: z.string() })).optional()
        })
        .optional()
    })
    .optional()
})

const RULES = z.array(
  z.object({
    type: z.string(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    ruleset_id: z.number().optional(),
    ruleset_source_type: z.string().optional(),
    ruleset_source: z.string().optional()
  })
)

/**
 * Reads the current run from the REST API: the run, the jobs of this attempt (100 a page), the deployments of
 * the head sha and the default branch's rules — `ceil(jobs/100) + 3` requests, one more when the rulesets do not
 * show the protection and classic protection is read. A piece that cannot be read
 * becomes a gap naming the `permissions:` scope it needs; this function never throws for API failures.
 */
export async function collectRun(client: GitHubClient, target: RunTarget): Promise<RunCollection> {
  const gaps: RunGap[] = []
  const read = async <T>(what: RunEvidenceKind, fetch: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fetch()
    } catch (error) {
      gaps.push(gapFor(what, error))
      return undefined
    }
  }
  const { run: current, sha } = target
  const [run, jobs, deployments, rules] = await Promise.all([
    current === undefined ? undefined : read('run', () => fetchRun(client, target, current)),
    current === undefined ? undefined : read('jobs', () => fetchJobs(client, target, current)),
    sha === undefined ? undefined : read('deployments', () => fetchDeployments(client, target, sha)),
    readBranchRules(client, target, read)
  ])
  const order: RunEvidenceKind[] = ['run', 'jobs', 'deployments', 'rules', 'protection']
  return {
    ...(run && jobs ? { run: { ...run, jobs } } : {}),
    ...(deployments ? { deployments } : {}),
    ...(rules ? { rules } : {}),
    gaps: gaps.sort((a, b) => order.indexOf(a.what) - order.indexOf(b.what))
  }
}

type CurrentRun = NonNullable<RunTarget['run']>

async function fetchRun(
  client: GitHubClient,
  t: RunTarget,
  current: CurrentRun
): Promise<Omit<RunEvidence, 'jobs'>> {
  const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
    owner: t.owner,
    repo: t.repo,
    run_id: current.id
  })
  const run = RUN.parse(response.data)
  return {
    id: run.id,
    attempt: run.run_attempt ?? current.attempt,
    event: run.event,
    headSha: run.head_sha,
    headBranch: run.head_branch,
    workflowPath: run.path
  }
}

/** Pages by number rather than by following `Link` URLs, so the token only ever goes to the configured API. */
async function fetchJobs(client: GitHubClient, t: RunTarget, current: CurrentRun): Promise<RunJob[]> {
  const jobs: RunJob[] = []
  for (let page = 1; ; page++) {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
      {
        owner: t.owner,
        repo: t.repo,
        run_id: current.id,
        attempt_number: current.attempt,
        per_page: PER_PAGE,
        page
      }
    )
    const data = parseRunJobsPage(response.data)
    jobs.push(...data.jobs)
    const more = /rel="next"/.test(response.headers.link ?? '') && data.jobs.length > 0
    if (!more || jobs.length >= data.total) return jobs
    if (page >= MAX_JOB_PAGES)
      throw new Error(`more than ${MAX_JOB_PAGES * PER_PAGE} jobs; not all were read`)
  }
}

/** One page of 100: the deployments of a single commit. */
async function fetchDeployments(client: GitHubClient, t: RunTarget, sha: string): Promise<Deployment[]> {
  const response = await client.request('GET /repos/{owner}/{repo}/deployments', {
    owner: t.owner,
    repo: t.repo,
    sha,
    per_page: PER_PAGE
  })
  return DEPLOYMENTS.parse(response.data).map(d => ({
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    environment: d.environment,
    ...(d.original_environment !== undefined ? { originalEnvironment: d.original_environment } : {}),
    ...(d.production_environment !== undefined ? { productionEnvironment: d.production_environment } : {}),
    ...(d.transient_environment !== undefined ? { transientEnvironment: d.transient_environment } : {}),
    createdAt: d.created_at
  }))
}

/** The repository's default branch, when the event payload did not say (the CLI with `--repo`). */
async function fetchDefaultBranch(client: GitHubClient, t: RunTarget): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}', { owner: t.owner, repo: t.repo })
  const branch = (response.data as { default_branch?: unknown }).default_branch
  if (typeof branch !== 'string' || branch === '') throw new Error('the repository has no default branch')
  return branch
}

type Read = <T>(what: RunEvidenceKind, fetch: () => Promise<T>) => Promise<T | undefined>

/**
 * The default branch's rulesets, and — when they do not require both a pull request and status checks —
 * its classic protection, which the rules API does not show. One more request only in that case.
 */
async function readBranchRules(
  client: GitHubClient,
  t: RunTarget,
  read: Read
): Promise<BranchRules | undefined> {
  const branch = t.defaultBranch ?? (await read('rules', () => fetchDefaultBranch(client, t)))
  if (branch === undefined) return undefined
  const rules = await read('rules', () => fetchRules(client, t, branch))
  const found = rules ?? []
  const settled = found.some(rule => rule.type === 'pull_request') && requiredChecks(found).length > 0
  if (settled) return { branch, rules: found }
  const classic = await read('protection', () => fetchClassicProtection(client, t, branch))
  if (rules === undefined && classic === undefined) return undefined
  return { branch, rules: found, ...(classic ? { classic } : {}) }
}

/** `GET /repos/{o}/{r}/branches/{branch}`: whether classic protection applies, and the checks it requires. */
async function fetchClassicProtection(
  client: GitHubClient,
  t: RunTarget,
  branch: string
): Promise<ClassicProtection> {
  const response = await client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
    owner: t.owner,
    repo: t.repo,
    branch
  })
  const data = BRANCH.parse(response.data)
  const checks = data.protection?.required_status_checks
  const contexts =
    checks === undefined || checks.enforcement_level === 'off'
      ? []
      : [...(checks.contexts ?? []), ...(checks.checks ?? []).map(check => check.context)]
  return { protected: data.protected, requiredChecks: [...new Set(contexts)] }
}

/** One page of 100: the active rules on one branch. */
async function fetchRules(client: GitHubClient, t: RunTarget, branch: string): Promise<BranchRule[]> {
  const response = await client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
    owner: t.owner,
    repo: t.repo,
    branch,
    per_page: PER_PAGE
  })
  return RULES.parse(response.data).map(rule => ({
    type: rule.type,
    ...(rule.parameters !== undefined ? { parameters: rule.parameters } : {}),
    ...(rule.ruleset_id !== undefined ? { rulesetId: rule.ruleset_id } : {}),
    ...(rule.ruleset_source_type !== undefined ? { rulesetSourceType: rule.ruleset_source_type } : {}),
    ...(rule.ruleset_source !== undefined ? { rulesetSource: rule.ruleset_source } : {})
  }))
}

function gapFor(what: RunEvidenceKind, error: unknown): RunGap {
  const permission = PERMISSION[what]
  if (error instanceof z.ZodError) {
    const issue = error.issues[0]
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    return {
      what,
      permission,
      reason: `unexpected response from GitHub (${where}${issue?.message ?? 'invalid'})`
    }
  }
  if (error instanceof GitHubGaveUpError) {
    return { what, permission, ...(error.status ? { status: error.status } : {}), reason: error.message }
  }
  const { status } = error as { status?: number }
  const said = githubMessage(error)
  if (status === 403 || status === 404) {
    return { what, permission, status, reason: `${status} ${said}: ${missingScope(what)}` }
  }
  return { what, permission, ...(status ? { status } : {}), reason: status ? `${status} ${said}` : said }
}

function missingScope(what: RunEvidenceKind): string {
  if (what === 'rules') {
    return 'GITHUB_TOKEN always has metadata: read, so rulesets are unavailable to this repository (private on a plan without rulesets) or the token is not a GITHUB_TOKEN'
  }
  return `the token needs \`permissions: ${PERMISSION[what]}\` in the workflow`
}
