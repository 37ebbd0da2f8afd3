import type { Evidence } from '../evidence/evidence.js'
import type { Finding } from '../core/finding.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { pipelineOf } from '../practices/support/pipeline.js'
import type { Report } from './report.js'

/**
 * Jobs of the gate's own workflow that a practice is judged from but that run beside the gate job, neither
 * before it (transitively, through `needs:`) nor after it: their outcome in this run is whatever it happened
 * to be when the gate looked, so a failure may pass unseen. One warning per job, naming the practices judged
 * from it, on the gate job. Jobs of other workflows cannot be needed, and waived practices are not judged;
 * without run evidence or the gate's job id nothing can be said.
 */
export function upstreamWarnings(
  findings: readonly Finding[],
  evidence: Evidence,
  environments: EnvironmentPatterns
): Report['warnings'] {
  const run = evidence.run
  if (run?.gateJob === undefined) return []
  const gate = { workflow: run.workflow, job: run.gateJob }
  const { graph } = pipelineOf(evidence, environments)
  const gateJob = graph.job(gate)
  if (gateJob === undefined) return []
  const upstream = new Set(
    graph.predecessors(gate).flatMap(ref => (ref.workflow === gate.workflow ? [ref.job] : []))
  )
  const practicesByJob = new Map<string, string[]>()
  for (const finding of findings) {
    if (finding.status === 'waived') continue
    for (const item of finding.evidence) {
      // A job inlined from a reusable workflow (`caller/callee`) is needed through its calling job.
      const cited = (item.kind === 'job' || item.kind === 'step') && item.workflow === gate.workflow
      const job = cited ? item.job.split('/')[0] : undefined
      if (job === undefined || job === gate.job || upstream.has(job)) continue
      // A job that waits for the gate (a gate step mid-pipeline, before a promotion) cannot be needed by it.
      if (graph.precedes(gate, { workflow: gate.workflow, job })) continue
      const practices = practicesByJob.get(job) ?? []
      if (!practices.includes(finding.practice)) practicesByJob.set(job, [...practices, finding.practice])
    }
  }
  return [...practicesByJob].map(([job, practices]) => ({
    message: `${practices.join(', ')} judged from job \`${job}\`, which does not finish before this gate: add it to the \`needs:\` of job \`${gate.job}\``,
    location: gateJob.location,
    title: 'judged job not needed'
  }))
}
