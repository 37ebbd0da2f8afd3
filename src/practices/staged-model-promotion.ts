import { findingFor } from '../checks/finding-for.js'
import { definePractice } from './define-practice.js'
import { gateVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import { productionModelDeploys } from './support/deploys.js'

const messages = {
  staged: 'production model deploys ({production}) come only after a pre-production deploy ({stages})',
  unstaged: '{deploy} deploys the model to production without a pre-production deploy before it{hint}',
  'no-production': 'model deploys ({deploys}) go to no production environment ({environments})',
  'no-model-deploy': 'no workflow job deploys or registers a model'
}

export const stagedModelPromotion = definePractice({
  meta: {
    id: 'staged-model-promotion',
    title: 'Models are promoted through pre-production',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): a new model is deployed to a pre-production environment and verified there before it is promoted to production.',
    messages,
    options: {}
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const targets = productionModelDeploys(context, messages, pipeline, {
      noDeploy:
        'Deploy the model from a workflow: first to a staging environment (`environment: staging`), then, in a job that needs it, to production.',
      noProduction:
        'Give the model deploy jobs GitHub environments (`environment: staging`, then `environment: production` in a job that needs the staging one), or name them in the policy `environments` patterns.'
    })
    if ('finding' in targets) return targets.finding
    const preproduction = (job: PipelineJob) => job.deploys && job.environmentClass === 'preproduction'
    const verdict = gateVerdict(context, messages, {
      targets: targets.production,
      target: {
        evidence: job => jobEvidence(job, 'model-deploy'),
        location: job => job.job.environment?.location ?? job.job.location
      },
      anywhere: pipeline.deployJobs.filter(preproduction),
      gate: {
        evidence: job => jobEvidence(job),
        location: job => job.job.environment?.location ?? locationOf(job, 'deploy')
      },
      gatesOf: deploy => pipeline.before(deploy).filter(preproduction),
      names: { target: 'deploy', targets: 'production', gates: 'stages' },
      ungated: {
        messageId: 'unstaged',
        hint: jobs => `pre-production deploys in ${jobs}, but not before it`,
        remediation: (deploy, elsewhere) =>
          elsewhere
            ? `Add the pre-production deploy job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
            : `Add a job that deploys the model to a staging environment and list it in \`needs:\` of \`${deploy.job.id}\`.`
      }
    })
    if ('finding' in verdict) return verdict.finding
    return findingFor(context, messages, 'staged', verdict.passing)
  }
})
