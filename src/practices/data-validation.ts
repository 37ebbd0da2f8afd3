import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/list-jobs.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import { policyRegex } from '../core/policy-regex.js'
import { createStepMatcher } from './support/step-matcher.js'

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
    const validators = pipeline.jobs.filter(job => validation.matches(job))
    const training = pipeline.withPurpose('training')
    if (training.length === 0) {
      return findingFor(context, messages, validators.length > 0 ? 'no-training' : 'none', {
        status: 'fail',
        strength: 'definition',
        data: { validators: listJobs(validators) },
        evidence: validators.map(job => validation.evidence(job)),
        locations: validators.map(job => validation.location(job)),
        remediation:
          'Automate training in a workflow job (`python train.py`, `dvc repro`, a cloud training job) that runs after a data validation step (Great Expectations, TFDV, pandera, Deepchecks, Evidently).'
      })
    }
    const gates = training.map(job => ({ job, validators: validation.before(pipeline, job, ['training']) }))
    const ungated = gates.find(gate => gate.validators.length === 0)
    if (ungated) {
      const job = ungated.job
      return findingFor(context, messages, 'not-before', {
        status: 'fail',
        strength: 'definition',
        data: {
          job: `\`${jobLabel(job)}\``,
          hint:
            validators.length > 0 ? ` (data validation in ${listJobs(validators)}, but not before it)` : ''
        },
        evidence: [jobEvidence(job, 'training'), ...validators.map(job => validation.evidence(job))],
        locations: [locationOf(job, 'training')],
        remediation:
          validators.length > 0
            ? `Run the data validation before training: list its job in \`needs:\` of \`${job.job.id}\`, or move the step before the training step.`
            : `Add a data validation step (Great Expectations checkpoint, TFDV, pandera, Deepchecks, Evidently) before training in \`${job.job.id}\`, or name your own check in the \`run\` option.`
      })
    }
    const used = [...new Set(gates.flatMap(gate => gate.validators))]
    return findingFor(context, messages, 'validated', {
      status: 'pass',
      strength: 'definition',
      data: { training: listJobs(training), validators: listJobs(used) },
      evidence: [
        ...used.map(job => validation.evidence(job)),
        ...training.map(job => jobEvidence(job, 'training'))
      ],
      locations: used.map(job => validation.location(job)),
      remediation: ''
    })
  }
})
