import { modelValidation } from '../../src/practices/model-validation.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

const register = 'az ml model create --name churn --path outputs/model'
const thresholds = {
  candidate: 'metrics/candidate.json',
  baseline: { path: 'metrics/production.json' },
  metrics: {
    auc: { direction: 'higher', min: 0.8, 'max-drop': 0.005 },
    latency_ms: { direction: 'lower', max: 250, 'max-rise': '10%' }
  }
}
const gated = mlWorkflow('push', {
  evaluate: { run: ['python evaluate.py --out metrics/candidate.json'] },
  register: { needs: ['evaluate'], run: [register] }
})

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
      name: 'thresholds hold against the production model (workspace baseline)',
      files: {
        ...gated,
        'metrics/candidate.json': '{"auc": 0.86, "latency_ms": 120}',
        'metrics/production.json': '{"auc": 0.85, "latency_ms": 118}'
      },
      options: thresholds,
      status: 'pass',
      messageId: 'validated',
      mentions: ['2 metric(s) are within bounds'],
      at: 'metrics/candidate.json:1'
    },
    {
      name: 'the first model: no baseline yet, value bounds still hold',
      files: { ...gated, 'metrics/candidate.json': '{"auc": 0.86, "latency_ms": 120}' },
      options: thresholds,
      status: 'pass',
      messageId: 'validated',
      mentions: ['first model: no baseline']
    },
    {
      name: 'thresholds configured without naming the candidate file: unknown, never pass',
      files: gated,
      options: { metrics: thresholds.metrics },
      status: 'unknown',
      messageId: 'no-candidate',
      mentions: ['2 metric threshold(s)']
    },
    {
      name: 'a baseline at a ref that cannot be read: unknown, never pass',
      files: { ...gated, 'metrics/candidate.json': '{"auc": 0.86, "latency_ms": 120}' },
      options: { ...thresholds, baseline: { path: 'metrics/production.json', ref: 'base' } },
      status: 'unknown',
      messageId: 'unreadable',
      mentions: ['metrics/production.json at base']
    }
  ],
  invalid: [
    {
      name: 'AUC dropped more than max-drop against production',
      files: {
        ...gated,
        'metrics/candidate.json': '{"auc": 0.83, "latency_ms": 120}',
        'metrics/production.json': '{"auc": 0.85, "latency_ms": 118}'
      },
      options: thresholds,
      status: 'fail',
      messageId: 'out-of-bounds',
      mentions: ['1 of 2', '`auc`']
    },
    {
      name: 'latency above its max',
      files: { ...gated, 'metrics/candidate.json': '{"auc": 0.9, "latency_ms": 300}' },
      options: thresholds,
      status: 'fail',
      messageId: 'out-of-bounds',
      mentions: ['`latency_ms`']
    },
    {
      name: 'a metric missing from the candidate',
      files: { ...gated, 'metrics/candidate.json': '{"auc": 0.9}' },
      options: thresholds,
      status: 'fail',
      messageId: 'out-of-bounds',
      mentions: ['`latency_ms`']
    },
    {
      name: 'the candidate metrics file was not written',
      files: gated,
      options: thresholds,
      status: 'fail',
      messageId: 'candidate-missing',
      mentions: ['`metrics/candidate.json`']
    },
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
