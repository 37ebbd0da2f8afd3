// Which jobs, steps and reports a practice looks at: catalog purposes plus a policy's globs and regexes.
import { z } from 'zod'
import { workspaceGlob } from '../../checks/workspace-glob.js'
import { namedByGlobs } from './named-by-globs.js'
import type { Pipeline, PipelineJob } from './pipeline.js'
import type { EvidenceItem, Location } from '../../core/finding.js'
import { testBounded } from '../../core/safe-regex.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'

/** Job ids or names (globs) a policy says also do what a practice looks for, when the catalog cannot tell. */
export const jobGlobs = z
  .array(z.string().min(1))
  .default([])
  .describe('job ids or names (globs) that count besides those the catalog recognises')

/** Where test reports are looked for: JUnit-style file names that runners and reporters write by default. */
export const testReportGlobs = z
  .array(workspaceGlob)
  .min(1)
  .default(['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml'])
  .describe('globs of JUnit/xUnit test reports in the workspace')

/** `namedByGlobs` for a job of the pipeline. */
export function matchesJobGlobs(globs: readonly string[]): (job: PipelineJob) => boolean {
  const named = namedByGlobs(globs)
  return job => named(job.job)
}

/**
 * Steps that do one thing: a catalog purpose, or a policy's own `run` regex for in-house tools (design §3's
 * "custom matcher"). Ordering questions ("validation before training") need step positions, because ML
 * pipelines often validate, train and register in one job.
 */
export interface StepMatcher {
  matches(job: PipelineJob): boolean
  /** The first matching step, else the job. */
  location(job: PipelineJob): Location
  /** The job as report evidence, located at its first matching step. */
  evidence(job: PipelineJob): EvidenceItem
  /** Jobs that match and finish before `job` does any of `target`: earlier jobs, or `job` by an earlier step. */
  before(pipeline: Pipeline, job: PipelineJob, target: readonly Purpose[]): PipelineJob[]
}

/** Where a step matcher saw something: a step position and the command's order in it, or the job as a whole. */
interface Hit {
  step?: number
  order?: number
}

/**
 * Whether `gate` runs before `target` in one job: an earlier step, or an earlier command of the same step
 * (its script or a definition it follows, in their own order). Where either side is known only by a name or
 * an action, the same step gives no order.
 */
export function precedes(gate: Hit, target: Hit): boolean {
  if (gate.step === undefined || target.step === undefined) return false
  if (gate.step !== target.step) return gate.step < target.step
  return gate.order !== undefined && target.order !== undefined && gate.order < target.order
}

/** Where in `job` the first step doing one of `target` is; undefined when no step does (only a name says). */
export function firstTarget(job: PipelineJob, target: readonly Purpose[]): Hit | undefined {
  return earliest(job.purposes.filter(p => target.includes(p.purpose) && p.step !== undefined))
}

/** The earliest of a job's target hits: a hit without an order stands for the whole step, so it comes first. */
function earliest(hits: readonly Hit[]): Hit | undefined {
  const key = (hit: Hit): [number, number] => [hit.step ?? Infinity, hit.order ?? -1]
  return hits.reduce<Hit | undefined>((first, hit) => {
    if (first === undefined) return hit
    const [a, b] = [key(hit), key(first)]
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? hit : first
  }, undefined)
}

export function createStepMatcher(purposes: readonly Purpose[], run?: RegExp): StepMatcher {
  /** Where in `job.steps` it matches; a hit without a step stands for the job as a whole (its name, its `uses:`). */
  const hits = (job: PipelineJob): Hit[] => {
    const byPurpose = job.purposes.filter(p => purposes.includes(p.purpose))
    const byRun = run
      ? job.job.steps.flatMap((step, position) =>
          step.run !== undefined && testBounded(run, step.run) ? [{ step: position }] : []
        )
      : []
    return [...byPurpose, ...byRun]
  }
  const location = (job: PipelineJob): Location => {
    const steps = hits(job).flatMap(hit => (hit.step === undefined ? [] : [hit.step]))
    return (steps.length > 0 ? job.job.steps[Math.min(...steps)]?.location : undefined) ?? job.job.location
  }
  return {
    matches: job => hits(job).length > 0,
    location,
    evidence: job => ({ kind: 'job', workflow: job.ref.workflow, job: job.ref.job, location: location(job) }),
    before: (pipeline, job, target) => {
      // A job that shows the target only by its name does it somewhere in its steps: any matching step may precede it.
      const first = firstTarget(job, target)
      const self = hits(job).some(hit => (first ? precedes(hit, first) : hit.step !== undefined)) ? [job] : []
      return [...pipeline.before(job).filter(other => hits(other).length > 0), ...self]
    }
  }
}
