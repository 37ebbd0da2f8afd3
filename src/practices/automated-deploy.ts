import { findingFor } from '../checks/finding-for.js'
import { definePractice } from './define-practice.js'
import { deploymentsOf } from './support/deployments-of.js'
import { deliveryEvents } from './support/delivery-events.js'
import { listJobs } from './support/list-jobs.js'
import { prerequisiteNote } from './support/prerequisite-note.js'
import type { PipelineJob } from './support/pipeline.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import { verifiedBefore } from './support/verified-before.js'

const messages = {
  automated: '{deploy} starts on {events} after build ({builds}) and test ({tests}) jobs',
  unverified: '{deploy} starts on {events} but does not need any {missing} job',
  'not-automatic': '{jobs} deploy, but only on {events} — not on push, release, schedule or workflow_run',
  'no-deploy': 'no workflow job deploys, so no deployment is automated'
}

export const automatedDeploy = definePractice({
  meta: {
    id: 'automated-deploy',
    title: 'Automated deployment after build and test',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Build & Deploy: deployment is automated and follows a successful build and test, with no person starting it.',
    messages,
    options: {}
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const deployments = deploymentsOf(pipeline)
    const events = (job: PipelineJob): string => deliveryEvents(pipeline, job).join(', ')
    const automatic = deployments
      .filter(job => job.automatic && events(job) !== '')
      .map(job => ({ job, verification: verifiedBefore(pipeline, job) }))
    const verified = automatic.filter(candidate => candidate.verification.missing.length === 0)
    const best = verified[0]
    if (best) {
      const { builds, tests } = best.verification
      return findingFor(context, messages, 'automated', {
        status: 'pass',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(best.job)}\``,
          events: events(best.job),
          builds: listJobs(builds),
          tests: listJobs(tests)
        },
        evidence: [
          jobEvidence(best.job, 'deploy', 'iac-apply'),
          ...builds.map(job => prerequisiteNote(job, 'build before it')),
          ...tests.map(job => prerequisiteNote(job, 'tests before it'))
        ],
        locations: [locationOf(best.job, 'deploy', 'iac-apply')],
        remediation: ''
      })
    }
    // The closest near-miss: a job running a deploy command before one deploying by environment name only,
    // then the one that waits for the most of build and test.
    const closest = [...automatic].sort(
      (a, b) =>
        Number(hasPurpose(b.job, 'deploy')) - Number(hasPurpose(a.job, 'deploy')) ||
        a.verification.missing.length - b.verification.missing.length
    )[0]
    if (closest) {
      const missing = closest.verification.missing
      return findingFor(context, messages, 'unverified', {
        status: 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(closest.job)}\``,
          events: events(closest.job),
          missing: missing.join(' or ')
        },
        evidence: [jobEvidence(closest.job, 'deploy', 'iac-apply')],
        locations: [closest.job.job.location],
        remediation: `List the ${missing.join(' and ')} job${missing.length > 1 ? 's' : ''} in \`needs:\` of \`${closest.job.job.id}\` (directly or through a job it needs), adding ${missing.length > 1 ? 'them' : 'it'} if the workflow has none.`
      })
    }
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
