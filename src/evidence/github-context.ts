/** Where the gate runs, from the runner's `GITHUB_*` variables and the event payload (`GITHUB_EVENT_PATH`). */
export interface GitHubContext {
  owner: string
  repo: string
  runId: number
  runAttempt: number
  sha: string
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/7/merge; absent for events that have none. */
  ref?: string
  eventName: string
  /** REST root without a trailing slash: https://api.github.com, or the GHES `…/api/v3`. */
  apiUrl: string
  /** The running workflow's file from GITHUB_WORKFLOW_REF, e.g. `.github/workflows/ci.yml`. */
  workflowFile?: string
  /** The gate's own job id (GITHUB_JOB), excluded from the run's verdicts. */
  job: string
  /** What this run is compared with: the PR base, the commit before a push, the merge queue's base. */
  baseSha?: string
  defaultBranch?: string
}

const DEFAULT_API_URL = 'https://api.github.com'
const NO_COMMIT = /^0+$/

/**
 * Reads the context of the current run. Pure: the caller passes the environment and the parsed event payload.
 * Throws an Error naming the variable when a required one is missing or malformed.
 */
export function githubContext(env: Record<string, string | undefined>, payload: unknown): GitHubContext {
  const [owner, repo, ...rest] = required(env, 'GITHUB_REPOSITORY').split('/')
  if (!owner || !repo || rest.length > 0) throw new Error('GITHUB_REPOSITORY must be owner/name')
  const event = record(payload)
  const ref = env.GITHUB_REF || undefined
  const workflowFile = workflowFileOf(env.GITHUB_WORKFLOW_REF)
  const eventName = required(env, 'GITHUB_EVENT_NAME')
  const baseSha = baseShaOf(eventName, event)
  const defaultBranch = text(record(event.repository).default_branch)
  return {
    owner,
    repo,
    runId: positiveInteger(env, 'GITHUB_RUN_ID'),
    runAttempt: positiveInteger(env, 'GITHUB_RUN_ATTEMPT'),
    sha: required(env, 'GITHUB_SHA'),
    ...(ref ? { ref } : {}),
    eventName,
    apiUrl: apiUrlOf(env.GITHUB_API_URL),
    ...(workflowFile ? { workflowFile } : {}),
    job: required(env, 'GITHUB_JOB'),
    ...(baseSha ? { baseSha } : {}),
    ...(defaultBranch ? { defaultBranch } : {})
  }
}

function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name]?.trim()
  if (!value) throw new Error(`${name} is not set: run the gate inside a GitHub Actions job`)
  return value
}

function positiveInteger(env: Record<string, string | undefined>, name: string): number {
  const value = required(env, name)
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a positive integer, got "${value}"`)
  return Number(value)
}

function apiUrlOf(value: string | undefined): string {
  const url = value?.trim() || DEFAULT_API_URL
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`GITHUB_API_URL must be an http(s) URL, got "${url}"`)
  return url.replace(/\/+$/, '')
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. */
function workflowFileOf(workflowRef: string | undefined): string | undefined {
  const path = workflowRef?.split('@')[0]?.split('/').slice(2).join('/')
  return path || undefined
}

function baseShaOf(eventName: string, event: Record<string, unknown>): string | undefined {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return text(record(record(event.pull_request).base).sha)
    case 'push': {
      // A pushed new branch has no previous commit: `before` is all zeros.
      const before = text(event.before)
      return before && !NO_COMMIT.test(before) ? before : undefined
    }
    case 'merge_group':
      return text(record(event.merge_group).base_sha)
    default:
      return undefined
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
