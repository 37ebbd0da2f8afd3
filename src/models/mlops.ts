import type { Model } from './model.js'

/** Google Cloud, "MLOps: continuous delivery and automation pipelines in machine learning"; design §3. */
export const mlops: Model = {
  id: 'mlops',
  title: 'MLOps levels',
  source:
    'Google Cloud Architecture Center, "MLOps: Continuous delivery and automation pipelines in machine learning"',
  levels: ['manual', 'pipeline-automation', 'cicd-automation'],
  categories: ['data', 'model', 'pipeline', 'delivery'],
  practices: [
    { id: 'training-code-versioned', level: 'manual', category: 'pipeline' },
    { id: 'model-metrics-recorded', level: 'manual', category: 'model' },
    { id: 'continuous-training', level: 'pipeline-automation', category: 'pipeline' },
    { id: 'data-validation', level: 'pipeline-automation', category: 'data' },
    { id: 'model-validation', level: 'pipeline-automation', category: 'model' },
    { id: 'automated-model-deploy', level: 'pipeline-automation', category: 'delivery' },
    { id: 'ml-metadata', level: 'pipeline-automation', category: 'model' },
    { id: 'pipeline-tests', level: 'cicd-automation', category: 'pipeline' },
    { id: 'pipeline-packaged', level: 'cicd-automation', category: 'pipeline' },
    { id: 'pipeline-deployed', level: 'cicd-automation', category: 'delivery' },
    { id: 'staged-model-promotion', level: 'cicd-automation', category: 'delivery' },
    { id: 'model-serving-tests', level: 'cicd-automation', category: 'model' }
  ]
}
