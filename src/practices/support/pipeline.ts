// Facts about the pipeline that practices share: jobs, their purposes, environments, order and runs.
import type { Evidence, NamedJobs, RunView } from '../../evidence/evidence.js'
import { namedByGlobs } from './named-by-globs.js'
import type { EvidenceItem, EvidenceWhy, Location } from '../../core/finding.js'
import type { EnvironmentClass, EnvironmentPatterns } from '../../workflow/environment-class.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import { classifyJob, opaqueSteps } from '../../workflow/classify-step.js'
import type { JobClassification } from '../../workflow/classify-step.js'
import { classifyEnvironment } from '../../workflow/environment-class.js'
import { environmentValues } from '../../workflow/environment-values.js'
import { createWorkflowGraph } from '../../workflow/graph.js'
import type { JobRef, WorkflowGraph } from '../../workflow/graph.js'
import type { Job, Step, Workflow } from '../../workflow/model.js'
import { JobRefMap } from '../../workflow/job-ref-map.js'
import type { ReadFile } from '../../workflow/script-resolution.js'
import type { RunJob } from '../../evidence/run-evidence.js'

/** One workflow job with what the catalog says it does and where it deploys. */
export interface PipelineJob {
  ref: JobRef
  workflow: Workflow
  job: Job
  purposes: readonly JobClassification[]
  /**
   * Class of the job's target: its `environment:` (an expression read through the values it can take), or the
   * environment input of a remote call it hands the work to; undefined without either.
   */
  environmentClass: EnvironmentClass | undefined
  /** The target as a name of that class (`prod` of a dispatch choice `[dev, prod]`), when there is one. */
  environmentName: string | undefined
  /** Every name the target can take, each with its class (`dev` and `prod` of that choice). */
  environmentValues: ReadonlyArray<{ name: string; class: EnvironmentClass }>
  /**
   * Deploys (real-world patterns §1): a deploy, rollout, IaC apply or model deploy step; a publish into the
   * job's environment; or an environment whose steps cannot be read (a remote call, an unknown action, a
   * command the catalog does not know). A job whose readable steps only print, notify or rotate keys does not,
   * whatever its `environment:`.
   */
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
  withPurpose(...purposes: Purpose[]): readonly PipelineJob[]
  deployJobs: readonly PipelineJob[]
  productionDeploys: readonly PipelineJob[]
  /** Jobs that finish before `job` starts (transitive needs and workflow_run chains). */
  before(job: PipelineJob): PipelineJob[]
  /** The job a reference names (evidence items, graph refs): looked up, not searched for. */
  jobOf(ref: JobRef): PipelineJob | undefined
}

const cache = new WeakMap<Evidence, Map<string, Pipeline>>()

export function pipelineOf(evidence: Evidence, environments: EnvironmentPatterns): Pipeline {
  const key = `${environments.production}\u0000${environments.preproduction}`
  let byPatterns = cache.get(evidence)
  if (!byPatterns) cache.set(evidence, (byPatterns = new Map<string, Pipeline>()))
  let pipeline = byPatterns.get(key)
  if (!pipeline) byPatterns.set(key, (pipeline = analyse(evidence, environments)))
  return pipeline
}

function analyse(evidence: Evidence, environments: EnvironmentPatterns): Pipeline {
  const graph = createWorkflowGraph(evidence.workflows)
  const read = evidence.workspace.read
  const called = calledWorkflows(evidence.workflows)
  const named = evidence.namedJobs && namedByGlobs(evidence.namedJobs.globs)
  const jobs = evidence.workflows
    .filter(workflow => !(called.has(workflow.file) && onlyCalled(workflow)))
    .flatMap(workflow =>
      workflow.jobs.filter(job => !isInlinedCaller(workflow, job)).map(job => describeJob(workflow, job))
    )
  function describeJob(workflow: Workflow, job: Job): PipelineJob {
    const ref = { workflow: workflow.file, job: job.id }
    const purposes = named?.(job)
      ? withNamed(classifyJob(job, read), evidence.namedJobs)
      : classifyJob(job, read)
    const target = targetOf(job, workflow, environments)
    return {
      ref,
      workflow,
      job,
      purposes,
      environmentClass: target?.class,
      environmentName: target?.name,
      environmentValues: target?.values ?? [],
      deploys: deploysBy(job, purposes, target?.class, read),
      automatic: graph.isAutomatic(ref)
    }
  }
  const byRef = new JobRefMap<PipelineJob>()
  for (const job of jobs) byRef.set(job.ref, job)
  for (const marker of jobs.filter(job => job.environmentClass === 'production' && !job.deploys)) {
    // §1.3: a production `environment:` on a job that only echoes or notifies marks the job it needs, which
    // really deploys (`terraform apply` in a job of no environment), as the production deploy.
    for (const need of marker.job.needs) {
      const deployer = byRef.get({ workflow: marker.ref.workflow, job: need })
      if (deployer?.deploys !== true || deployer.environmentClass !== undefined) continue
      deployer.environmentClass = 'production'
      deployer.environmentName = marker.environmentName ?? marker.job.environment?.name
    }
  }
  const deployJobs = jobs.filter(job => job.deploys)
  const beforeCache = new Map<PipelineJob, PipelineJob[]>()
  // Each practice asks for the jobs of a few purposes, and several ask for the same ones: a large monorepo's
  // 20,000 jobs are searched once per question rather than once per practice.
  const withPurposeCache = new Map<string, readonly PipelineJob[]>()
  return {
    graph,
    jobs,
    withPurpose: (...wanted) => {
      const key = wanted.join(' ')
      let found = withPurposeCache.get(key)
      if (!found) {
        found = jobs.filter(job => job.purposes.some(p => wanted.includes(p.purpose)))
        withPurposeCache.set(key, found)
      }
      return found
    },
    deployJobs,
    productionDeploys: deployJobs.filter(job => job.environmentClass === 'production'),
    before,
    jobOf: ref => byRef.get(ref)
  }
  /** Asked for every pair of jobs by some practices: each job's list is built once. */
  function before(job: PipelineJob): PipelineJob[] {
    let found = beforeCache.get(job)
    if (!found) {
      found = graph
        .predecessors(job.ref)
        .map(ref => byRef.get(ref))
        .filter((other): other is PipelineJob => other !== undefined)
      beforeCache.set(job, found)
    }
    return found
  }
}

