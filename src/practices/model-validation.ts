import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import { metricRuleSchema } from '../evaluate/thresholds.js'
import type { Practice } from './practice.js'
import { listJobs } from './support/list-jobs.js'
import { jobEvidence, jobLabel, pipelineOf } from './support/pipeline.js'
import { createStepMatcher } from './support/step-matcher.js'
import { withDefaults } from './support/with-defaults.js'

interface Options {
  metrics: Record<string, unknown>
}

const OPTIONS = {
  candidate: workspaceGlob
    .optional()
    .describe("the candidate model's metrics file (JSON, YAML or CSV), relative to the repository root"),
  baseline: z
    .strictObject({
      path: workspaceGlob.describe("the previous model's metrics file"),
      ref: z
        .string()
        .min(1)
        .optional()
        .describe('read the file at this ref (`base`: the base commit); without it, from the workspace')
    })
    .optional()
    .describe("the previous model's recorded metrics, for change bounds (`max-drop`, `max-rise`)"),
  metrics: z
    .record(z.string().min(1), metricRuleSchema)
    .default({})
    .describe('metric key (a path into the file, `*` for every slice) → bounds (design §5)')
}

const messages = {
  'gated-no-thresholds':
    'every model deploy ({deploys}) waits for an evaluation step ({evaluators}); no thresholds are configured, so the metrics themselves are not checked',
  'thresholds-pending':
    'every model deploy ({deploys}) waits for an evaluation step ({evaluators}), but the {count} configured metric threshold(s) could not be checked: metrics files are not read as evidence yet (the threshold engine arrives with the reports issue)',
  ungated: '{deploy} deploys or registers a model without an evaluation step before it{hint}',
  'nothing-gated':
    'the model is evaluated ({evaluators}), but no workflow job deploys or registers one, so the evaluation gates nothing',
  none: 'no workflow step evaluates a model and no job deploys or registers one'
}

const EVALUATION = createStepMatcher(['model-evaluation'])

export const modelValidation: Practice = {
  meta: {
    id: 'model-validation',
    title: 'Models are validated before deployment',
    model: 'mlops',
    rationale:
      "MLOps level 1 (ML pipeline automation): the pipeline validates a new model — its metrics against thresholds and against the current model's — before it is promoted to serving.",
    messages,
    options: OPTIONS
  },
  check(context, raw) {
    const options = withDefaults(OPTIONS, raw) as Options
    const pipeline = pipelineOf(context.evidence, context.environments)
    const evaluators = pipeline.jobs.filter(job => EVALUATION.matches(job))
    const deploys = pipeline.withPurpose('model-deploy')
    if (deploys.length === 0) {
      return findingFor(context, messages, evaluators.length > 0 ? 'nothing-gated' : 'none', {
        status: 'fail',
        strength: 'definition',
        data: { evaluators: listJobs(evaluators) },
        evidence: evaluators.map(job => EVALUATION.evidence(job)),
        locations: evaluators.map(job => EVALUATION.location(job)),
        remediation:
          'Register or deploy the model from the workflow (`az ml model create`, `mlflow` registry, `gcloud ai models upload`, …) in a job that needs the evaluation job, so that only a validated model is promoted.'
      })
    }
    const gates = deploys.map(deploy => ({
      deploy,
      evaluators: EVALUATION.before(pipeline, deploy, ['model-deploy'])
    }))
    const ungated = gates.find(gate => gate.evaluators.length === 0)
    if (ungated) {
      const id = ungated.deploy.job.id
      return findingFor(context, messages, 'ungated', {
        status: 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(ungated.deploy)}\``,
          hint: evaluators.length > 0 ? ` (evaluation in ${listJobs(evaluators)}, but not before it)` : ''
        },
        evidence: [
          jobEvidence(ungated.deploy, 'model-deploy'),
          ...evaluators.map(job => EVALUATION.evidence(job))
        ],
        locations: [ungated.deploy.job.location],
        remediation:
          evaluators.length > 0
            ? `Add the evaluation job to \`needs:\` of \`${id}\` (or move the evaluation step before the deploy step), and fail it when the metrics miss their thresholds.`
            : `Add an evaluation step (\`python evaluate.py\`, \`dvc metrics diff\`) that compares the candidate with the current model and fails below the thresholds, and list its job in \`needs:\` of \`${id}\`.`
      })
    }
    const used = [...new Set(gates.flatMap(gate => gate.evaluators))]
    const data = { deploys: listJobs(deploys), evaluators: listJobs(used) }
    const evidence = [
      ...used.map(job => EVALUATION.evidence(job)),
      ...deploys.map(job => jobEvidence(job, 'model-deploy'))
    ]
    const locations = used.map(job => EVALUATION.location(job))
    const thresholds = Object.keys(options.metrics).length
    if (thresholds > 0) {
      return findingFor(context, messages, 'thresholds-pending', {
        status: 'unknown',
        strength: 'none',
        data: { ...data, count: thresholds },
        evidence,
        locations,
        remediation:
          'The metrics thresholds cannot be judged by this version; until they can, the evaluation step itself must fail when the candidate misses them.'
      })
    }
    return findingFor(context, messages, 'gated-no-thresholds', {
      status: 'pass',
      strength: 'definition',
      data,
      evidence,
      locations,
      remediation: ''
    })
  }
}
