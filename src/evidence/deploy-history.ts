import { z } from 'zod'
import { GitHubGaveUpError } from './github-gave-up-error.js'
import { githubMessage } from './github-message.js'
import type { GitHubClient } from './github-client.js'
import { deployOutcome } from './deploy-outcome.js'
import type { DeployCommit, DeployHistory, DeployRecord } from './deploy-record.js'

/** Answers kept by URL, so a later request can be conditional (`If-None-Match`) and a 304 reuse them. */
export type EtagCache = Map<string, { etag: string; data: unknown; link: string }>

export interface DeployHistoryTarget {
  owner: string
  repo: string
  /** ISO times bounding the window. */
  since: string
  until: string
  /** Whether a deployment's environment is production (the policy's `environments.production`, or GitHub's flag). */
  isProduction: (environment: string, productionFlag: boolean | undefined) => boolean
  /** Requests allowed in all; beyond them the history is a gap rather than a partial (wrong) answer. */
  maxRequests?: number
  etags?: EtagCache
}

/** The call budget the README states: 2 requests a deployment in the window, plus list pages and margin. */
export const DEFAULT_MAX_REQUESTS = 600
const PER_PAGE = 100
/** 30 pages hold 3,000 deployments; a repository deploying more than that per window needs a shorter one. */
const MAX_LIST_PAGES = 30
/** Older deploys read per environment to find the one before the window (the lead time of the first in it). */
const MAX_BASELINE = 3
/** GitHub asks integrators not to make many requests at once (secondary rate limits). */
const CONCURRENCY = 8
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_PAGES = 3

const ID = z.union([z.number(), z.bigint()]).transform(Number)
const DEPLOYMENTS = z.array(
  z.object({
    id: ID,
    sha: z.string(),
    ref: z.string(),
    task: z.string(),
    description: z.string().nullish(),
    environment: z.string(),
    production_environment: z.boolean().optional(),
    created_at: z.string()
  })
)
const STATUSES = z.array(z.object({ state: z.string(), created_at: z.string() }))
const COMPARISON = z.object({
  total_commits: z.number(),
  commits: z.array(
    z.object({
      sha: z.string(),
      commit: z.object({ message: z.string(), committer: z.object({ date: z.string() }).nullable() })
    })
  )
})

class OverBudget extends Error {}

/**
 * The production deployments of a window with their statuses and compare ranges (docs/history.md):
 * `⌈listed/100⌉` list pages, one statuses request per production deployment read, one comparison per pair of
 * consecutive successful deploys of different SHAs. Never throws for API failures: what could not be read
 * makes the whole history a gap, since a partial history would give wrong rates rather than unknown ones.
 */
export async function readDeployHistory(
  client: GitHubClient,
  target: DeployHistoryTarget
): Promise<DeployHistory> {
  let requests = 0
  const maxRequests = target.maxRequests ?? DEFAULT_MAX_REQUESTS
  const get = async (route: string, params: Record<string, string | number>) => {
    if (requests >= maxRequests)
      throw new OverBudget(`reading the deployments needs more than ${maxRequests} requests`)
    requests++
    return conditionalGet(client, target.etags, route, { owner: target.owner, repo: target.repo, ...params })
  }
  const result = { since: target.since, until: target.until }
  try {
    const listed = await listDeployments(get, target)
    const deployments = await withStatuses(get, listed, target)
    await addCommitRanges(get, deployments, Date.parse(target.since))
    return { ...result, deployments, requests }
  } catch (error) {
    return { ...result, deployments: [], requests, gap: gapReason(error) }
  }
}

type Get = (
  route: string,
  params: Record<string, string | number>
) => Promise<{ data: unknown; link: string }>

type Listed = z.infer<typeof DEPLOYMENTS>[number]

/** Newest first, page by page (by number: the token never follows a `Link` URL), until one predates the window. */
async function listDeployments(get: Get, target: DeployHistoryTarget): Promise<Listed[]> {
  const since = Date.parse(target.since)
  const production: Listed[] = []
  for (let page = 1; page <= MAX_LIST_PAGES; page++) {
    const response = await get('GET /repos/{owner}/{repo}/deployments', { per_page: PER_PAGE, page })
    const deployments = DEPLOYMENTS.parse(response.data)
    production.push(...deployments.filter(d => target.isProduction(d.environment, d.production_environment)))
    const reachedStart = deployments.some(d => Date.parse(d.created_at) < since)
    if (reachedStart || !/rel="next"/.test(response.link) || deployments.length === 0) return production
  }
  throw new Error(
    `more than ${MAX_LIST_PAGES * PER_PAGE} deployments since the window began; shorten the window`
  )
}

