import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import { nonProductionTarget } from './support/non-production-target.js'

const messages = {
  deploys: '{jobs} deploy to a non-production environment ({targets})',
  'production-only':
    '{jobs} deploy, but not to a non-production environment: no `environment:` or target name reads as one',
  'no-deploy': 'no workflow job deploys anywhere, so there is no test environment'
}

export const testEnvironment = definePractice({
  meta: {
    id: 'test-environment',
    title: 'Separate test environment',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Test & Verification: a separate test environment, deployed by the pipeline, lets a build be tried before it meets production.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['deploy']
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
