import type { Evidence } from '../evidence/evidence.js'
import type { EvidenceItem, Finding } from '../core/finding.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { listFiles, unreadScripts } from '../practices/support/findings.js'
import { jobLabel, pipelineOf } from '../practices/support/pipeline.js'

/**
 * A practice that failed for want of something may have it done by a script the gate could not read (a file
 * missing from the checkout, a path outside the repository): the message says which, so a reader knows the
 * verdict rests on what the gate could see. Scripts of the jobs the finding cites count, or of every job when
 * it cites none ("no job does X"). Unknown verdicts already name the calls they could not read.
 */
export function withUnreadScripts(
  finding: Finding,
  evidence: Evidence,
  environments: EnvironmentPatterns
): Finding {
  if (finding.status !== 'fail' || finding.strength !== 'definition') return finding
  const pipeline = pipelineOf(evidence, environments)
  const cited = new Set(finding.evidence.flatMap(item => (item.kind === 'job' ? [item.job] : [])))
  const jobs = cited.size > 0 ? pipeline.jobs.filter(job => cited.has(job.ref.job)) : pipeline.jobs
  const unread = jobs.flatMap(job =>
    job.job.steps.flatMap(step =>
      unreadScripts(step, evidence.workspace.files).map(script => ({ job, step, script }))
    )
  )
  if (unread.length === 0) return finding
  const calls = listFiles([...new Set(unread.map(({ job, script }) => `${script}\` in \`${jobLabel(job)}`))])
  const notes: EvidenceItem[] = unread.map(({ step, script }) => ({
    kind: 'note',
    text: `script ${script} ${whereNot(script)}: \`${script}\` (${step.location.file}:${step.location.line})`
  }))
  return {
    ...finding,
    message: `${finding.message} (the gate could not read ${calls}: ${reason(unread.map(u => u.script))}, so what ${unread.length === 1 ? 'it runs' : 'they run'} is not counted)`,
    evidence: [...finding.evidence, ...notes]
  }
}

function reason(scripts: readonly string[]): string {
  const outside = scripts.filter(script => whereNot(script) === 'is outside the repository').length
  if (outside === 0) return 'not in the repository'
  return outside === scripts.length ? 'outside the repository' : 'not in the repository, or outside it'
}

/** A path that climbs out of the checkout or starts at the root is outside it; any other is missing from it. */
function whereNot(script: string): string {
  return script.startsWith('/') || script.startsWith('../')
    ? 'is outside the repository'
    : 'is not in the repository'
}
