import { z } from 'zod'
import { GITHUB_ID } from './github-id.js'
import type { Workflow } from '../workflow/model.js'
import { deployOutcome } from './deploy-outcome.js'
import type { DeployReader } from './deploy-reader.js'
import { PER_PAGE } from './deploy-reader.js'
import type { DeployRecord } from './deploy-record.js'
import { matchJobs } from './match-jobs.js'
import type { RunJob } from './run-evidence.js'
import { parseRunJobsPage } from './run-jobs-page.js'

/** A job the workflow analysis classifies as a production deploy, and the environment it deploys to. */
export interface DeployJob {
  workflow: Workflow
  /** The job's id in `workflow` (`caller/callee` for a job of a reusable workflow). */
  job: string
  environment: string
}

export interface DeployJobRunsTarget {
  since: string
  /** The default branch: only its runs are deploys of the normal flow. */
  branch: string
  jobs: readonly DeployJob[]
}

/** 30 pages hold 3,000 runs of one workflow; a repository running more per window needs a shorter one. */
const MAX_RUN_PAGES = 30
/** Older runs read per workflow to find a successful deploy before the window (the lead time of the first in it). */
const MAX_BASELINE = 3
/** A run with more jobs than this is not read in full; its deploy job is looked for in the first pages. */
const MAX_JOB_PAGES = 3

const RUNS = z.object({
  workflow_runs: z.array(
    z.object({
      id: GITHUB_ID,
      head_sha: z.string(),
      head_branch: z.string().nullable(),
      display_title: z.string().optional(),
      created_at: z.string()
    })
  )
})
type Run = z.infer<typeof RUNS>['workflow_runs'][number]

/**
 * The fallback when GitHub Deployments hold no production deployment (docs/history.md): each completed run of
 * a workflow with production deploy jobs, on the default branch, is one deploy per environment — succeeded
 * at its deploy job's `completed_at` when every leg succeeded, failed at it when a leg failed or timed out, and
 * no deploy at all when the job was skipped or cancelled. `⌈runs/100⌉` list pages per workflow and one jobs
 * request per run read; throws for API failures (the caller makes them a gap).
 */
export async function readDeployJobRuns(
  reader: DeployReader,
  target: DeployJobRunsTarget
): Promise<DeployRecord[]> {
  const since = Date.parse(target.since)
  const records: DeployRecord[] = []
  for (const [file, jobs] of groupBy(target.jobs, job => job.workflow.file)) {
    const runs = await listRuns(reader, file, target.branch, since)
    const inWindow = runs.filter(run => Date.parse(run.created_at) >= since)
    records.push(...(await reader.map(inWindow, run => deploysOf(reader, run, jobs))).flat())
    for (const run of runs.filter(r => Date.parse(r.created_at) < since).slice(0, MAX_BASELINE)) {
      const found = await deploysOf(reader, run, jobs)
      records.push(...found)
      if (found.some(record => deployOutcome(record.statuses).succeededAt !== undefined)) break
    }
  }
  return records
}

/** Completed runs of the default branch, newest first, until one predates the window. */
async function listRuns(reader: DeployReader, file: string, branch: string, since: number): Promise<Run[]> {
  const runs: Run[] = []
  const workflowId = file.slice(file.lastIndexOf('/') + 1)
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    const response = await reader.get('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      workflow_id: workflowId,
      branch,
      status: 'completed',
      per_page: PER_PAGE,
      page
    })
    const listed = RUNS.parse(response.data).workflow_runs
    runs.push(...listed)
    const reachedStart = listed.some(run => Date.parse(run.created_at) < since)
    if (reachedStart || !/rel="next"/.test(response.link) || listed.length === 0) return runs
  }
  throw new Error(
    `more than ${MAX_RUN_PAGES * PER_PAGE} runs of ${file} since the window began; shorten the window`
  )
}

/** The run's deploys: one per environment its deploy jobs target, from the jobs of its latest attempt. */
async function deploysOf(
  reader: DeployReader,
  run: Run,
  jobs: readonly DeployJob[]
): Promise<DeployRecord[]> {
  const runJobs = await jobsOf(reader, run.id)
  const workflow = jobs[0]?.workflow
  if (workflow === undefined) return []
  const matched = new Map(matchJobs(workflow, runJobs).matched.map(m => [m.workflowJob.job, m.runJobs]))
  return [...groupBy(jobs, job => job.environment)].flatMap(([environment, deployJobs]) => {
    const legs = deployJobs.flatMap(job => matched.get(job.job) ?? [])
    const status = outcome(legs)
    if (status === undefined) return []
    return [
      {
        id: legs[0]?.id ?? run.id,
        sha: run.head_sha,
        ref: run.head_branch ?? '',
        task: 'deploy',
        description: run.display_title ?? '',
        environment,
        createdAt: run.created_at,
        statuses: [status]
      }
    ]
  })
}

/**
 * A deploy job's legs (one, or one per matrix combination) as one status: failure at the first leg that
 * failed or timed out; success when every leg succeeded, at the last one's completion; none otherwise.
 */
function outcome(legs: readonly RunJob[]): { state: string; createdAt: string } | undefined {
  const failed = legs.filter(leg => leg.conclusion === 'failure' || leg.conclusion === 'timed_out')
  const at = (some: readonly RunJob[]) =>
    some
      .map(leg => leg.completedAt ?? '')
      .filter(Boolean)
      .sort()
  if (failed.length > 0) {
    const first = at(failed)[0]
    return first === undefined ? undefined : { state: 'failure', createdAt: first }
  }
  if (legs.length === 0 || legs.some(leg => leg.conclusion !== 'success')) return undefined
  const last = at(legs).at(-1)
  return last === undefined ? undefined : { state: 'success', createdAt: last }
}

async function jobsOf(reader: DeployReader, runId: number): Promise<RunJob[]> {
  const jobs: RunJob[] = []
  for (let page = 1; page <= MAX_JOB_PAGES; page++) {
    const response = await reader.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
      run_id: runId,
      per_page: PER_PAGE,
      page
    })
    const data = parseRunJobsPage(response.data)
    jobs.push(...data.jobs)
    if (jobs.length >= data.total || data.jobs.length === 0) break
  }
  return jobs
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
