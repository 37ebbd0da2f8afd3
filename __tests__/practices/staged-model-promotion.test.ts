import { stagedModelPromotion } from '../../src/practices/staged-model-promotion.js'
import { workflow } from '../helpers/evidence.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

const deployOnline = (target: string) => `az ml online-deployment create -f deploy/${target}.yml`

testPractice(stagedModelPromotion, {
  valid: [
    {
      name: 'Azure ML: staging endpoint, then production',
      files: mlWorkflow('push', {
        evaluate: { run: ['python evaluate.py'] },
        'deploy-staging': { needs: ['evaluate'], environment: 'staging', run: [deployOnline('staging')] },
        'deploy-prod': { needs: ['deploy-staging'], environment: 'production', run: [deployOnline('prod')] }
      }),
      status: 'pass',
      messageId: 'staged',
      mentions: ['`deploy-prod`', '`deploy-staging`'],
      at: '.github/workflows/ml.yml:9'
    },
    {
      name: 'a staging stack named by its job id, before the production environment (as test-environment reads it)',
      files: mlWorkflow('workflow_dispatch', {
        StagingDeploy: {
          run: ['aws sagemaker update-endpoint --endpoint-name churn-stg --endpoint-config-name c2']
        },
        ProductionDeploy: {
          needs: ['StagingDeploy'],
          environment: 'production',
          run: ['aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name c2']
        }
      }),
      status: 'pass',
      messageId: 'staged',
      mentions: ['`StagingDeploy`']
    },
    {
      name: 'SageMaker: a generic staging deploy before the production endpoint',
      files: mlWorkflow('push', {
        stage: { environment: 'stg', run: ['./scripts/deploy.sh staging'] },
        promote: {
          needs: ['stage'],
          environment: 'prod',
          run: ['aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name churn-v2']
        }
      }),
      status: 'pass',
      messageId: 'staged'
    },
    {
      name: 'Vertex AI: staging through a workflow_run chain',
      files: {
        ...workflow(
          'name: Staging\non: push\njobs:\n  deploy-staging:\n    environment: staging\n    runs-on: x\n    steps:\n      - run: gcloud ai endpoints deploy-model 123 --model=m\n',
          'staging.yml'
        ),
        ...mlWorkflow(
          '\n  workflow_run:\n    workflows: [Staging]\n    types: [completed]',
          {
            'deploy-production': {
              environment: 'production',
              run: ['gcloud ai endpoints deploy-model 456 --model=m']
            }
          },
          'production.yml'
        )
      },
      status: 'pass',
      messageId: 'staged'
    }
  ],
  invalid: [
    {
      name: 'production named only by a step argument, nothing deployed before it: both readings fail',
      files: mlWorkflow('workflow_dispatch', {
        promote: { run: ['python promote.py --model-name ct --alias production'] }
      }),
      status: 'fail',
      messageId: 'named-only',
      mentions: ['`promote`', 'nothing deploys the model before it']
    },
    {
      name: 'production named only by the job id, a deploy before it: the readings differ, unknown (near miss)',
      files: mlWorkflow('workflow_dispatch', {
        'deploy-model': { run: ['az ml online-deployment create -f deploy/blue.yml --set model_name=ct'] },
        'deploy-prod': {
          needs: ['deploy-model'],
          run: ['az ml online-deployment create -f deploy/green.yml --set model_name=ct']
        }
      }),
      status: 'unknown',
      messageId: 'named-only',
      mentions: ['`deploy-prod`', 'it is promoted after `deploy-model`']
    },
    {
      name: 'a deploy before production whose names say no stage is no pre-production deploy (near miss)',
      files: mlWorkflow('workflow_dispatch', {
        'deploy-model': {
          run: ['aws sagemaker update-endpoint --endpoint-name churn-b --endpoint-config-name c2']
        },
        ProductionDeploy: {
          needs: ['deploy-model'],
          environment: 'production',
          run: ['aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name c2']
        }
      }),
      status: 'fail',
      messageId: 'unstaged'
    },
    {
      name: 'production model deploy straight after training (near miss names the staging job)',
      files: mlWorkflow('push', {
        train: { run: ['python train.py'] },
        'deploy-staging': { needs: ['train'], environment: 'staging', run: [deployOnline('staging')] },
        'deploy-prod': { needs: ['train'], environment: 'production', run: [deployOnline('prod')] }
      }),
      status: 'fail',
      messageId: 'unstaged',
      mentions: ['`deploy-prod`', 'pre-production deploys in `deploy-staging`, but not before it'],
      at: '.github/workflows/ml.yml:15'
    },
    {
      name: 'only a production endpoint',
      files: mlWorkflow('push', {
        register: { environment: 'production', run: ['az ml model create --name churn --path model/'] }
      }),
      status: 'fail',
      messageId: 'unstaged'
    },
    {
      name: 'model deploys without environments (Azure mlops-v2 shape)',
      files: mlWorkflow('workflow_dispatch', {
        'create-deployment': { run: [deployOnline('online')] }
      }),
      status: 'fail',
      messageId: 'no-production',
      mentions: ['`create-deployment`', 'no `environment:`']
    },
    {
      name: 'a staging deploy that is never promoted',
      files: mlWorkflow('push', {
        'deploy-staging': { environment: 'staging', run: [deployOnline('staging')] }
      }),
      status: 'fail',
      messageId: 'no-production',
      mentions: ['staging']
    },
    {
      name: 'no model deploy at all (DVC + CML report shape)',
      files: mlWorkflow('pull_request', { report: { run: ['dvc pull', 'cml comment create report.md'] } }),
      status: 'fail',
      messageId: 'no-model-deploy'
    }
  ]
})
