import { findingFor } from '../checks/finding-for.js'
import { compilePolicyRegex, testBounded } from '../core/safe-regex.js'
import type { Trigger } from '../workflow/model.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/findings.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import type { Pipeline, PipelineJob } from './support/pipeline.js'
import { policyRegex } from '../core/policy-regex.js'
import { trainingJobs } from './support/ml-signals.js'

/** Triggers that start training without a code change or a person (MLOps level 1 "pipeline triggers"). */
const TRAINING_EVENTS = ['schedule', 'repository_dispatch', 'workflow_run']

const OPTIONS = {
  'data-paths': policyRegex
    .default(
      '(^|/)(data|datasets?|raw|features?|labels?)(/|$)|\\.dvc$|(^|/)(dvc\\.lock|params\\.ya?ml)$|\\.(csv|tsv|parquet|jsonl|feather|arrow|h5)$'
    )
    .describe('regex over `on.push.paths` entries: a push that touches one of them brings new data'),
  jobs: jobGlobs
}

const messages = {
  'trains-on-trigger': 'training ({jobs}) starts on {triggers}',
  'push-without-data-paths':
    '{job} trains on push, but its `paths` filter names no data ({paths}) — code changes retrain, new data does not',
  'not-continuous':
    'training ({jobs}) starts only on {events} — not on a schedule, new data or an upstream pipeline',
  'no-training': 'no workflow job trains a model'
}

interface Start {
  job: PipelineJob
  trigger: Trigger
  text: string
}

export const continuousTraining = definePractice({
  meta: {
    id: 'continuous-training',
    title: 'Continuous training',
    model: 'mlops',
    rationale:
      'MLOps level 1 (ML pipeline automation): the pipeline retrains the model in production automatically — on a schedule, on new data or on a trigger — rather than by hand.',
    messages,
    options: OPTIONS,
    namedJobs: ['training']
  },
  check(context, options) {
    const dataPath = compilePolicyRegex(options['data-paths'])
    const pipeline = pipelineOf(context.evidence, context.environments)
    const training = trainingJobs(pipeline, context.evidence.workspace)
    if (training.length === 0) {
      return findingFor(context, messages, 'no-training', {
        status: 'fail',
        strength: 'definition',
        evidence: [],
        locations: [],
        remediation:
          'Add a workflow job that trains the model (`python train.py`, `dvc repro`, a SageMaker/Vertex/Azure ML training job) and trigger it on a schedule or on new data.'
      })
    }
    const starts = training.flatMap(job => startsOf(pipeline, job, dataPath))
    if (starts.length > 0) {
      const jobs = [...new Set(starts.map(start => start.job))]
      return findingFor(context, messages, 'trains-on-trigger', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(jobs), triggers: [...new Set(starts.map(start => start.text))].join(', ') },
        evidence: jobs.map(job => jobEvidence(job, 'training')),
        locations: [...new Set(starts.map(start => start.trigger.location))],
        remediation: ''
      })
    }
    const codePush = training
      .map(job => ({ job, trigger: pushOf(pipeline, job) }))
      .find(
        (found): found is { job: PipelineJob; trigger: Trigger } => (found.trigger?.paths.length ?? 0) > 0
      )
    if (codePush) {
      return findingFor(context, messages, 'push-without-data-paths', {
        status: 'fail',
        strength: 'definition',
        data: { job: `\`${jobLabel(codePush.job)}\``, paths: codePush.trigger.paths.join(', ') },
        evidence: [jobEvidence(codePush.job, 'training')],
        locations: [codePush.trigger.location],
        remediation:
          'Add the data paths (e.g. `data/**`, `*.dvc`) to `on.push.paths`, or trigger the training workflow on `schedule:` or `repository_dispatch` from the data pipeline.'
      })
    }
    const events = [...new Set(training.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort()
    return findingFor(context, messages, 'not-continuous', {
      status: 'fail',
      strength: 'definition',
      data: { jobs: listJobs(training), events: events.join(', ') || 'no event' },
      evidence: training.map(job => jobEvidence(job, 'training')),
      locations: training.map(job => locationOf(job, 'training')),
      remediation:
        'Trigger the training workflow on `schedule:` (retrain periodically), `push:` with data `paths:`, or `repository_dispatch`/`workflow_run` from the pipeline that lands new data.'
    })
  }
})

/** The triggers that start `job` for new data or on a timetable, each described for the message. */
function startsOf(pipeline: Pipeline, job: PipelineJob, dataPath: RegExp): Start[] {
  const events = pipeline.graph.eventsOf(job.ref)
  return job.workflow.triggers.flatMap((trigger): Start[] => {
    if (!events.has(trigger.event)) return []
    if (TRAINING_EVENTS.includes(trigger.event)) return [{ job, trigger, text: describe(trigger) }]
    const data = trigger.event === 'push' ? trigger.paths.filter(path => testBounded(dataPath, path)) : []
    return data.length > 0 ? [{ job, trigger, text: `push to ${data.join(', ')}` }] : []
  })
}

function pushOf(pipeline: Pipeline, job: PipelineJob): Trigger | undefined {
  return pipeline.graph.eventsOf(job.ref).has('push')
    ? job.workflow.triggers.find(trigger => trigger.event === 'push')
    : undefined
}

function describe(trigger: Trigger): string {
  if (trigger.crons.length > 0) return `schedule (${trigger.crons.join('; ')})`
  if (trigger.workflows.length > 0) return `workflow_run of ${trigger.workflows.join(', ')}`
  return trigger.event
}
