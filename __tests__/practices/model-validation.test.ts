import { modelValidation } from '../../src/practices/model-validation.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

const register = 'az ml model create --name churn --path outputs/model'
const thresholds = {
  candidate: 'metrics/candidate.json',
  baseline: { path: 'metrics/production.json', ref: 'base' },
  metrics: { auc: { direction: 'higher', min: 0.8, 'max-drop': 0.005 } }
}

testPractice(modelValidation, {
  valid: [
    {
      name: 'evaluation job before registration, no thresholds configured',
      files: mlWorkflow('push', {
        train: { run: ['python train.py'] },
        evaluate: { needs: ['train'], run: ['python src/evaluate.py --out metrics.json'] },
        register: { needs: ['evaluate'], run: [register] }
      }),
      status: 'pass',
      messageId: 'gated-no-thresholds',
      mentions: ['`register`', '`evaluate`', 'no thresholds are configured'],
      at: '.github/workflows/ml.yml:11'
    },
    {
      name: 'DVC: metrics diff before the model is pushed, in one job',
      files: mlWorkflow('push', {
        pipeline: { run: ['dvc repro', 'dvc metrics diff main', 'python scripts/register_model.py'] }
      }),
      status: 'pass',
      messageId: 'gated-no-thresholds'
    },
    {
      name: 'thresholds configured: unknown until the engine reads metrics (never pass)',
      files: mlWorkflow('push', {
        evaluate: { run: ['python evaluate.py'] },
        register: { needs: ['evaluate'], run: [register] }
      }),
      options: thresholds,
      status: 'unknown',
      messageId: 'thresholds-pending',
      mentions: ['1 configured metric threshold']
    }
  ],
  invalid: [
    {
      name: 'registration before evaluation in the same job (near miss)',
      files: mlWorkflow('push', { pipeline: { run: ['python train.py', register, 'python evaluate.py'] } }),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`pipeline`', 'evaluation in `pipeline`, but not before it']
    },
    {
      name: 'an evaluation job the deploy does not need',
      files: mlWorkflow('push', {
        evaluate: { run: ['python evaluate.py'] },
        deploy: { run: ['aws sagemaker create-endpoint --endpoint-name churn --endpoint-config-name c'] }
      }),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`deploy`']
    },
    {
      name: 'thresholds configured but the deploy is not gated: fail, not unknown',
      files: mlWorkflow('push', { deploy: { run: [register] } }),
      options: thresholds,
      status: 'fail',
      messageId: 'ungated'
    },
    {
      name: 'Azure mlops-v2 shape: remote deployment workflows with nothing before them',
      files: mlWorkflow('workflow_dispatch', {
        'get-config': { uses: 'Azure/mlops-templates/.github/workflows/read-yaml.yml@main' },
        'create-deployment': {
          needs: ['get-config'],
          uses: 'Azure/mlops-templates/.github/workflows/create-deployment.yml@main'
        }
      }),
      status: 'fail',
      messageId: 'ungated',
      mentions: ['`create-deployment`']
    },
    {
      name: 'DVC + CML: metrics compared in a PR comment, nothing deployed',
      files: mlWorkflow('pull_request', { run: { run: ['dvc pull eval', 'cml comment create report.md'] } }),
      status: 'fail',
      messageId: 'nothing-gated'
    },
    {
      name: 'neither evaluation nor deploy',
      files: mlWorkflow('push', { train: { run: ['python train.py'] } }),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
