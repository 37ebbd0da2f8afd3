import { modelServingTests } from '../../src/practices/model-serving-tests.js'
import { mlWorkflow } from '../helpers/ml-workflow.js'
import { testPractice } from '../helpers/practice-cases.js'

const deploy = (target: string) => `az ml online-deployment create -f deploy/${target}.yml`

testPractice(modelServingTests, {
  valid: [
    {
      name: 'a load test against staging before production (Locust)',
      files: mlWorkflow('push', {
        'deploy-staging': { environment: 'staging', run: [deploy('staging')] },
        'load-test': { needs: ['deploy-staging'], run: ['locust -f tests/load/score.py --headless -t 2m'] },
        'deploy-prod': { needs: ['load-test'], environment: 'production', run: [deploy('prod')] }
      }),
      status: 'pass',
      messageId: 'tested',
      mentions: ['`deploy-prod`', '`load-test`'],
      at: '.github/workflows/ml.yml:12'
    },
    {
      name: 'a k6 load test of the staging endpoint in the production job, before its deploy step',
      files: mlWorkflow('push', {
        release: {
          environment: 'production',
          run: [
            'k6 run tests/load/predict.js',
            'aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name v2'
          ]
        }
      }),
      status: 'pass',
      messageId: 'tested'
    },
    {
      name: 'API integration tests of the scoring service',
      files: mlWorkflow('push', {
        'api-tests': { run: ['pytest tests/integration'] },
        'deploy-prod': {
          needs: ['api-tests'],
          environment: 'production',
          run: ['gcloud ai models upload --region=eu']
        }
      }),
      status: 'pass',
      messageId: 'tested'
    },
    {
      name: 'an in-house endpoint test named by the run option',
      files: mlWorkflow('push', {
        probe: { run: ['python scripts/score_endpoint.py --url $STAGING_URL'] },
        'deploy-prod': { needs: ['probe'], environment: 'production', run: [deploy('prod')] }
      }),
      options: { run: 'score_endpoint\\.py' },
      status: 'pass',
      messageId: 'tested'
    }
  ],
  invalid: [
    {
      name: 'smoke tests after the production deploy only (near miss)',
      files: mlWorkflow('push', {
        'deploy-prod': { environment: 'production', run: [deploy('prod')] },
        smoke: { needs: ['deploy-prod'], run: ['./scripts/smoke-test.sh'] }
      }),
      status: 'fail',
      messageId: 'untested',
      mentions: ['`deploy-prod`', 'tests in `smoke`, but not before it'],
      at: '.github/workflows/ml.yml:3'
    },
    {
      name: 'unit tests of the model code are not tests of the service',
      files: mlWorkflow('push', {
        test: { run: ['pytest tests/unit'] },
        'deploy-prod': { needs: ['test'], environment: 'production', run: [deploy('prod')] }
      }),
      status: 'fail',
      messageId: 'untested'
    },
    {
      name: 'model deploys with no production environment',
      files: mlWorkflow('workflow_dispatch', { 'create-deployment': { run: [deploy('online')] } }),
      status: 'fail',
      messageId: 'no-production'
    },
    {
      name: 'no model deploy',
      files: mlWorkflow('push', { train: { run: ['python train.py'] } }),
      status: 'fail',
      messageId: 'no-model-deploy'
    }
  ]
})
