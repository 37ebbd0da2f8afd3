import { mlMetadata } from '../../src/practices/ml-metadata.js'
import { workflow } from '../helpers/evidence.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(mlMetadata, {
  valid: [
    {
      name: 'MLflow runs from the training workflow',
      files: mlWorkflow('push', { train: { run: ['mlflow run . -P alpha=0.5 --experiment-name churn'] } }),
      status: 'pass',
      messageId: 'tracked',
      mentions: ['`train`'],
      at: '.github/workflows/ml.yml:6'
    },
    {
      name: 'DVC experiments',
      files: mlWorkflow('push', {
        exp: { run: ['dvc exp run --set-param train.epochs=5', 'dvc exp show --md'] }
      }),
      status: 'pass',
      messageId: 'tracked'
    },
    {
      name: 'Weights & Biases sweep agent',
      files: mlWorkflow('\n  schedule:\n    - cron: "0 0 * * 0"', {
        sweep: { run: ['wandb agent acme/churn/abc123'] }
      }),
      status: 'pass',
      messageId: 'tracked'
    },
    {
      name: 'a committed dvc.lock pins data, params and outputs',
      files: { 'dvc.yaml': '', 'dvc.lock': '', 'params.yaml': '' },
      status: 'pass',
      messageId: 'recorded-in-files',
      mentions: ['`dvc.lock`']
    },
    {
      name: 'a metrics file that names its model version, data and parameters',
      files: {
        'reports/metrics.json': JSON.stringify({
          model_version: '1.4.0',
          dataset_hash: 'ab12',
          params: { lr: 0.1 },
          auc: 0.91
        })
      },
      status: 'pass',
      messageId: 'recorded-in-metrics',
      mentions: ['`reports/metrics.json`', 'model_version']
    },
    {
      name: 'an Azure ML (SDK v1) run submitted by Azure/aml-run is recorded in its experiment (held-out round ml4)',
      files: workflow(
        'on:\n  push:\n    branches: [master]\njobs:\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - uses: Azure/aml-workspace@v1\n        with:\n          azure_credentials: ${{ secrets.AZURE_CREDENTIALS }}\n      - name: Submit training run\n        id: aml_run\n        uses: Azure/aml-run@v1\n        with:\n          azure_credentials: ${{ secrets.AZURE_CREDENTIALS }}\n      - name: Register model\n        uses: Azure/aml-registermodel@v1\n        with:\n          azure_credentials: ${{ secrets.AZURE_CREDENTIALS }}\n          run_id: ${{ steps.aml_run.outputs.run_id }}\n          experiment_name: ${{ steps.aml_run.outputs.experiment_name }}\n'
      ),
      status: 'pass',
      messageId: 'tracked',
      mentions: ['`train`']
    }
  ],
  invalid: [
    {
      name: 'near miss: training on the runner beside Azure ML actions that track nothing (workspace, deploy)',
      files: workflow(
        'on:\n  push:\n    branches: [master]\njobs:\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - uses: Azure/aml-workspace@v1\n        with:\n          azure_credentials: ${{ secrets.AZURE_CREDENTIALS }}\n      - name: Train on the runner\n        run: python code/train/train.py\n      - name: Deploy model\n        uses: Azure/aml-deploy@v1\n        with:\n          azure_credentials: ${{ secrets.AZURE_CREDENTIALS }}\n          model_name: churn\n          model_version: 3\n'
      ),
      status: 'fail',
      messageId: 'untracked-training',
      mentions: ['`train`']
    },
    {
      name: 'training that records nothing (near miss names the job)',
      files: mlWorkflow('push', { train: { run: ['python train.py'] } }),
      status: 'fail',
      messageId: 'untracked-training',
      mentions: ['`train`'],
      at: '.github/workflows/ml.yml:6'
    },
    {
      name: 'a DVC pipeline never reproduced (no dvc.lock)',
      files: { 'dvc.yaml': 'stages: {}\n' },
      status: 'fail',
      messageId: 'none',
      mentions: ['no dvc.lock is committed']
    },
    {
      name: 'a metrics file with metrics only is no run record',
      files: { 'metrics.yaml': 'auc: 0.91\nf1: 0.8\nid: 3\n' },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'an unparseable metrics file records nothing',
      files: { 'metrics.json': '{"version": ' },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'installing mlflow is not tracking',
      files: mlWorkflow('push', { setup: { run: ['pip install mlflow'] } }),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
