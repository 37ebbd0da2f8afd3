import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { gateVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import {
  PRODUCTION_NAMED_ONLY,
  modelDeploysOf,
  productionModelDeploys,
  productionNamedOnly
} from './support/deploys.js'
import type { Pipeline } from './support/pipeline.js'
import { jobLabel } from './support/pipeline.js'
import { listJobs, OPAQUE_MESSAGE } from './support/findings.js'
import { nonProductionTarget } from './support/non-production-target.js'
import type { Workspace } from '../evidence/evidence.js'

const messages = {
  staged: 'production model deploys ({production}) come only after a pre-production deploy ({stages})',
  unstaged: '{deploy} deploys the model to production without a pre-production deploy before it{hint}',
  'no-production': 'model deploys ({deploys}) go to no production environment ({environments})',
  'no-model-deploy': 'no workflow job deploys or registers a model',
  opaque: OPAQUE_MESSAGE,
  'named-only':
    '{deploy} may be the production model deploy, but {by}: if it is, {reading}; if not, no model deploy goes to production'
}

export const stagedModelPromotion = definePractice({
  meta: {
    id: 'staged-model-promotion',
    title: 'Models are promoted through pre-production',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): a new model is deployed to a pre-production environment and verified there before it is promoted to production.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['model-deploy']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const targets = productionModelDeploys(context, messages, pipeline, context.evidence.workspace, {
      noDeploy:
        'Deploy the model from a workflow: first to a staging environment (`environment: staging`), then, in a job that needs it, to production.',
      noProduction:
        'Give the model deploy jobs GitHub environments (`environment: staging`, then `environment: production` in a job that needs the staging one), or name them in the policy `environments` patterns.'
    })
    if ('finding' in targets) return namedOnly(pipeline, context.evidence.workspace) ?? targets.finding
    // A registry stage transition in a staging environment promotes the model there, deploy step or not (§1.5).
    const models = new Set(modelDeploysOf(pipeline, context.evidence.workspace))
    // Pre-production as test-environment reads it: an environment, else the names around the deploy (§1.2).
    const preproduction = (job: PipelineJob) =>
      (job.deploys || models.has(job)) &&
      nonProductionTarget(pipeline, job, context.environments) !== undefined
    const verdict = gateVerdict(context, messages, {
      targets: targets.production,
      target: {
        evidence: job => jobEvidence(job, 'model-deploy'),
        location: job => job.job.environment?.location ?? job.job.location
      },
      anywhere: pipeline.jobs.filter(preproduction),
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

    /**
     * Which stage is production turns the verdict when production is only a job id or a variable (§1.4): both
     * readings are reported, with what the deploys before it say. When nothing deploys the model before it, both
     * readings fail (unstaged, or no production model deploy), so the verdict is a fail, not unknown.
     */
    function namedOnly(pipeline: Pipeline, workspace: Workspace) {
      const deploys = modelDeploysOf(pipeline, workspace)
      const candidate = deploys.find(job => productionNamedOnly(job) !== undefined)
      if (candidate === undefined) return undefined
      const earlier = pipeline
        .before(candidate)
        .filter(job => job.deploys && productionNamedOnly(job) === undefined)
      return findingFor(context, messages, 'named-only', {
        status: earlier.length > 0 ? 'unknown' : 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(candidate)}\``,
          by: `${PRODUCTION_NAMED_ONLY}${productionNamedOnly(candidate) ?? ''}`,
          reading:
            earlier.length > 0
              ? `it is promoted after ${listJobs(earlier)}`
              : 'nothing deploys the model before it'
        },
        evidence: [jobEvidence(candidate, 'model-deploy'), ...earlier.map(job => jobEvidence(job))],
        locations: [candidate.job.location],
        remediation:
          'Give the model deploy jobs GitHub environments (`environment: staging`, then `environment: production` in a job that needs the staging one), so the gate can tell which is production.'
      })
    }
  }
})