/**
 * A job the practice's `jobs:` option names does its work: it gains the purposes it lacks, read by rule
 * `policy-jobs` from the job as a whole (no step, so it orders as the whole job does).
 */
function withNamed(purposes: JobClassification[], named: NamedJobs | undefined): JobClassification[] {
  const missing = (named?.purposes ?? []).filter(purpose => !purposes.some(p => p.purpose === purpose))
  return [...purposes, ...missing.map(purpose => ({ purpose, rule: 'policy-jobs', via: [] }))]
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

/** Ranks the classes of an expression's values: the job deploys to the most production-like of them. */
const CLASS_RANK: readonly EnvironmentClass[] = ['production', 'preproduction', 'unresolved', 'other']

/** Inputs of a remote call that name where it deploys (`environment`, `deploy_env`, `target-environment`). */
const ENVIRONMENT_INPUT = /^(?:[\w-]*[-_])?env(?:ironment)?(?:[-_]name)?$/i

interface Target {
  class: EnvironmentClass
  name: string | undefined
  values: Array<{ name: string; class: EnvironmentClass }>
}

/**
 * `environment: ${{ inputs.environment }}` with a dispatch choice `[dev, preprod, prod]`, a matrix list or a
 * setup job's literal outputs deploys to every value it can take, so the job is as production as its most
 * production value (§3.2). A remote reusable workflow or action the job hands the work to takes its
 * environment from an input that names one (§10.1).
 */
function targetOf(job: Job, workflow: Workflow, environments: EnvironmentPatterns): Target | undefined {
  const written = job.environment?.name ?? remoteEnvironmentInput(job)
  if (written === undefined) return undefined
  const { values } = environmentValues(written, job, workflow)
  if (values.length === 0) {
    return { class: classifyEnvironment(written, environments), name: undefined, values: [] }
  }
  const named = values.map(value => ({ name: value, class: classifyEnvironment(value, environments) }))
  const best = CLASS_RANK.find(rank => named.some(n => n.class === rank)) ?? 'unresolved'
  return { class: best, name: named.find(n => n.class === best)?.name, values: named }
}

function remoteEnvironmentInput(job: Job): string | undefined {
  const remote = job.uses !== undefined && !job.uses.startsWith('./') ? job.with : undefined
  const key = Object.keys(remote ?? {}).find(name => ENVIRONMENT_INPUT.test(name))
  return key === undefined ? undefined : remote?.[key]
}

const DEPLOY_PURPOSES: readonly Purpose[] = ['deploy', 'rollout', 'iac-apply', 'model-deploy']
/**
 * Deployers that put a pipeline or job definition onto its platform (`vertex-deployer deploy`, `dbx deploy`,
 * `databricks bundle deploy`, `kfp pipeline create`): a push to a runtime, so a deploy (patterns §1.1, §9.1).
 */
const PLATFORM_DEPLOYERS = new Set(['pipeline-deployer'])
/** Keeping files for later jobs is not publishing them anywhere. */
const KEEPS_ONLY = new Set(['actions/upload-artifact', 'actions/cache'])

function deploysBy(
  job: Job,
  purposes: readonly JobClassification[],
  target: EnvironmentClass | undefined,
  read: ReadFile
): boolean {
  if (purposes.some(p => DEPLOY_PURPOSES.includes(p.purpose) || PLATFORM_DEPLOYERS.has(p.rule))) return true
  if (target === undefined) return false
  // A package released into `pypi` or `crates-io` is deployed there (§1.2).
  if (purposes.some(p => p.purpose === 'artifact-store' && !KEEPS_ONLY.has(p.rule))) return true
  if (target === 'other') return false
  return job.uses !== undefined || opaqueSteps(job, read).length > 0
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
  const hit = firstHit(job, purposes)
  return {
    kind: 'job',
    workflow: job.ref.workflow,
    job: job.ref.job,
    location: locationOf(job, ...purposes),
    ...(hit !== undefined && { why: whyOf(job, hit) })
  }
}

/** How a finding names a step: its name or id, else what it uses or the first line it runs. */
export function stepLabel(step: Step): string {
  return step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${step.index + 1}`
}

/** The classification that shows a purpose: a step's first, else the job's own (name, services, call). */
function firstHit(job: PipelineJob, purposes: readonly Purpose[]): JobClassification | undefined {
  const hits = job.purposes.filter(p => purposes.includes(p.purpose))
  return hits.find(p => p.step !== undefined) ?? hits[0]
}

function whyOf(job: PipelineJob, hit: JobClassification): EvidenceWhy {
  const step = hit.step === undefined ? undefined : job.job.steps[hit.step]
  const stepName = step && (step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0])
  return {
    purpose: hit.purpose,
    rule: hit.rule,
    ...(stepName !== undefined && { step: stepName }),
    ...(hit.command !== undefined && { command: hit.command }),
    ...(hit.via.length > 0 && { via: hit.via })
  }
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
