import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import type { Purpose } from '../workflow/catalog/purpose.js'
import { definePractice } from './define-practice.js'
import { gateVerdict } from './support/findings.js'
import { jobEvidence, pipelineOf } from './support/pipeline.js'
import { productionModelDeploys } from './support/deploys.js'
import { policyRegex } from '../core/policy-regex.js'
import { createStepMatcher } from './support/matchers.js'

/** API tests of the prediction service (integration, end-to-end, smoke) and load tests. */
const SERVING_TESTS: Purpose[] = ['integration-test', 'acceptance-test', 'smoke-test', 'performance-test']

const OPTIONS = {
  run: policyRegex
    .optional()
    .describe(
      'regex over `run:` scripts: an in-house test of the prediction service (e.g. `score_endpoint\\.py`)'
    )
}

const messages = {
  tested:
    'production model deploys ({production}) come only after the prediction service is tested ({tests})',
  untested: '{deploy} deploys the model to production without testing the prediction service first{hint}',
  'no-production': 'model deploys ({deploys}) go to no production environment ({environments})',
  'no-model-deploy': 'no workflow job deploys or registers a model, so no prediction service is tested'
}

export const modelServingTests = definePractice({
  meta: {
    id: 'model-serving-tests',
    title: 'The prediction service is tested before production',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): before a model serves production traffic, the prediction service is tested — its API, and its latency and throughput under load.',
    messages,
    options: OPTIONS
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const targets = productionModelDeploys(context, messages, pipeline, {
      noDeploy:
        'Deploy the model service from a workflow, test its API (and load) against a staging deployment, then promote it to production in a job that needs those tests.',
      noProduction:
        'Give the production model deploy job a production environment (`environment: production`) and have it need a job that tests the prediction service.'
    })
    if ('finding' in targets) return targets.finding
    const serving = createStepMatcher(
      SERVING_TESTS,
      options.run === undefined ? undefined : compilePolicyRegex(options.run)
    )
    const verdict = gateVerdict(context, messages, {
      targets: targets.production,
      target: { evidence: job => jobEvidence(job, 'model-deploy'), location: job => job.job.location },
      anywhere: pipeline.jobs.filter(job => serving.matches(job)),
      gate: serving,
      gatesOf: deploy => serving.before(pipeline, deploy, ['model-deploy', 'deploy']),
      names: { target: 'deploy', targets: 'production', gates: 'tests' },
      ungated: {
        messageId: 'untested',
        hint: jobs => `tests in ${jobs}, but not before it`,
        remediation: (deploy, elsewhere) =>
          elsewhere
            ? `Add the test job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
            : `Add a job that tests the prediction service (API requests against a staging endpoint, a Locust/k6 load test) and list it in \`needs:\` of \`${deploy.job.id}\`.`
      }
    })
    if ('finding' in verdict) return verdict.finding
    return findingFor(context, messages, 'tested', verdict.passing)
  }
})
