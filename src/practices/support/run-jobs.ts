import type { RunView } from '../../evidence/evidence.js'
import type { RunJob } from '../../evidence/run-evidence.js'
import type { PipelineJob } from './pipeline.js'

/** The API jobs of this run rendered from a workflow job; empty when the job is not in this run's workflow. */
export function runJobsOf(job: PipelineJob, run: RunView | undefined): RunJob[] {
  if (run === undefined || job.ref.workflow !== run.workflow) return []
  return run.jobs.get(job.ref.job) ?? []
}

/** A job that started in this run (skipped jobs never start). */
export function started(job: RunJob): boolean {
  return job.startedAt !== null && job.conclusion !== 'skipped'
}
