// Facts about the pipeline that practices share: jobs, their purposes, environments, order and runs.
import type { Evidence, RunView } from '../../evidence/evidence.js'
import type { EvidenceItem, Location } from '../../core/finding.js'
import type { EnvironmentClass, EnvironmentPatterns } from '../../workflow/environment-class.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import { classifyJob } from '../../workflow/classify-step.js'
import type { JobClassification } from '../../workflow/classify-step.js'
import { classifyEnvironment } from '../../workflow/environment-class.js'
import { createWorkflowGraph } from '../../workflow/graph.js'
import type { JobRef, WorkflowGraph } from '../../workflow/graph.js'
import type { Job, Workflow } from '../../workflow/model.js'
import type { RunJob } from '../../evidence/run-evidence.js'

/** One workflow job with what the catalog says it does and where it deploys. */
export interface PipelineJob {
  ref: JobRef
  workflow: Workflow
  job: Job
  purposes: readonly JobClassification[]
  /** Class of `environment:` (undefined without one). */
  environmentClass: EnvironmentClass | undefined
  /** Deploys: a deploy command/action, or an environment that is production or pre-production by name. */
  deploys: boolean
  /** Can start without a person (push, pull_request, schedule, workflow_run, release, …). */
  automatic: boolean
}

/**
 * The facts about the pipeline that many practices share, computed once per evidence set: the job graph,
 * every job's purposes and environment class. Practices ask questions of this instead of walking YAML.
 */
export interface Pipeline {
  graph: WorkflowGraph
  jobs: readonly PipelineJob[]
  withPurpose(...purposes: Purpose[]): PipelineJob[]
  deployJobs: readonly PipelineJob[]
  productionDeploys: readonly PipelineJob[]
  /** Jobs that finish before `job` starts (transitive needs and workflow_run chains). */
  before(job: PipelineJob): PipelineJob[]
}

const cache = new WeakMap<Evidence, Map<string, Pipeline>>()

export function pipelineOf(evidence: Evidence, environments: EnvironmentPatterns): Pipeline {
  const key = `${environments.production}\u0000${environments.preproduction}`
  let byPatterns = cache.get(evidence)
  if (!byPatterns) cache.set(evidence, (byPatterns = new Map()))
  let pipeline = byPatterns.get(key)
  if (!pipeline) byPatterns.set(key, (pipeline = analyse(evidence, environments)))
  return pipeline
}

function analyse(evidence: Evidence, environments: EnvironmentPatterns): Pipeline {
  const graph = createWorkflowGraph(evidence.workflows)
  const read = evidence.workspace.read
  const called = calledWorkflows(evidence.workflows)
  const jobs = evidence.workflows
    .filter(workflow => !(called.has(workflow.file) && onlyCalled(workflow)))
    .flatMap(workflow =>
      workflow.jobs.filter(job => !isInlinedCaller(workflow, job)).map(job => describeJob(workflow, job))
    )
  function describeJob(workflow: Workflow, job: Job): PipelineJob {
    const ref = { workflow: workflow.file, job: job.id }
    const purposes = classifyJob(job, read)
    const environmentClass = environmentClassOf(job, environments)
    const namedTarget = environmentClass === 'production' || environmentClass === 'preproduction'
    return {
      ref,
      workflow,
      job,
      purposes,
      environmentClass,
      deploys: namedTarget || purposes.some(p => p.purpose === 'deploy'),
      automatic: graph.isAutomatic(ref)
    }
  }
  const byKey = new Map(jobs.map(job => [`${job.ref.workflow}\u0000${job.ref.job}`, job]))
  const deployJobs = jobs.filter(job => job.deploys)
  const beforeCache = new Map<PipelineJob, PipelineJob[]>()
  return {
    graph,
    jobs,
    withPurpose: (...wanted) => jobs.filter(job => job.purposes.some(p => wanted.includes(p.purpose))),
    deployJobs,
    productionDeploys: deployJobs.filter(job => job.environmentClass === 'production'),
    before
  }
  /** Asked for every pair of jobs by some practices: each job's list is built once. */
  function before(job: PipelineJob): PipelineJob[] {
    let found = beforeCache.get(job)
    if (!found) {
      found = graph
        .predecessors(job.ref)
        .map(ref => byKey.get(`${ref.workflow}\u0000${ref.job}`))
        .filter((other): other is PipelineJob => other !== undefined)
      beforeCache.set(job, found)
    }
    return found
  }
}

