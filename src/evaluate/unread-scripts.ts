import type { Evidence } from '../evidence/evidence.js'
import type { EvidenceItem, Finding } from '../core/finding.js'
import type { Step } from '../workflow/model.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { listFiles, unreadScripts } from '../practices/support/findings.js'
import { jobLabel, pipelineOf } from '../practices/support/pipeline.js'
import type { Pipeline, PipelineJob } from '../practices/support/pipeline.js'

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
  const all = unreadInPipeline(pipelineOf(evidence, environments), evidence.workspace.files)
  const cited = new Set(finding.evidence.flatMap(item => (item.kind === 'job' ? [item.job] : [])))
  const unread = cited.size > 0 ? all.filter(({ job }) => cited.has(job.ref.job)) : all
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

interface Unread {
  job: PipelineJob
  step: Step
  script: string
}

/**
 * Every unread script of the pipeline, in job and step order, found once per pipeline: each failing practice
 * asks, and a large monorepo has a hundred thousand steps. A pipeline belongs to one evidence set, so to
 * one workspace's files.
 */
function unreadInPipeline(pipeline: Pipeline, files: readonly string[]): readonly Unread[] {
  let unread = unreadByPipeline.get(pipeline)
  if (!unread) {
    unread = pipeline.jobs.flatMap(job =>
      job.job.steps.flatMap(step => unreadScripts(step, files).map(script => ({ job, step, script })))
    )
    unreadByPipeline.set(pipeline, unread)
  }
  return unread
}
const unreadByPipeline = new WeakMap<Pipeline, readonly Unread[]>()

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
