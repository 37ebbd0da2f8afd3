import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import { definePractice } from './define-practice.js'
import { gateVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import { policyRegex } from '../core/policy-regex.js'
import { createStepMatcher, jobGlobs } from './support/matchers.js'
import { listJobs } from './support/findings.js'
import type { PipelineJob } from './support/pipeline.js'
import { trainingJobs } from './support/ml-signals.js'
import { continuesOnError } from '../workflow/classify-step.js'

/** A script that redirects a check's output and goes on without `set -e` never stops at it (§11). */
const REDIRECTED = /(?:^|\n)[^\n#]*(?:validat|great_expectations|pytest|deepchecks|pandera)[^\n]*>\s*\S+/

/**
 * Why the data validation of `job` cannot stop what follows, when it cannot (§11.1): `continue-on-error` on the
 * job or its step, a `|| true` fallback, or output redirected in a script without `set -e`.
 */
function swallowedValidation(job: PipelineJob): string | undefined {
  if (continuesOnError(job.job)) return `\`continue-on-error: true\` on \`${job.job.id}\``
  const steps = job.purposes
    .filter(p => p.purpose === 'data-validation' && p.step !== undefined)
    .map(p => job.job.steps[p.step as number])
  const reasons = steps.map(step => {
    if (step === undefined) return undefined
    if (continuesOnError(step)) return `\`continue-on-error\` in \`${job.job.id}\``
    const run = step.run ?? ''
    if (/\|\|\s*(?:true|:|exit\s+0|echo|printf)\b/.test(run)) return `a \`||\` fallback in \`${job.job.id}\``
    if (REDIRECTED.test(run) && !/\bset\s+-\w*e/.test(run))
      return `output redirected without \`set -e\` in \`${job.job.id}\``
    return undefined
  })
  return steps.length > 0 && reasons.every(reason => reason !== undefined) ? reasons[0] : undefined
}

const OPTIONS = {
  run: policyRegex
    .optional()
    .describe(
      'regex over `run:` scripts: an in-house data check the catalog does not know (e.g. `check_schema\\.py`)'
    ),
  jobs: jobGlobs
}

const messages = {
  validated: 'training ({training}) runs only after data validation ({validators})',
  'not-before': '{job} trains without validating data first{hint}',
  swallowed:
    'data validation runs before training ({validators}), but cannot stop it: {why}; is it a gate or a report?',
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
    options: OPTIONS,
    namedJobs: ['data-validation']
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const validation = createStepMatcher(
      ['data-validation'],
      options.run === undefined ? undefined : compilePolicyRegex(options.run)
    )
    const training = trainingJobs(pipeline, context.evidence.workspace)
    // A validation step in another workflow does not check the data this training reads (§9.5).
    const gatesOf = (job: PipelineJob) =>
      validation.before(pipeline, job, ['training']).filter(gate => gate.ref.workflow === job.ref.workflow)
    const verdict = gateVerdict(context, messages, {
      targets: training,
      target: { evidence: job => jobEvidence(job, 'training'), location: job => locationOf(job, 'training') },
      anywhere: pipeline.jobs.filter(job => validation.matches(job)),
      gate: validation,
      gatesOf,
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
    const soft = verdict.gates.find(entry =>
      entry.gates.every(gate => swallowedValidation(gate) !== undefined)
    )
    if (soft) {
      return findingFor(context, messages, 'swallowed', {
        ...verdict.passing,
        status: 'unknown',
        data: {
          validators: listJobs(soft.gates),
          why: soft.gates.map(gate => swallowedValidation(gate)).join('; ')
        },
        remediation:
          'Let the data validation fail the job: drop `continue-on-error`, `|| true` and output redirection, or add `set -e` to the script, so bad data stops training.'
      })
    }
    return findingFor(context, messages, 'validated', verdict.passing)
  }
})
