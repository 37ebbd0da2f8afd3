import type { EvidenceItem, Finding } from '../../core/finding.js'
import { STATUS_FUNCTION } from '../../workflow/graph.js'
import type { Step } from '../../workflow/model.js'
import type { Pipeline, PipelineJob } from './pipeline.js'
import { stepLabel } from './pipeline.js'

const UPLOAD = /^actions\/upload-artifact@/i

/**
 * A job that keeps its test reports in a step that runs whatever came before (`if: always()`, `failure()`,
 * `!cancelled()`) keeps them when its tests fail: that failure is the test practices' to report, not the
 * reports'. Such a job is given as that step rather than as the job, so this run's job outcome is not
 * charged to the finding (only `job` evidence is matched to the run), while the other jobs still are.
 */
export function keptWhateverTheOutcome(finding: Finding, pipeline: Pipeline): Finding {
  return { ...finding, evidence: finding.evidence.map(item => keepingStep(item, pipeline) ?? item) }
}

function keepingStep(item: EvidenceItem, pipeline: Pipeline): EvidenceItem | undefined {
  if (item.kind !== 'job') return undefined
  // A finding of a large monorepo cites thousands of jobs: each is looked up, not searched for.
  const job = pipeline.jobOf(item)
  const step = job && alwaysKeeping(job)
  if (!job || !step) return undefined
  return {
    kind: 'step',
    workflow: item.workflow,
    job: item.job,
    step: stepLabel(step),
    location: step.location,
    ...(item.why && { why: item.why })
  }
}

/**
 * The step, at or after the first one that writes or publishes test reports, that keeps them whatever the
 * outcome: a report step or an artifact upload with a status function in its `if:`.
 */
function alwaysKeeping(job: PipelineJob): Step | undefined {
  const reportSteps = job.purposes.flatMap(p =>
    p.purpose === 'test-report' && p.step !== undefined ? [p.step] : []
  )
  if (reportSteps.length === 0) return undefined
  const first = Math.min(...reportSteps)
  return job.job.steps.find(
    (step, position) =>
      position >= first &&
      STATUS_FUNCTION.test(step.if ?? '') &&
      (reportSteps.includes(position) || UPLOAD.test(step.uses ?? ''))
  )
}
