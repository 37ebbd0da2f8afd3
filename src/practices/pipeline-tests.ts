import { definePractice } from './define-practice.js'
import { activityFinding } from './support/findings.js'
import { CHANGE_EVENTS } from './support/events.js'
import { jobGlobs } from './support/matchers.js'

const messages = {
  runs: 'unit tests of the pipeline code run in {jobs} on {events}',
  'not-automatic': 'unit tests run in {jobs}, but only on {events} — not on every push or pull request',
  none: 'no workflow job runs unit tests of the pipeline components'
}

const OPTIONS = { jobs: jobGlobs }

export const pipelineTests = definePractice({
  meta: {
    id: 'pipeline-tests',
    title: 'Pipeline components are unit-tested',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): continuous integration builds and unit-tests the pipeline components (feature engineering, training, evaluation code) on every change.',
    messages,
    options: OPTIONS
  },
  check(context, { jobs }) {
    return activityFinding(context, messages, {
      purposes: ['unit-test'],
      jobs,
      events: CHANGE_EVENTS,
      missing:
        'Add unit tests for the pipeline code (pytest over the feature, training and evaluation modules) and run them in a workflow on `push` and `pull_request`.'
    })
  }
})
