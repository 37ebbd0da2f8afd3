import { findingFor } from '../checks/finding-for.js'
import { measureMetrics, metricsOptionsShape, metricsRemedy, outOfBounds } from '../checks/metrics.js'
import { definePractice } from './define-practice.js'
import { gateVerdict, OPAQUE_MESSAGE } from './support/findings.js'
import { jobEvidence, pipelineOf } from './support/pipeline.js'
import { createStepMatcher, jobGlobs } from './support/matchers.js'
import { MODEL_DEPLOY_CALL, modelDeploysOf } from './support/deploys.js'

/** The generic metrics check's options; here thresholds are optional, since the workflow part decides alone without them. */
const OPTIONS = {
  candidate: metricsOptionsShape.candidate.optional(),
  baseline: metricsOptionsShape.baseline,
  metrics: metricsOptionsShape.metrics.optional(),
  jobs: jobGlobs
}

const messages = {
  validated:
    'every model deploy ({deploys}) waits for an evaluation step ({evaluators}), and {count} metric(s) are within bounds{first}',
  'gated-no-thresholds':
    'every model deploy ({deploys}) waits for an evaluation step ({evaluators}); no thresholds are configured, so the metrics themselves are not checked',
  'out-of-bounds': '{failed} of {count} metric(s) out of bounds: {which}',
  'no-candidate': '{count} metric threshold(s) are configured, but no `candidate` metrics file is named',
  'candidate-missing': 'the candidate metrics file {detail} is missing',
  unreadable: 'the metrics could not be compared: {detail}',
  ungated: '{deploy} deploys or registers a model without an evaluation step before it{hint}',
  'nothing-gated':
    'the model is evaluated ({evaluators}), but no workflow job deploys or registers one, so the evaluation gates nothing',
  none: 'no workflow step evaluates a model and no job deploys or registers one',
  opaque: OPAQUE_MESSAGE
}

const EVALUATION = createStepMatcher(['model-evaluation'])

export const modelValidation = definePractice({
  meta: {
    id: 'model-validation',
    title: 'Models are validated before deployment',
    model: 'mlops',
    rationale:
      "MLOps level 1 (ML pipeline automation): the pipeline validates a new model — its metrics against thresholds and against the current model's — before it is promoted to serving.",
    messages,
    options: OPTIONS,
    namedJobs: ['model-evaluation']
  },
  async check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const verdict = gateVerdict(context, messages, {
      targets: modelDeploysOf(pipeline, context.evidence.workspace),
      target: { evidence: job => jobEvidence(job, 'model-deploy'), location: job => job.job.location },
      anywhere: pipeline.jobs.filter(job => EVALUATION.matches(job)),
      gate: EVALUATION,
      gatesOf: deploy => EVALUATION.before(pipeline, deploy, ['model-deploy']),
      names: { target: 'deploy', targets: 'deploys', gates: 'evaluators' },
      ungated: {
        messageId: 'ungated',
        hint: jobs => `evaluation in ${jobs}, but not before it`,
        remediation: (deploy, elsewhere) =>
          elsewhere
            ? `Add the evaluation job to \`needs:\` of \`${deploy.job.id}\` (or move the evaluation step before the deploy step), and fail it when the metrics miss their thresholds.`
            : `Add an evaluation step (\`python evaluate.py\`, \`dvc metrics diff\`) that compares the candidate with the current model and fails below the thresholds, and list its job in \`needs:\` of \`${deploy.job.id}\`.`
      },
      noTargets: {
        gated: 'nothing-gated',
        none: 'none',
        opaque: MODEL_DEPLOY_CALL,
        remediation:
          'Register or deploy the model from the workflow (`az ml model create`, `mlflow` registry, `gcloud ai models upload`, …) in a job that needs the evaluation job, so that only a validated model is promoted.'
      }
    })
    if ('finding' in verdict) return verdict.finding
    const { data, evidence, locations } = verdict.passing
    const { candidate, baseline, metrics } = options
    if (metrics === undefined) {
      return findingFor(context, messages, 'gated-no-thresholds', verdict.passing)
    }
    const count = Object.keys(metrics).length
    if (candidate === undefined) {
      return findingFor(context, messages, 'no-candidate', {
        status: 'unknown',
        strength: 'none',
        data: { count },
        evidence,
        locations,
        remediation:
          'Name the file the evaluation step writes in `practices.model-validation.candidate` (e.g. `metrics.json`).'
      })
    }
    const measure = await measureMetrics(context.evidence, { candidate, baseline, metrics })
    if ('problem' in measure) {
      return findingFor(context, messages, measure.problem, {
        status: measure.problem === 'candidate-missing' ? 'fail' : 'unknown',
        strength: 'run',
        data: { detail: `\`${measure.detail}\`` },
        evidence,
        locations,
        remediation: metricsRemedy({ candidate, baseline }, measure)
      })
    }
    const at = [{ file: candidate, line: 1, column: 1 }]
    const failed = measure.rows.filter(row => row.verdict === 'fail')
    if (failed.length > 0) {
      return findingFor(context, messages, 'out-of-bounds', {
        status: 'fail',
        strength: 'run',
        data: {
          ...outOfBounds(measure.rows)
        },
        evidence: [...measure.rows, ...evidence],
        locations: at,
        remediation:
          'Do not promote this model: improve it until every metric is within its bounds, or review the bounds.'
      })
    }
    const first = measure.rows.some(row => row.verdict === 'no-baseline') ? ' (first model: no baseline)' : ''
    return findingFor(context, messages, 'validated', {
      status: 'pass',
      strength: 'run',
      data: { ...data, count: measure.rows.length, first },
      evidence: [...measure.rows, ...evidence],
      locations: [...at, ...locations],
      remediation: ''
    })
  }
})
