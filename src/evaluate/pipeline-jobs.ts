import type { Evidence } from '../evidence/evidence.js'
import type { RunJob } from '../evidence/run-evidence.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { pipelineOf } from '../practices/support/pipeline.js'
import type { PipelineJob as PipelineFacts } from '../practices/support/pipeline.js'
import type { PipelineJob } from './report.js'

/**
 * The pipeline as the summary draws it: every job with what it does (its catalog purposes as stages), where it
 * deploys and, when run evidence was read, how it concluded in this run. Jobs of the run's own workflow first.
 */
export function pipelineJobs(evidence: Evidence, environments: EnvironmentPatterns): PipelineJob[] {
  const pipeline = pipelineOf(evidence, environments)
  const runWorkflow = evidence.run?.workflow
  const ordered = [
    ...pipeline.jobs.filter(job => job.ref.workflow === runWorkflow),
    ...pipeline.jobs.filter(job => job.ref.workflow !== runWorkflow)
  ]
  return ordered.map(job => describe(job, evidence))
}

function describe(facts: PipelineFacts, evidence: Evidence): PipelineJob {
  const { job, ref } = facts
  const described: PipelineJob = {
    workflow: ref.workflow,
    id: job.id,
    name: job.name ?? job.id,
    needs: [...job.needs],
    stages: [...new Set(facts.purposes.map(p => p.purpose))],
    location: job.location
  }
  if (job.environment) {
    described.environment = job.environment.name
    described.environmentClass = facts.environmentClass
  }
  const runJobs = evidence.run?.workflow === ref.workflow ? evidence.run.jobs.get(job.id) : undefined
  if (runJobs && runJobs.length > 0) described.run = conclusionOf(runJobs)
  return described
}

/** One outcome for all of a job's matrix legs: the worst conclusion, and the longest leg's duration. */
function conclusionOf(runJobs: readonly RunJob[]): NonNullable<PipelineJob['run']> {
  const order = [
    'failure',
    'timed_out',
    'cancelled',
    'action_required',
    null,
    'success',
    'neutral',
    'skipped'
  ]
  const worst = [...runJobs].sort((a, b) => order.indexOf(a.conclusion) - order.indexOf(b.conclusion))[0]
  const durations = runJobs
    .filter(job => job.startedAt && job.completedAt)
    .map(job => (Date.parse(job.completedAt ?? '') - Date.parse(job.startedAt ?? '')) / 1000)
  return {
    conclusion: worst?.conclusion ?? null,
    durationSeconds: durations.length > 0 ? Math.max(...durations) : null
  }
}
