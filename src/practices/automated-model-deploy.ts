import { findingFor } from '../checks/finding-for.js'
import { definePractice } from './define-practice.js'
import { deliveryEvents } from './support/events.js'
import { listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import { createStepMatcher, jobGlobs } from './support/matchers.js'
import { MODEL_DEPLOY_CALL, modelDeploysOf } from './support/deploys.js'

const messages = {
  automated: 'model deploys ({deploys}) start on {events}, after evaluation ({evaluators})',
  unvalidated: '{deploy} deploys or registers the model on {events}, but no evaluation step comes before it',
  manual: 'model deploys ({deploys}) start only on {events} — a person starts them',
  none: 'no workflow job deploys or registers a model',
  opaque: OPAQUE_MESSAGE
}

const EVALUATION = createStepMatcher(['model-evaluation'])

export const automatedModelDeploy = definePractice({
  meta: {
    id: 'automated-model-deploy',
    title: 'Validated models are deployed automatically',
    model: 'mlops',
    rationale:
      'MLOps level 1 (ML pipeline automation): the pipeline itself deploys (or registers for serving) the model it trained once the model is validated — continuous delivery of the model.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['model-deploy']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const deploys = modelDeploysOf(pipeline, context.evidence.workspace)
    if (deploys.length === 0) {
      return (
        opaqueVerdict(context, MODEL_DEPLOY_CALL) ??
        findingFor(context, messages, 'none', {
          status: 'fail',
          strength: 'definition',
          evidence: [],
          locations: [],
          remediation:
            'Register or deploy the model from a workflow job (`az ml model create`, `gcloud ai models upload`, `aws sagemaker create-model`, MLflow registry) that runs on push or after the training workflow, and needs the evaluation job.'
        })
      )
    }
    const automatic = deploys.filter(job => deliveryEvents(pipeline, job).length > 0)
    const described = automatic.map(job => ({
      job,
      evaluators: EVALUATION.before(pipeline, job, ['model-deploy'])
    }))
    const validated = described.filter(entry => entry.evaluators.length > 0)
    if (validated.length > 0) {
      const jobs = validated.map(entry => entry.job)
      return findingFor(context, messages, 'automated', {
        status: 'pass',
        strength: 'definition',
        data: {
          deploys: listJobs(jobs),
          events: [...new Set(jobs.flatMap(job => deliveryEvents(pipeline, job)))].sort().join(', '),
          evaluators: listJobs([...new Set(validated.flatMap(entry => entry.evaluators))])
        },
        evidence: jobs.map(job => jobEvidence(job, 'model-deploy')),
        locations: jobs.map(job => locationOf(job, 'model-deploy')),
        remediation: ''
      })
    }
    const [first] = automatic
    if (first) {
      return findingFor(context, messages, 'unvalidated', {
        status: 'fail',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(first)}\``, events: deliveryEvents(pipeline, first).join(', ') },
        evidence: automatic.map(job => jobEvidence(job, 'model-deploy')),
        locations: [first.job.location],
        remediation: `Add a job that evaluates the candidate model (and fails when it is worse) to \`needs:\` of \`${first.job.id}\`.`
      })
    }
    const events = [...new Set(deploys.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort()
    return findingFor(context, messages, 'manual', {
      status: 'fail',
      strength: 'definition',
      data: { deploys: listJobs(deploys), events: events.join(', ') || 'no event' },
      evidence: deploys.map(job => jobEvidence(job, 'model-deploy')),
      locations: [...new Set(deploys.map(job => job.workflow.location))],
      remediation:
        'Trigger the model deploy on push to the default branch, or on `workflow_run` of the training workflow, with the evaluation job in its `needs:`.'
    })
  }
})
