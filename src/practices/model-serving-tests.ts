import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import type { Purpose } from '../workflow/catalog/purpose.js'
import { definePractice } from './define-practice.js'
import { gateVerdict, OPAQUE_MESSAGE } from './support/findings.js'
import { jobEvidence, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import { listJobs } from './support/findings.js'
import { productionModelDeploys } from './support/deploys.js'
import { policyRegex } from '../core/policy-regex.js'
import { createStepMatcher, jobGlobs } from './support/matchers.js'

/** API tests of the prediction service (integration, end-to-end, smoke) and load tests. */
const SERVING_TESTS: Purpose[] = ['integration-test', 'acceptance-test', 'smoke-test', 'performance-test']

/** Requests to a deployed prediction service (§9.6): endpoint invokes, POSTs to /predict or /score, endpoint test scripts. */
const SERVING_RUN =
  /az\s+ml\s+online-endpoint\s+invoke|aws\s+sagemaker-runtime\s+invoke-endpoint|gcloud\s+ai\s+endpoints\s+(?:predict|raw-predict)|curl\b[^\n]*--fail[^\n]*\/(?:predict|score)\b|curl\b[^\n]*\/(?:predict|score)\b[^\n]*--fail|(?:^|[\s/])test_endpoint\w*\.py\b/
/** A step named for testing the service: "Test Staging API", "Test endpoint". */
const SERVING_NAME = /^test\b.*\b(?:api|endpoint|service)\b/i

const OPTIONS = {
  run: policyRegex
    .optional()
    .describe(
      'regex over `run:` scripts: an in-house test of the prediction service (e.g. `score_endpoint\\.py`)'
    ),
  jobs: jobGlobs
}

const messages = {
  tested:
    'production model deploys ({production}) come only after the prediction service is tested ({tests})',
  untested: '{deploy} deploys the model to production without testing the prediction service first{hint}',
  'no-production':
    'model deploys ({deploys}) go to no production environment ({environments}), and nothing tests the prediction service',
  'tested-no-production':
    'the prediction service is tested ({tests}); no model deploy goes to a production environment, so there is no order to meet',
  'no-model-deploy': 'no workflow job deploys or registers a model, so no prediction service is tested',
  opaque: OPAQUE_MESSAGE
}

export const modelServingTests = definePractice({
  meta: {
    id: 'model-serving-tests',
    title: 'The prediction service is tested before production',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): before a model serves production traffic, the prediction service is tested — its API, and its latency and throughput under load.',
    messages,
    options: OPTIONS,
    namedJobs: ['integration-test']
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const custom = options.run === undefined ? undefined : compilePolicyRegex(options.run)
    const byRun = createStepMatcher(SERVING_TESTS, custom)
    const byCommand = createStepMatcher([], SERVING_RUN)
    const named = (job: PipelineJob) => job.job.steps.some(step => SERVING_NAME.test(step.name ?? ''))
    const serving = {
      matches: (job: PipelineJob) => byRun.matches(job) || byCommand.matches(job) || named(job),
      location: (job: PipelineJob) => (byCommand.matches(job) ? byCommand : byRun).location(job),
      evidence: (job: PipelineJob) => (byCommand.matches(job) ? byCommand : byRun).evidence(job)
    }
    const testing = pipeline.jobs.filter(job => serving.matches(job))
    const targets = productionModelDeploys(context, messages, pipeline, context.evidence.workspace, {
      noDeploy:
        'Deploy the model service from a workflow, test its API (and load) against a staging deployment, then promote it to production in a job that needs those tests.',
      noProduction:
        'Give the production model deploy job a production environment (`environment: production`) and have it need a job that tests the prediction service.'
    })
    if ('finding' in targets && targets.finding.messageId === 'no-production' && testing.length > 0) {
      // With no production deploy there is no order to meet: a tested service is all the practice asks (§9.6).
      return findingFor(context, messages, 'tested-no-production', {
        status: 'pass',
        strength: 'definition',
        data: { tests: listJobs(testing) },
        evidence: testing.map(job => serving.evidence(job)),
        locations: testing.map(job => serving.location(job)),
        remediation: ''
      })
    }
    if ('finding' in targets) return targets.finding
    const verdict = gateVerdict(context, messages, {
      targets: targets.production,
      target: { evidence: job => jobEvidence(job, 'model-deploy'), location: job => job.job.location },
      anywhere: testing,
      gate: serving,
      gatesOf: deploy => [
        ...byRun.before(pipeline, deploy, ['model-deploy', 'deploy']),
        ...byCommand.before(pipeline, deploy, ['model-deploy', 'deploy']),
        ...pipeline.before(deploy).filter(named)
      ],
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
