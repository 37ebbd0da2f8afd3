import { findingFor } from '../checks/finding-for.js'
import type { Practice } from './practice.js'
import { listJobs } from './support/list-jobs.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'

const messages = {
  gated: 'every production deploy ({deploys}) needs an acceptance job first ({acceptance})',
  ungated: '{deploy} deploys to production but does not need any acceptance job{hint}',
  'no-production': 'no job deploys to a production environment'
}

export const acceptanceBeforePromotion: Practice = {
  meta: {
    id: 'acceptance-before-promotion',
    title: 'Acceptance tests gate promotion to production',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Test & Verification: acceptance tests run automatically and a release is promoted only after they pass.',
    messages,
    options: {}
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    if (pipeline.productionDeploys.length === 0) {
      return findingFor(context, messages, 'no-production', {
        status: 'not-applicable',
        strength: 'definition',
        evidence: [],
        locations: [],
        remediation: ''
      })
    }
    const gates = pipeline.productionDeploys.map(deploy => ({
      deploy,
      acceptance: pipeline
        .before(deploy)
        .filter(job => job.purposes.some(p => p.purpose === 'acceptance-test'))
    }))
    const ungated = gates.find(gate => gate.acceptance.length === 0)
    if (ungated) {
      const anywhere = pipeline.withPurpose('acceptance-test')
      const hint =
        anywhere.length > 0 ? ` (${listJobs(anywhere)} runs acceptance tests, but not before it)` : ''
      return findingFor(context, messages, 'ungated', {
        status: 'fail',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(ungated.deploy)}\``, hint },
        evidence: [jobEvidence(ungated.deploy), ...anywhere.map(job => jobEvidence(job, 'acceptance-test'))],
        locations: [ungated.deploy.job.location],
        remediation:
          anywhere.length > 0
            ? `Add the acceptance job to \`needs:\` of \`${ungated.deploy.job.id}\` (directly or through a job it needs).`
            : `Add an acceptance/e2e job (Playwright, Cypress, …) and list it in \`needs:\` of \`${ungated.deploy.job.id}\`.`
      })
    }
    const acceptance = [...new Set(gates.flatMap(gate => gate.acceptance))]
    return findingFor(context, messages, 'gated', {
      status: 'pass',
      strength: 'definition',
      data: { deploys: listJobs(pipeline.productionDeploys), acceptance: listJobs(acceptance) },
      evidence: [
        ...pipeline.productionDeploys.map(job => jobEvidence(job)),
        ...acceptance.map(job => jobEvidence(job, 'acceptance-test'))
      ],
      locations: acceptance.map(job => locationOf(job, 'acceptance-test')),
      remediation: ''
    })
  }
}
