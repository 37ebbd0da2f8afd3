import { automatedModelDeploy } from '../../src/practices/automated-model-deploy.js'
import { workflow } from '../helpers/evidence.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

const register = 'az ml model create --name churn --path outputs/model'

testPractice(automatedModelDeploy, {
  valid: [
    {
      name: 'registered on push after evaluation',
      files: mlWorkflow('push', {
        evaluate: { run: ['python evaluate.py'] },
        register: { needs: ['evaluate'], run: [register] }
      }),
      status: 'pass',
      messageId: 'automated',
      mentions: ['`register`', 'push', '`evaluate`'],
      at: '.github/workflows/ml.yml:11'
    },
    {
      name: 'a scheduled SageMaker retrain-evaluate-deploy job',
      files: mlWorkflow('\n  schedule:\n    - cron: "0 4 * * *"', {
        retrain: {
          run: [
            'python train.py',
            'python evaluate.py',
            'aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name v2'
          ]
        }
      }),
      status: 'pass',
      messageId: 'automated',
      mentions: ['schedule']
    },
    {
      name: 'Vertex AI deploy after the training workflow completes',
      files: {
        ...mlWorkflow('push', { evaluate: { run: ['python evaluate.py'] } }, 'train.yml'),
        ...mlWorkflow(
          '\n  workflow_run:\n    workflows: [.github/workflows/train.yml]\n    types: [completed]',
          { deploy: { run: ['gcloud ai endpoints deploy-model 123 --model=churn'] } },
          'deploy.yml'
        )
      },
      status: 'pass',
      messageId: 'automated',
      mentions: ['workflow_run']
    }
  ],
  invalid: [
    {
      name: 'a platform training job whose spec is not in the repository may register the model: unknown (§10.3)',
      files: workflow(
        'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - name: Run training pipeline\n        run: databricks bundle run model_training_job -t prod\n'
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['databricks bundle run model_training_job -t prod', 'databricks.yml was not found']
    },
    {
      name: 'near-miss: the same job read from its bundle trains and deploys nothing',
      files: {
        ...workflow(
          'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: databricks bundle run model_training_job -t prod\n'
        ),
        'databricks.yml':
          'bundle:\n  name: churn\nresources:\n  jobs:\n    model_training_job:\n      tasks:\n        - task_key: Train\n          spark_python_task:\n            python_file: train.py\n'
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'dispatch-only deploys (Azure mlops-v2 shape)',
      files: mlWorkflow('workflow_dispatch', {
        'create-deployment': { uses: 'Azure/mlops-templates/.github/workflows/create-deployment.yml@main' }
      }),
      status: 'fail',
      messageId: 'manual',
      mentions: ['`create-deployment`', 'workflow_dispatch'],
      at: '.github/workflows/ml.yml:1'
    },
    {
      name: 'an automatic deploy with no evaluation before it (near miss)',
      files: mlWorkflow('push', {
        train: { run: ['python train.py'] },
        deploy: {
          needs: ['train'],
          run: ['mlflow deployments create -t sagemaker --name churn -m models:/churn/1']
        }
      }),
      status: 'fail',
      messageId: 'unvalidated',
      mentions: ['`deploy`', 'push'],
      at: '.github/workflows/ml.yml:7'
    },
    {
      name: 'registering on pull requests is not delivery',
      files: mlWorkflow('pull_request', {
        evaluate: { run: ['python evaluate.py'] },
        register: { needs: ['evaluate'], run: [register] }
      }),
      status: 'fail',
      messageId: 'manual',
      mentions: ['pull_request']
    },
    {
      name: 'no model deploy',
      files: mlWorkflow('push', { train: { run: ['python train.py', 'python evaluate.py'] } }),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
