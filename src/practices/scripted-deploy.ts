import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { deploymentsOf } from './support/deploys.js'
import { listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'

const messages = {
  deploys: '{jobs} deploy from a workflow',
  'published-not-deployed': '{jobs} publish build outputs, but no workflow job deploys them',
  'no-deploy': 'no workflow job deploys (no deploy command or action, no deployment environment)'
}

export const scriptedDeploy = definePractice({
  meta: {
    id: 'scripted-deploy',
    title: 'Scripted deployment',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Build & Deploy: deployments are scripted and run by the pipeline rather than by hand.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['deploy']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    // One notion of a deploy for every practice (real-world patterns §1.2): a job releasing to `pypi` deploys
    // there, a job whose `environment: production` only prints does not.
    const deployments = deploymentsOf(pipeline)
    if (deployments.length > 0) {
      return findingFor(context, messages, 'deploys', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(deployments) },
        evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
        locations: deployments.map(job => locationOf(job, 'deploy', 'iac-apply')),
        remediation: ''
      })
    }
    const remediation =
      'Add a workflow job that deploys (a deploy command or action) with `environment:` naming its target, e.g. `environment: staging`.'
    const publishing = pipeline.withPurpose('artifact-store')
    if (publishing.length > 0) {
      return findingFor(context, messages, 'published-not-deployed', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(publishing) },
        evidence: publishing.map(job => jobEvidence(job, 'artifact-store')),
        locations: publishing.map(job => locationOf(job, 'artifact-store')),
        remediation
      })
    }
    return findingFor(context, messages, 'no-deploy', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation
    })
  }
})
