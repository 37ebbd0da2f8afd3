import { z } from 'zod'
import { GitHubGaveUpError } from './github-gave-up-error.js'
import { githubMessage } from './github-message.js'
import type { GitHubClient } from './github-client.js'
import { deployOutcome } from './deploy-outcome.js'
import type { DeployCommit, DeployRecord } from './deploy-record.js'

/** Answers kept by URL, so a later request can be conditional (`If-None-Match`) and a 304 reuse them. */
export type EtagCache = Map<string, { etag: string; data: unknown; link: string }>

/** The call budget the README states: 2 requests a deployment in the window, plus list pages and margin. */
const DEFAULT_MAX_REQUESTS = 600
export const PER_PAGE = 100
/** GitHub asks integrators not to make many requests at once (secondary rate limits). */
const CONCURRENCY = 8
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_PAGES = 3

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

export interface DeployReaderTarget {
  owner: string
  repo: string
  /** Requests allowed in all; beyond them the history is a gap rather than a partial (wrong) answer. */
  maxRequests?: number
  etags?: EtagCache
}

/**
 * What the readers of a deploy history share (deployments, or deploy-job runs as the fallback): one request
 * budget, conditional GETs, bounded concurrency, the compare ranges between successful deploys and the reason a
 * failure gives. Pages go by number: the token never follows a `Link` URL.
 */
export class DeployReader {
  requests = 0

  constructor(
    private readonly client: GitHubClient,
    private readonly target: DeployReaderTarget
  ) {}

  async get(
    route: string,
    params: Record<string, string | number>
  ): Promise<{ data: unknown; link: string }> {
    const max = this.target.maxRequests ?? DEFAULT_MAX_REQUESTS
    if (this.requests >= max) throw new OverBudget(`reading the deployments needs more than ${max} requests`)
    this.requests++
    return this.conditionalGet(route, { owner: this.target.owner, repo: this.target.repo, ...params })
  }

  /** `Promise.all` over `items`, CONCURRENCY at a time, results in order. */
  async map<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
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

  /** The commits each successful deploy in the window shipped: the comparison with the environment's previous one. */
  async addCommitRanges(deployments: DeployRecord[], since: number): Promise<void> {
    const succeeded = deployments
      .map(record => ({ record, at: deployOutcome(record.statuses).succeededAt }))
      .filter((d): d is { record: DeployRecord; at: number } => d.at !== undefined)
      .sort((a, b) => a.at - b.at || a.record.id - b.record.id)
    await this.map(succeeded, async ({ record, at }) => {
      if (at < since) return
      const previous = succeeded.filter(d => d.record.environment === record.environment && d.at < at).at(-1)
      if (previous === undefined) return
      record.commits =
        previous.record.sha === record.sha ? [] : await this.compare(previous.record.sha, record.sha)
    })
  }

  /** Why reading failed, naming the permissions a 403 or 404 suggests are missing. */
  gapReason(error: unknown, permissions: string): string {
    if (error instanceof OverBudget) return error.message
    if (error instanceof z.ZodError)
      return `unexpected response from GitHub (${error.issues[0]?.message ?? 'invalid'})`
    if (error instanceof GitHubGaveUpError) return error.message
    const { status } = error as { status?: number }
    const said = githubMessage(error)
    if (status === 403 || status === 404) return `${status} ${said}: the token needs ${permissions}`
    return status ? `${status} ${said}` : said
  }

  private async compare(base: string, head: string): Promise<DeployCommit[]> {
    const commits: DeployCommit[] = []
    for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
      const response = await this.get('GET /repos/{owner}/{repo}/compare/{basehead}', {
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
  private async conditionalGet(
    route: string,
    params: Record<string, string | number>
  ): Promise<{ data: unknown; link: string }> {
    const { etags } = this.target
    const key = `${route} ${JSON.stringify(params)}`
    const cached = etags?.get(key)
    try {
      const response = await this.client.request(route, {
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
}
