import { findingFor } from '../checks/finding-for.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { classifyEnvironment } from '../workflow/environment-class.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { Pipeline, PipelineJob } from './support/pipeline.js'

const messages = {
  deploys: '{jobs} deploy to a non-production environment ({targets})',
  'production-only':
    '{jobs} deploy, but not to a non-production environment: no `environment:` or target name reads as one',
  'no-deploy': 'no workflow job deploys anywhere, so there is no test environment'
}

/**
 * Job and workflow names say what a job does as well as where it deploys: "test" in `build-test-deploy` is the
 * work, not the target. Only environment names and deploy inputs may use it to name a target.
 */
const WORK_WORDS = /\b(tests?|testing)\b/gi
/** What a pull request deploys is unreviewed code: a preview, whatever the target is called. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export const testEnvironment = definePractice({
  meta: {
    id: 'test-environment',
    title: 'Separate test environment',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Test & Verification: a separate test environment, deployed by the pipeline, lets a build be tried before it meets production.',
    messages,
    options: {}
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    if (pipeline.deployJobs.length === 0) {
      return findingFor(context, messages, 'no-deploy', {
        status: 'fail',
        strength: 'definition',
        evidence: [],
        locations: [],
        remediation:
          'Add a deploy job to a staging or preview environment (`environment: staging`) that runs before production.'
      })
    }
    const targeted = pipeline.deployJobs.flatMap(job => {
      const target = nonProductionTarget(pipeline, job, context.environments)
      return target === undefined ? [] : [{ job, target }]
    })
    if (targeted.length === 0) {
      return findingFor(context, messages, 'production-only', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(pipeline.deployJobs) },
        evidence: pipeline.deployJobs.map(job => jobEvidence(job, 'deploy')),
        locations: pipeline.deployJobs.map(job => locationOf(job, 'deploy')),
        remediation:
          'Deploy to a staging/preview environment first: a job with `environment: staging` (or a name the policy’s `environments.preproduction` pattern matches).'
      })
    }
    const jobs = targeted.map(t => t.job)
    return findingFor(context, messages, 'deploys', {
      status: 'pass',
      strength: 'definition',
      data: {
        jobs: listJobs(jobs),
        targets: [...new Set(targeted.map(t => t.target))].slice(0, 3).join(', ')
      },
      evidence: jobs.map(job => jobEvidence(job, 'deploy')),
      locations: jobs.map(job => (job.job.environment ?? job.job).location),
      remediation: ''
    })
  }
})

/**
 * Where a deploy job deploys to, when that is not production: its `environment:`, else (no environment, or one
 * only an expression names) a preview when only pull requests start it, else the names around the deploy —
 * inputs of its deploy steps, those steps' names, the job's and the workflow's name — read with the policy's
 * pre-production pattern.
 */
function nonProductionTarget(
  pipeline: Pipeline,
  job: PipelineJob,
  patterns: EnvironmentPatterns
): string | undefined {
  if (job.environmentClass === 'preproduction') return job.environmentName ?? job.job.environment?.name
  // A manual deploy whose choice holds `preprod` beside `prod` deploys to a test environment too.
  const preproduction = job.environmentValues.find(value => value.class === 'preproduction')
  if (preproduction) return preproduction.name
  if (job.environmentClass !== undefined && job.environmentClass !== 'unresolved') return undefined
  const events = [...pipeline.graph.eventsOf(job.ref)]
  if (events.length > 0 && events.every(event => PULL_REQUEST_EVENTS.includes(event)))
    return 'a pull-request preview'
  const steps = job.purposes.flatMap(p =>
    p.purpose === 'deploy' && p.step !== undefined ? [job.job.steps[p.step]] : []
  )
  const inputs = steps.flatMap(step => Object.values(step?.with ?? {}))
  const names = [
    ...steps.map(step => step?.name),
    job.job.id.split('/').pop(),
    job.job.name,
    job.workflow.name ?? job.workflow.file.split('/').pop()
  ].flatMap(name => (name ? [name.replace(WORK_WORDS, ' ')] : []))
  return [...inputs, ...names].find(text => classifyEnvironment(text, patterns) === 'preproduction')
}
