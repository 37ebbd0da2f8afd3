import type { RunJob } from './run-evidence.js'
import type { Job, Workflow } from '../workflow/model.js'

export interface JobMatch {
  workflowJob: { workflow: string; job: string }
  /** Every API job rendered from this workflow job: one, one per matrix combination, or none (absent). */
  runJobs: RunJob[]
}

export interface UnmatchedJob {
  runJob: RunJob
  reason: string
}

export interface JobMatching {
  /** One entry per workflow job that can appear in a run, in workflow order; the gate's own job left out. */
  matched: JobMatch[]
  /** API jobs no workflow job renders as, or that more than one could: shown, never dropped. */
  unmatched: UnmatchedJob[]
}

interface Candidate {
  job: Job
  pattern: RegExp
  /** Characters matched literally: the more, the more specific when several jobs match. */
  literal: number
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/

/**
 * Matches the API's jobs of this run to the workflow's jobs by the name GitHub renders for them: `name:` or
 * the id; ` (…)` matrix suffixes; `${{ }}` in names matching any text; `caller / callee` for jobs of reusable
 * workflows. When several jobs fit, the one with the most literal text wins; a tie is ambiguous. The gate's
 * own job (GITHUB_JOB) is neither matched nor reported.
 */
export function matchJobs(workflow: Workflow, runJobs: readonly RunJob[], ownJob?: string): JobMatching {
  const candidates = workflow.jobs.filter(appearsInRuns).map(job => candidate(job, workflow))
  const found = new Map<Job, RunJob[]>(candidates.map(c => [c.job, []]))
  const unmatched: UnmatchedJob[] = []
  for (const runJob of runJobs) {
    const fits = candidates.filter(c => c.pattern.test(runJob.name))
    const best = Math.max(...fits.map(c => c.literal))
    const winners = fits.filter(c => c.literal === best)
    const [winner, ...others] = winners
    if (winner && others.length === 0) found.get(winner.job)?.push(runJob)
    else unmatched.push({ runJob, reason: unmatchedReason(winners, workflow) })
  }
  const matched = [...found]
    .filter(([job]) => job.id !== ownJob)
    .map(([job, jobs]) => ({ workflowJob: { workflow: workflow.file, job: job.id }, runJobs: jobs }))
  return { matched, unmatched }
}

/** A job calling a reusable workflow that was inlined never runs itself: its callees' jobs do. */
function appearsInRuns(job: Job): boolean {
  return job.uses === undefined || job.opaqueReason !== undefined
}

function candidate(job: Job, workflow: Workflow): Candidate {
  const segments = displaySegments(job, workflow)
  // An opaque call shows up as `caller / <callee job>`, whatever the callee's jobs are.
  if (job.uses !== undefined) segments.push({ source: '.+', literal: 0 })
  return {
    job,
    pattern: new RegExp(`^${segments.map(s => s.source).join(' / ')}$`, 's'),
    literal: segments.reduce((sum, s) => sum + s.literal, 3 * (segments.length - 1))
  }
}

/** The rendered name of a job, outermost caller first: `deploy / release` for `deploy/release`. */
function displaySegments(job: Job, workflow: Workflow): Array<{ source: string; literal: number }> {
  const { calledBy } = job
  const caller = calledBy && workflow.jobs.find(j => j.id === calledBy.job)
  const ownId = calledBy ? job.id.slice(calledBy.job.length + 1) : job.id
  const own = namePattern(job.name ?? ownId, job.matrix !== undefined)
  return caller ? [...displaySegments(caller, workflow), own] : [own]
}

function namePattern(name: string, hasMatrix: boolean): { source: string; literal: number } {
  const literals = name.split(EXPRESSION)
  const source = literals
    .map(escape)
    .join('.*')
    .replace(/(\.\*)+/g, '.*')
  // GitHub appends ` (value, value)` to matrix instances whose name does not use the matrix itself.
  const suffix = hasMatrix ? '(?: \\(.*\\))?' : ''
  return { source: source + suffix, literal: literals.join('').length }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function unmatchedReason(winners: Candidate[], workflow: Workflow): string {
  if (winners.length === 0) return `no job of ${workflow.file} renders as this name`
  return `ambiguous: jobs ${winners.map(c => c.job.id).join(', ')} of ${workflow.file} all render as this name`
}