/** Files some local workflow calls: their jobs are already in the model, inlined into the callers. */
function calledWorkflows(workflows: readonly Workflow[]): Set<string> {
  return new Set(workflows.flatMap(workflow => workflow.jobs.flatMap(job => job.calledBy?.workflow ?? [])))
}

/**
 * A workflow that only runs when called: judged as a pipeline of its own, its jobs would count twice (raw and
 * inlined) and without the callers' inputs, needs and artifacts. One no local workflow calls stays in: another
 * repository may call it.
 */
function onlyCalled(workflow: Workflow): boolean {
  return workflow.triggers.length > 0 && workflow.triggers.every(trigger => trigger.event === 'workflow_call')
}

const MATRIX_ENVIRONMENT = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/

/** Ranks the classes of a matrix's values: the job deploys to the most production-like of them. */
const CLASS_RANK: readonly EnvironmentClass[] = ['production', 'preproduction', 'unresolved', 'other']

/**
 * `environment: ${{ matrix.target }}` with `matrix.target: [staging, production]` deploys to every listed
 * environment, so the job is as production as its most production value.
 */
function environmentClassOf(job: Job, environments: EnvironmentPatterns): EnvironmentClass | undefined {
  if (!job.environment) return undefined
  const name = job.environment.name.trim()
  const key = MATRIX_ENVIRONMENT.exec(name)?.[1]
  const values = key === undefined ? undefined : job.matrix?.[key]
  if (!Array.isArray(values) || values.length === 0) return classifyEnvironment(name, environments)
  const classes = values.map(value =>
    typeof value === 'string' || typeof value === 'number'
      ? classifyEnvironment(String(value), environments)
      : 'unresolved'
  )
  return CLASS_RANK.find(rank => classes.includes(rank))
}

/**
 * A job that calls a local reusable workflow stays in the model as an ordering node once its callee's jobs
 * are inlined (`caller/callee`); it does nothing itself, so practices look at the inlined jobs instead.
 */
function isInlinedCaller(workflow: Workflow, job: Job): boolean {
  return job.uses !== undefined && workflow.jobs.some(other => other.calledBy?.job === job.id)
}

export function hasPurpose(job: PipelineJob, ...purposes: Purpose[]): boolean {
  return job.purposes.some(p => purposes.includes(p.purpose))
}

/** Where a job shows a purpose: the first step that does, else the job itself. */
export function locationOf(job: PipelineJob, ...purposes: Purpose[]): Location {
  const hit = job.purposes.find(p => purposes.includes(p.purpose) && p.step !== undefined)
  const step = hit?.step === undefined ? undefined : job.job.steps[hit.step]
  return (step ?? job.job).location
}

/** A job's display name as people read it in the Actions UI. */
export function jobLabel(job: PipelineJob): string {
  return job.job.name && !job.job.name.includes('${{') ? `${job.job.name} (${job.job.id})` : job.job.id
}

export function jobEvidence(job: PipelineJob, ...purposes: Purpose[]): EvidenceItem {
  return { kind: 'job', workflow: job.ref.workflow, job: job.ref.job, location: locationOf(job, ...purposes) }
}

/** The API jobs of this run rendered from a workflow job; empty when the job is not in this run's workflow. */
export function runJobsOf(job: PipelineJob, run: RunView | undefined): RunJob[] {
  if (run === undefined || job.ref.workflow !== run.workflow) return []
  return run.jobs.get(job.ref.job) ?? []
}

/** A job that started in this run (skipped jobs never start). */
export function started(job: RunJob): boolean {
  return job.startedAt !== null && job.conclusion !== 'skipped'
}
