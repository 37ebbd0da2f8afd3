import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { deploymentsOf, verifiedDeployVerdict } from './support/deploys.js'
import { deliveryEvents } from './support/events.js'
import { listJobs, OPAQUE_MESSAGE } from './support/findings.js'
import type { PipelineJob } from './support/pipeline.js'
import { hasPurpose, jobEvidence, pipelineOf } from './support/pipeline.js'

const messages = {
  automated: '{deploy} starts on {events} after build ({builds}) and test ({tests}) jobs',
  unverified: '{deploy} starts on {events} but does not need any {missing} job',
  'not-automatic': '{jobs} deploy, but only on {events} — not on push, release, schedule or workflow_run',
  'no-deploy': 'no workflow job deploys, so no deployment is automated',
  opaque: OPAQUE_MESSAGE
}

export const automatedDeploy = definePractice({
  meta: {
    id: 'automated-deploy',
    title: 'Automated deployment after build and test',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Build & Deploy: deployment is automated and follows a successful build and test, with no person starting it.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['deploy']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const deployments = deploymentsOf(pipeline)
    const events = (job: PipelineJob): string => deliveryEvents(pipeline, job).join(', ')
    const automatic = deployments.filter(job => job.automatic && events(job) !== '')
    const verdict = verifiedDeployVerdict(context, messages, pipeline, {
      candidates: automatic.map(job => ({ job, data: { events: events(job) } })),
      purposes: ['deploy', 'iac-apply'],
      ids: { verified: 'automated', unverified: 'unverified' },
      // The closest near-miss: a job running a deploy command before one deploying by environment name only.
      rank: job => Number(!hasPurpose(job, 'deploy')),
      then: missing =>
        ` (directly or through a job it needs), adding ${missing > 1 ? 'them' : 'it'} if the workflow has none.`
    })
    if (verdict) return verdict
    if (deployments.length > 0) {
      return findingFor(context, messages, 'not-automatic', {
        status: 'fail',
        strength: 'definition',
        data: {
          jobs: listJobs(deployments),
          events:
            [...new Set(deployments.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))]
              .sort()
              .join(', ') || 'no event'
        },
        evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
        locations: deployments.map(job => (job.workflow.triggers[0] ?? job.workflow).location),
        remediation:
          'Trigger the deploy workflow on `push` to the default branch (or `workflow_run` after CI) rather than only by hand or on pull requests, and make the deploy job need the build and test jobs.'
      })
    }
    return findingFor(context, messages, 'no-deploy', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation:
        'Add a deploy job that runs on `push` to the default branch and needs the build and test jobs.'
    })
  }
})
