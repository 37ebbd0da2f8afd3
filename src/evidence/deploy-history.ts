import { z } from 'zod'
import { GITHUB_ID } from './github-id.js'
import type { GitHubClient } from './github-client.js'
import { deployOutcome } from './deploy-outcome.js'
import { readDeployJobRuns } from './deploy-job-runs.js'
import type { DeployJob } from './deploy-job-runs.js'
import { DeployReader, PER_PAGE } from './deploy-reader.js'
import type { DeployReaderTarget } from './deploy-reader.js'
import type { DeployHistory, DeployRecord } from './deploy-record.js'

export interface DeployHistoryTarget extends DeployReaderTarget {
  /** ISO times bounding the window. */
  since: string
  until: string
  /** Whether a deployment's environment is production (the policy's `environments.production`, or GitHub's flag). */
  isProduction: (environment: string, productionFlag: boolean | undefined) => boolean
  /**
   * The fallback when the Deployments API lists no production deployment: the production deploy jobs the
   * workflow analysis found, and the default branch (read from the API when absent).
   */
  deployJobs?: { jobs: readonly DeployJob[]; branch?: string }
}

/** 30 pages hold 3,000 deployments; a repository deploying more than that per window needs a shorter one. */
const MAX_LIST_PAGES = 30
/** Older deploys read per environment to find the one before the window (the lead time of the first in it). */
const MAX_BASELINE = 3
const DEPLOYMENTS_PERMISSIONS = '`permissions: deployments: read` and `contents: read`'
const RUNS_PERMISSIONS = '`permissions: actions: read` and `contents: read`'

const DEPLOYMENTS = z.array(
  z.object({
    id: GITHUB_ID,
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
  const reader = new DeployReader(client, target)
  const result = { since: target.since, until: target.until }
  const fallback = target.deployJobs
  let source = 'Deployments'
  try {
    const listed = await listDeployments(reader, target)
    if (listed.length > 0 || fallback === undefined) {
      const deployments = await withStatuses(reader, listed, target)
      await reader.addCommitRanges(deployments, Date.parse(target.since))
      return { ...result, source, deployments, requests: reader.requests }
    }
    if (fallback.jobs.length === 0) {
      return { ...result, source, deployments: [], requests: reader.requests, none: NO_SIGNAL }
    }
    source = `deploy-job runs of ${[...new Set(fallback.jobs.map(job => job.workflow.file))].join(', ')}`
    return {
      ...result,
      source,
      ...(await fromDeployJobs(reader, target.since, fallback)),
      requests: reader.requests
    }
  } catch (error) {
    const permissions = source === 'Deployments' ? DEPLOYMENTS_PERMISSIONS : RUNS_PERMISSIONS
    return {
      ...result,
      source,
      deployments: [],
      requests: reader.requests,
      gap: reader.gapReason(error, permissions)
    }
  }
}

/** Why nothing can be measured when neither source has a signal. */
const NO_SIGNAL =
  'no deployment to a production environment in the Deployments API, and no workflow job deploys to production'

/** The fallback's deploys, with their compare ranges, or why there is none. */
async function fromDeployJobs(
  reader: DeployReader,
  since: string,
  fallback: NonNullable<DeployHistoryTarget['deployJobs']>
): Promise<Pick<DeployHistory, 'deployments' | 'none'>> {
  const { jobs } = fallback
  const branch = fallback.branch ?? (await defaultBranch(reader))
  const deployments = await readDeployJobRuns(reader, { since, branch, jobs })
  await reader.addCommitRanges(deployments, Date.parse(since))
  if (deployments.length > 0) return { deployments }
  return {
    deployments,
    none: `no completed run of ${jobs.map(job => `\`${job.job}\``).join(', ')} on ${branch}`
  }
}

/** The repository's default branch, when the caller does not know it (the CLI with `--repo`). */
async function defaultBranch(reader: DeployReader): Promise<string> {
  const repository = (await reader.get('GET /repos/{owner}/{repo}', {})).data as { default_branch?: unknown }
  if (typeof repository.default_branch !== 'string') throw new Error('the repository has no default branch')
  return repository.default_branch
}

type Listed = z.infer<typeof DEPLOYMENTS>[number]

/** Newest first, page by page (by number: the token never follows a `Link` URL), until one predates the window. */
async function listDeployments(reader: DeployReader, target: DeployHistoryTarget): Promise<Listed[]> {
  const since = Date.parse(target.since)
  const production: Listed[] = []
  for (let page = 1; page <= MAX_LIST_PAGES; page++) {
    const response = await reader.get('GET /repos/{owner}/{repo}/deployments', { per_page: PER_PAGE, page })
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
  reader: DeployReader,
  listed: Listed[],
  target: DeployHistoryTarget
): Promise<DeployRecord[]> {
  const since = Date.parse(target.since)
  const read = async (d: Listed): Promise<DeployRecord> => {
    const response = await reader.get('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
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
  const records = await reader.map(inWindow, read)
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
