import type { RunView } from '../evidence/evidence.js'
import type { RunJob } from '../evidence/run-evidence.js'
import type { EvidenceItem, Finding } from '../core/finding.js'

/** Conclusions of a job that ran and did not succeed. */
const DID_NOT_PASS = new Set(['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure'])

type Exercise =
  | { kind: 'succeeded'; jobs: RunJob[] }
  | { kind: 'failed'; job: RunJob }
  | { kind: 'running'; job: RunJob }
  | { kind: 'not-exercised' }

/**
 * Refines a definition-strength pass with what this run did (design §4, strength rules): the jobs a finding
 * rests on (its `job` evidence) that ran decide at run strength — all succeeded: pass/run; any failed,
 * cancelled or timed out: fail/run; any still queued or running when the gate ran: unknown (it may yet
 * fail). Jobs that were skipped (their own `if:`, or a job they need did not
 * succeed) or are absent did not run: the verdict keeps definition strength and says so, or is `unknown` under
 * `strict`. A failure is thereby charged only to the practice whose job failed, never to the jobs it skipped.
 */
export function applyRunEvidence(finding: Finding, run: RunView | undefined, strict: boolean): Finding {
  if (finding.status !== 'pass' || finding.strength !== 'definition') return finding
  const jobs = finding.evidence.filter(
    (item): item is Extract<EvidenceItem, { kind: 'job' }> => item.kind === 'job'
  )
  if (jobs.length === 0) return finding
  const exercise = run === undefined ? ({ kind: 'not-exercised' } as const) : exerciseOf(jobs, run)
  if (exercise.kind === 'failed') {
    return {
      ...finding,
      status: 'fail',
      strength: 'run',
      messageId: 'run-failed',
      message: `declared, did not pass in this run: job \`${exercise.job.name}\` concluded ${exercise.job.conclusion} (${finding.message})`,
      remediation: `Open the run's \`${exercise.job.name}\` job, fix what failed and re-run; the gate re-evaluates on the next run.`
    }
  }
  if (exercise.kind === 'running') {
    // The gate ran before the job it judges finished: the job may still fail, so its outcome is unknown.
    return {
      ...finding,
      status: 'unknown',
      strength: 'run',
      messageId: 'still-running',
      message: `job \`${exercise.job.name}\` was still ${exercise.job.status.replace('_', ' ')} when the gate ran (${finding.message})`,
      remediation: `List \`${exercise.job.name}\`'s job in the gate job's \`needs:\` (with \`if: always()\`), so the gate judges its outcome.`
    }
  }
  if (exercise.kind === 'succeeded') {
    const names = exercise.jobs.map(job => `\`${job.name}\``).join(', ')
    return { ...finding, strength: 'run', message: `${finding.message}; succeeded in this run (${names})` }
  }
  if (strict) {
    return {
      ...finding,
      status: 'unknown',
      messageId: 'not-exercised',
      message: `not exercised in this run, and strict mode needs run evidence (${finding.message})`,
      remediation: 'Run the jobs of this practice in the workflow that runs the gate, or set `strict: false`.'
    }
  }
  return run === undefined
    ? finding
    : { ...finding, message: `${finding.message}; not exercised in this run` }
}

function exerciseOf(jobs: readonly Extract<EvidenceItem, { kind: 'job' }>[], run: RunView): Exercise {
  const inRun = jobs
    .filter(item => item.workflow === run.workflow)
    .flatMap(item => run.jobs.get(item.job) ?? [])
  const ran = inRun.filter(
    job => job.status === 'completed' && job.conclusion !== 'skipped' && job.conclusion !== null
  )
  const failed = ran.find(job => DID_NOT_PASS.has(job.conclusion ?? ''))
  if (failed) return { kind: 'failed', job: failed }
  const running = inRun.find(job => job.status !== 'completed')
  if (running) return { kind: 'running', job: running }
  const succeeded = ran.filter(job => job.conclusion === 'success')
  return succeeded.length > 0 ? { kind: 'succeeded', jobs: succeeded } : { kind: 'not-exercised' }
}
