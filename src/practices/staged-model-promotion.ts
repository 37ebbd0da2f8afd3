import { findingFor } from '../checks/finding-for.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/list-jobs.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import { productionModelDeploys } from './support/production-model-deploys.js'

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
    const gates = targets.production.map(deploy => ({
      deploy,
      stages: pipeline.before(deploy).filter(preproduction)
    }))
    const unstaged = gates.find(gate => gate.stages.length === 0)
    if (unstaged) {
      const elsewhere = pipeline.deployJobs.filter(preproduction)
      return findingFor(context, messages, 'unstaged', {
        status: 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(unstaged.deploy)}\``,
          hint:
            elsewhere.length > 0
              ? ` (pre-production deploys in ${listJobs(elsewhere)}, but not before it)`
              : ''
        },
        evidence: [jobEvidence(unstaged.deploy, 'model-deploy'), ...elsewhere.map(job => jobEvidence(job))],
        locations: [unstaged.deploy.job.environment?.location ?? unstaged.deploy.job.location],
        remediation:
          elsewhere.length > 0
            ? `Add the pre-production deploy job to \`needs:\` of \`${unstaged.deploy.job.id}\` (directly or through a job it needs).`
            : `Add a job that deploys the model to a staging environment and list it in \`needs:\` of \`${unstaged.deploy.job.id}\`.`
      })
    }
    const stages = [...new Set(gates.flatMap(gate => gate.stages))]
    return findingFor(context, messages, 'staged', {
      status: 'pass',
      strength: 'definition',
      data: { production: listJobs(targets.production), stages: listJobs(stages) },
      evidence: [
        ...stages.map(job => jobEvidence(job)),
        ...targets.production.map(job => jobEvidence(job, 'model-deploy'))
      ],
      locations: stages.map(job => job.job.environment?.location ?? locationOf(job, 'deploy')),
      remediation: ''
    })
  }
})
