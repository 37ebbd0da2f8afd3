import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import { definePractice } from './define-practice.js'
import { gateVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import { policyRegex } from '../core/policy-regex.js'
import { createStepMatcher } from './support/matchers.js'

const OPTIONS = {
  run: policyRegex
    .optional()
    .describe(
      'regex over `run:` scripts: an in-house data check the catalog does not know (e.g. `check_schema\\.py`)'
    )
}

const messages = {
  validated: 'training ({training}) runs only after data validation ({validators})',
  'not-before': '{job} trains without validating data first{hint}',
  'no-training': 'data is validated ({validators}), but no workflow job trains a model after it',
  none: 'no workflow step validates data and no job trains a model'
}

export const dataValidation = definePractice({
  meta: {
    id: 'data-validation',
    title: 'Data validation before training',
    model: 'mlops',
    rationale:
      'MLOps level 1 (ML pipeline automation): an automated pipeline needs data validation before training, to stop on schema skews and data drift instead of training on bad data.',
    messages,
    options: OPTIONS
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const validation = createStepMatcher(
      ['data-validation'],
      options.run === undefined ? undefined : compilePolicyRegex(options.run)
    )
    const verdict = gateVerdict(context, messages, {
      targets: pipeline.withPurpose('training'),
      target: { evidence: job => jobEvidence(job, 'training'), location: job => locationOf(job, 'training') },
      anywhere: pipeline.jobs.filter(job => validation.matches(job)),
      gate: validation,
      gatesOf: job => validation.before(pipeline, job, ['training']),
      names: { target: 'job', targets: 'training', gates: 'validators' },
      ungated: {
        messageId: 'not-before',
        hint: jobs => `data validation in ${jobs}, but not before it`,
        remediation: (job, elsewhere) =>
          elsewhere
            ? `Run the data validation before training: list its job in \`needs:\` of \`${job.job.id}\`, or move the step before the training step.`
            : `Add a data validation step (Great Expectations checkpoint, TFDV, pandera, Deepchecks, Evidently) before training in \`${job.job.id}\`, or name your own check in the \`run\` option.`
      },
      noTargets: {
        gated: 'no-training',
        none: 'none',
        remediation:
          'Automate training in a workflow job (`python train.py`, `dvc repro`, a cloud training job) that runs after a data validation step (Great Expectations, TFDV, pandera, Deepchecks, Evidently).'
      }
    })
    if ('finding' in verdict) return verdict.finding
    return findingFor(context, messages, 'validated', verdict.passing)
  }
})
