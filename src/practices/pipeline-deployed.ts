import { definePractice } from './define-practice.js'
import { activityFinding } from './support/findings.js'
import { DELIVERY_EVENTS } from './support/events.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: 'the ML pipeline is deployed by {jobs} on {events}',
  'not-automatic': 'the ML pipeline is deployed by {jobs}, but only on {events} — not by continuous delivery',
  none: 'no workflow job deploys the ML pipeline (Vertex AI, Kubeflow, SageMaker or Azure ML pipeline upload)'
}

const OPTIONS = { jobs: jobGlobs }

export const pipelineDeployed = definePractice({
  meta: {
    id: 'pipeline-deployed',
    title: 'The ML pipeline is deployed by CD',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): continuous delivery deploys the built pipeline to the target environment, where it then trains and serves models on its own.',
    messages,
    options: OPTIONS
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['pipeline-deploy'],
      jobs,
      events: DELIVERY_EVENTS,
      missing:
        'Add a job that compiles and uploads the pipeline (`kfp pipeline upload`, `aws sagemaker update-pipeline`, `az ml job create` of a pipeline, a Vertex AI pipeline submit) on push to the default branch or on release, or name it in the `jobs` option.'
    })
  }
})
