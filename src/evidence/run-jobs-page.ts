import { z } from 'zod'
import { GITHUB_ID } from './github-id.js'
import type { RunJob } from './run-evidence.js'

const JOB = z.object({
  id: GITHUB_ID,
  name: z.string(),
  status: z.string(),
  conclusion: z.string().nullable(),
  started_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  steps: z
    .array(
      z.object({
        name: z.string(),
        number: z.number(),
        status: z.string(),
        conclusion: z.string().nullable(),
        started_at: z.string().nullish(),
        completed_at: z.string().nullish()
      })
    )
    .optional(),
  runner_name: z.string().nullish(),
  html_url: z.string().nullish()
})

const JOBS_PAGE = z.object({ total_count: z.number(), jobs: z.array(JOB) })

/**
 * One page of a workflow run's jobs (`GET …/actions/runs/{run_id}/jobs`, also per attempt), as the gate's
 * RunJob values, and the run's job count, to know when the pages end.
 */
export function parseRunJobsPage(data: unknown): { total: number; jobs: RunJob[] } {
  const page = JOBS_PAGE.parse(data)
  return { total: page.total_count, jobs: page.jobs.map(toRunJob) }
}

function toRunJob(job: z.infer<typeof JOB>): RunJob {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    conclusion: job.conclusion,
    startedAt: job.started_at ?? null,
    completedAt: job.completed_at ?? null,
    steps: (job.steps ?? []).map(step => ({
      name: step.name,
      number: step.number,
      status: step.status,
      conclusion: step.conclusion,
      startedAt: step.started_at ?? null,
      completedAt: step.completed_at ?? null
    })),
    ...(job.runner_name ? { runnerName: job.runner_name } : {}),
    ...(job.html_url ? { htmlUrl: job.html_url } : {})
  }
}
