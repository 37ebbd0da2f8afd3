import { getOctokit } from '@actions/github'
import { GitHubGaveUpError } from './github-gave-up-error.js'
import type { SharedBackoff } from './shared-backoff.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientSettings {
  token: string
  /** REST root: https://api.github.com, or `GITHUB_API_URL` on GitHub Enterprise Server. */
  apiUrl: string
  /** Upper bound on all waiting (rate limits and retry back-off) over the client's life. */
  maxTotalWaitMs?: number
  /** Each attempt is aborted after this long. */
  requestTimeoutMs?: number
  /** Retries after the first attempt, for 5xx, timeouts and rate limits. */
  maxRetries?: number
  /** Back-off before the first retry of a 5xx or timeout; doubles each time. */
  retryDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** A pause every request waits for and every rate limit extends (the org audit's concurrent requests). */
  backoff?: SharedBackoff
}

const DEFAULTS = {
  maxTotalWaitMs: 60_000,
  requestTimeoutMs: 30_000,
  maxRetries: 3,
  retryDelayMs: 1_000
}

/** GitHub asks clients hit by a secondary limit without `retry-after` to wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000

interface HttpFailure {
  status?: number
  message: string
  response?: { headers?: Record<string, string | number | undefined> }
  cause?: unknown
}

/**
 * An Octokit from `@actions/github` whose every request is time-limited and retried within bounds: 5xx and
 * timeouts with doubling back-off, rate limits after `retry-after` or `x-ratelimit-reset`. All waiting shares
 * one budget so a gate never hangs on GitHub; past it the request fails with GitHubGaveUpError.
 */
export function createGitHubClient(settings: GitHubClientSettings): GitHubClient {
  // Settings the caller left undefined keep their defaults rather than overriding them with undefined.
  const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined))
  const options = { ...DEFAULTS, ...defined } as typeof DEFAULTS & GitHubClientSettings
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const now = settings.now ?? Date.now
  const client = getOctokit(settings.token, {
    baseUrl: settings.apiUrl.replace(/\/+$/, ''),
    // Octokit's default logger writes 4xx/deprecation notes to the console; the gate reports gaps itself.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  })
  let waitedMs = 0

  client.hook.wrap('request', async (request, endpoint) => {
    for (let attempt = 0; ; attempt++) {
      try {
        // before-after-hook hands inner hooks the options object it was called with, so the signal has to be
        // set on that object: options passed to `request(…)` here would be ignored.
        endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(options.requestTimeoutMs) }
        await settings.backoff?.ready()
        const response = await request(endpoint)
        pauseWhenSpent(settings.backoff, response.headers)
        return response
      } catch (error) {
        const failure = error as HttpFailure
        // Nothing listens there, or the name does not resolve: waiting will not change that.
        if (isUnreachable(failure))
          throw giveUp(describeFailure(failure, options.requestTimeoutMs), failure, settings.token)
        const wait = retryWait(failure, attempt, options.retryDelayMs, now())
        if (wait === undefined) throw redacted(error, settings.token)
        const problem = describeFailure(failure, options.requestTimeoutMs)
        if (attempt >= options.maxRetries) {
          throw giveUp(`${problem}; gave up after ${attempt + 1} attempts`, failure, settings.token)
        }
        if (waitedMs + wait > options.maxTotalWaitMs) {
          const budget = seconds(options.maxTotalWaitMs)
          throw giveUp(
            `${problem}; retrying needs a ${seconds(wait)} wait, beyond the ${budget} budget`,
            failure,
            settings.token
          )
        }
        waitedMs += wait
        if (isRateLimit(failure)) settings.backoff?.pauseUntil(now() + wait)
        await sleep(wait)
      }
    }
  })
  return client
}

/** The last request of the quota was just spent: the others wait for its reset rather than be refused. */
function pauseWhenSpent(
  backoff: SharedBackoff | undefined,
  headers: Record<string, string | number | undefined>
): void {
  const reset = Number(headers['x-ratelimit-reset'])
  if (backoff && String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) {
    backoff.pauseUntil(reset * 1000)
  }
}

/** How long to wait before retrying, or undefined when the failure is final (4xx other than rate limits). */
function retryWait(
  failure: HttpFailure,
  attempt: number,
  retryDelayMs: number,
  nowMs: number
): number | undefined {
  const headers = failure.response?.headers ?? {}
  if (isRateLimit(failure)) {
    const retryAfter = Number(headers['retry-after'])
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
      return Math.max(0, retryAfter * 1000)
    const reset = Number(headers['x-ratelimit-reset'])
    if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) {
      return Math.max(0, reset * 1000 - nowMs)
    }
    return SECONDARY_LIMIT_WAIT_MS
  }
  // Octokit reports timeouts and network failures as status 500.
  if (failure.status === undefined || failure.status >= 500) return retryDelayMs * 2 ** attempt
  return undefined
}

function isRateLimit(failure: HttpFailure): boolean {
  if (failure.status === 429) return true
  if (failure.status !== 403) return false
  const headers = failure.response?.headers ?? {}
  return (
    String(headers['x-ratelimit-remaining']) === '0' ||
    headers['retry-after'] !== undefined ||
    /secondary rate limit/i.test(failure.message)
  )
}

function describeFailure(failure: HttpFailure, timeoutMs: number): string {
  if (isRateLimit(failure)) return `rate limited (${failure.status})`
  if (isTimeout(failure)) return `no answer within ${seconds(timeoutMs)}`
  return answeredStatus(failure) === undefined
    ? `request failed: ${failure.message}`
    : `GitHub answered ${failure.status}`
}

/** No response because the connection was refused or the host name does not exist (a wrong API URL). */
function isUnreachable(failure: HttpFailure): boolean {
  return failure.response === undefined && /\b(ECONNREFUSED|ENOTFOUND)\b|bad port/.test(failure.message)
}

function isTimeout(failure: HttpFailure): boolean {
  const cause = failure.cause as { name?: string } | undefined
  return cause?.name === 'TimeoutError' || cause?.name === 'AbortError'
}

/**
 * The status GitHub answered with. Octokit gives timeouts and network failures (no response at all) status 500:
 * the gap should not claim GitHub answered.
 */
function answeredStatus(failure: HttpFailure): number | undefined {
  return isTimeout(failure) || failure.response === undefined ? undefined : failure.status
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 100) / 10} s`
}

function giveUp(message: string, failure: HttpFailure, token: string): unknown {
  return redacted(new GitHubGaveUpError(message, answeredStatus(failure)), token)
}

/** A misbehaving server or proxy may echo the credentials into an error body: never let them travel on. */
function redacted(error: unknown, token: string): unknown {
  if (token !== '' && error instanceof Error && error.message.includes(token)) {
    error.message = error.message.split(token).join('***')
  }
  return error
}