/**
 * Statuses for every production deploy created in the window, and for older ones until each environment has
 * a successful deploy before the window (at most MAX_BASELINE tried each).
 */
async function withStatuses(
  get: Get,
  listed: Listed[],
  target: DeployHistoryTarget
): Promise<DeployRecord[]> {
  const since = Date.parse(target.since)
  const read = async (d: Listed): Promise<DeployRecord> => {
    const response = await get('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      deployment_id: d.id,
      per_page: PER_PAGE
    })
    const statuses = STATUSES.parse(response.data).map(s => ({ state: s.state, createdAt: s.created_at }))
    return {
      id: d.id,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      description: d.description ?? '',
      environment: d.environment,
      createdAt: d.created_at,
      statuses
    }
  }
  const inWindow = listed.filter(d => Date.parse(d.created_at) >= since)
  const records = await mapLimited(inWindow, read)
  for (const environment of new Set(listed.map(d => d.environment))) {
    const older = listed.filter(d => d.environment === environment && Date.parse(d.created_at) < since)
    for (const d of older.slice(0, MAX_BASELINE)) {
      const record = await read(d)
      records.push(record)
      if (deployOutcome(record.statuses).succeededAt !== undefined) break
    }
  }
  return records
}

/** The commits each successful deploy in the window shipped: the comparison with the environment's previous one. */
async function addCommitRanges(get: Get, deployments: DeployRecord[], since: number): Promise<void> {
  const succeeded = deployments
    .map(record => ({ record, at: deployOutcome(record.statuses).succeededAt }))
    .filter((d): d is { record: DeployRecord; at: number } => d.at !== undefined)
    .sort((a, b) => a.at - b.at || a.record.id - b.record.id)
  await mapLimited(succeeded, async ({ record, at }) => {
    if (at < since) return
    const previous = succeeded.filter(d => d.record.environment === record.environment && d.at < at).at(-1)
    if (previous === undefined) return
    record.commits =
      previous.record.sha === record.sha ? [] : await compare(get, previous.record.sha, record.sha)
  })
}

/** `Promise.all` over `items`, CONCURRENCY at a time, results in order. */
async function mapLimited<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
  return results
}

async function compare(get: Get, base: string, head: string): Promise<DeployCommit[]> {
  const commits: DeployCommit[] = []
  for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
    const response = await get('GET /repos/{owner}/{repo}/compare/{basehead}', {
      basehead: `${base}...${head}`,
      per_page: PER_PAGE,
      page
    })
    const data = COMPARISON.parse(response.data)
    commits.push(
      ...data.commits.map(c => ({
        sha: c.sha,
        date: c.commit.committer?.date ?? '',
        subject: c.commit.message.split('\n')[0] ?? ''
      }))
    )
    if (commits.length >= data.total_commits || data.commits.length === 0) break
  }
  return commits.filter(c => c.date !== '')
}

/** A GET that sends the cached ETag and takes the cached answer on 304, which GitHub does not count against the rate limit. */
async function conditionalGet(
  client: GitHubClient,
  etags: EtagCache | undefined,
  route: string,
  params: Record<string, string | number>
): Promise<{ data: unknown; link: string }> {
  const key = `${route} ${JSON.stringify(params)}`
  const cached = etags?.get(key)
  try {
    const response = await client.request(route, {
      ...params,
      ...(cached ? { headers: { 'if-none-match': cached.etag } } : {})
    })
    const answer = { data: response.data as unknown, link: response.headers.link ?? '' }
    const etag = response.headers.etag
    if (etags && etag) etags.set(key, { etag, ...answer })
    return answer
  } catch (error) {
    if (cached && (error as { status?: number }).status === 304) return cached
    throw error
  }
}

function gapReason(error: unknown): string {
  if (error instanceof OverBudget) return error.message
  if (error instanceof z.ZodError)
    return `unexpected response from GitHub (${error.issues[0]?.message ?? 'invalid'})`
  if (error instanceof GitHubGaveUpError) return error.message
  const { status } = error as { status?: number }
  const said = githubMessage(error)
  if (status === 403 || status === 404) {
    return `${status} ${said}: the token needs \`permissions: deployments: read\` and \`contents: read\``
  }
  return status ? `${status} ${said}` : said
}
