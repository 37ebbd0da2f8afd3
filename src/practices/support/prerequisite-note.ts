import type { EvidenceItem } from '../../core/finding.js'
import { jobLabel } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'

/**
 * A job a verdict relies on only as a prerequisite (the build a deploy needs), as a note rather than `job`
 * evidence: run evidence is matched on `job` items, and a failing prerequisite must be charged to its own
 * practice, not to the deploy it caused to be skipped (design §4, strength rules).
 */
export function prerequisiteNote(job: PipelineJob, role: string): EvidenceItem {
  const { file, line } = job.job.location
  return { kind: 'note', text: `${role}: \`${jobLabel(job)}\` (${file}:${line})` }
}
