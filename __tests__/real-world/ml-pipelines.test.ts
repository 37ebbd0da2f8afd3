import { automatedModelDeploy } from '../../src/practices/automated-model-deploy.js'
import { continuousTraining } from '../../src/practices/continuous-training.js'
import { dataValidation } from '../../src/practices/data-validation.js'
import { mlMetadata } from '../../src/practices/ml-metadata.js'
import { modelMetricsRecorded } from '../../src/practices/model-metrics-recorded.js'
import { modelServingTests } from '../../src/practices/model-serving-tests.js'
import { stagedModelPromotion } from '../../src/practices/staged-model-promotion.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

/** Real-world patterns §1.4, §1.5 and §9, on snippets shaped like the public ML pipelines they were seen in. */

const inference = (deployProd: string, extra = '') =>
  workflow(
    `name: Deploy Inference Endpoint and API
on: { push: { branches: [main] } }
jobs:
  deploy-staging:
    runs-on: ubuntu-latest
    env: { DEPLOYMENT_ENV: staging }
    steps:
      - uses: actions/checkout@v4
      - name: Transition Model to Staging
        run: python scripts/manage_mlflow_model.py --stage Staging
      - uses: acme/composite-action-cdk-deploy@main
        with: { folder: src/model_deploy/stack }
${extra}  deploy-prod:
    runs-on: ubuntu-latest
    needs: ${deployProd}
    env: { DEPLOYMENT_ENV: prod }
    steps:
      - uses: actions/checkout@v4
      - name: Transition Model to Production
        run: python scripts/manage_mlflow_model.py --stage Production
      - uses: acme/composite-action-cdk-deploy@main
        with: { folder: src/model_deploy/stack }
`,
    'deploy-inference.yml'
  )

const testApi = `  test-api:
    runs-on: ubuntu-latest
    needs: deploy-staging
    steps:
      - uses: actions/checkout@v4
      - name: Test Staging API
        run: python3 test/test_endpoint.py --env staging
`

testPractice(stagedModelPromotion, {
  valid: [
    {
      name: '§1.5: an MLflow transition to Staging in a staging environment before the production one',
      files: workflow(`on: push
jobs:
  staging:
    runs-on: x
    environment: staging
    steps:
      - run: python -c "from mlflow import MlflowClient; MlflowClient().transition_model_version_stage('m', 3, 'Staging')"
  production:
    runs-on: x
    needs: staging
    environment: production
    steps:
      - run: python -c "from mlflow import MlflowClient; MlflowClient().transition_model_version_stage('m', 3, 'Production')"
`),
      status: 'pass',
      messageId: 'staged'
    }
  ],
  invalid: [
    {
      name: '§1.4: deploy-staging → deploy-prod named only by ids and DEPLOYMENT_ENV: both readings',
      files: inference('deploy-staging'),
      status: 'unknown',
      messageId: 'named-only',
      mentions: ['deploy-prod', 'production is named only by', 'if not']
    },
    {
      name: '§1.5: az ml online-deployment create in a production environment with nothing before it',
      files: workflow(`on: push
jobs:
  deploy:
    runs-on: x
    environment: production
    steps:
      - run: az ml online-deployment create -f deploy.yml --all-traffic
`),
      status: 'fail',
      messageId: 'unstaged'
    },
    {
      name: 'near miss: a CDK deploy of a web app named for nothing ML is no model deploy',
      files: workflow(`on: push
jobs:
  web:
    runs-on: x
    environment: production
    steps:
      - run: npx cdk deploy WebStack --require-approval never
`),
      status: 'fail',
      messageId: 'no-model-deploy'
    }
  ]
})

testPractice(modelServingTests, {
  valid: [
    {
      name: '§9.6: "Test Staging API" before deploy-prod (production named only by ids)',
      files: inference('test-api', testApi),
      status: 'pass',
      messageId: 'tested-no-production'
    },
    {
      name: '§9.6: curl --fail POST /score before the production model deploy',
      files: workflow(`on: push
jobs:
  smoke:
    runs-on: x
    steps:
      - run: curl --fail -X POST -d @sample.json https://staging.example.com/score
  deploy:
    runs-on: x
    needs: smoke
    environment: production
    steps:
      - run: az ml online-deployment create -f deploy.yml
`),
      status: 'pass',
      messageId: 'tested'
    }
  ],
  invalid: [
    {
      name: '§1.5: anyscale service rollout with no test names the real gap',
      files: workflow(
        `on: { push: { branches: [main] } }
jobs:
  serve:
    runs-on: x
    steps:
      - run: anyscale service rollout -f deploy/services/serve_model.yaml
`,
        'serve.yml'
      ),
      status: 'fail',
      messageId: 'no-production',
      mentions: ['nothing tests the prediction service']
    }
  ]
})

testPractice(automatedModelDeploy, {
  valid: [
    {
      name: '§1.5: a deploy needing the training job is a model deploy; evaluation comes first',
      files: workflow(`on: { push: { branches: [main] } }
jobs:
  train:
    runs-on: x
    steps:
      - run: python src/train.py
      - run: python src/evaluate.py
  ship:
    runs-on: x
    needs: train
    environment: production
    steps:
      - run: gcloud run deploy predictor --image gcr.io/p/predictor:\${{ github.sha }}
`),
      status: 'pass',
      messageId: 'automated'
    }
  ],
  invalid: [
    {
      name: '§1.5: python -m pkg.deploy on dispatch only',
      files: workflow(`on: workflow_dispatch
jobs:
  release:
    runs-on: x
    steps:
      - run: python -m taxi.deploy --model-version 7
`),
      status: 'fail',
      messageId: 'manual'
    },
    {
      name: 'near miss: a web deploy after a build is no model deploy',
      files: workflow(`on: push
jobs:
  build:
    runs-on: x
    steps:
      - run: npm run build
  ship:
    runs-on: x
    needs: build
    environment: production
    steps:
      - run: gcloud run deploy web --image gcr.io/p/web
`),
      status: 'fail',
      messageId: 'none'
    }
  ]
})

testPractice(continuousTraining, {
  valid: [
    {
      name: '§9.1: a weekly driver with --run-execution is scheduled training',
      files: workflow(`on: { schedule: [{ cron: '0 0 * * 0' }] }
jobs:
  run-pipeline:
    runs-on: x
    steps:
      - run: python3 scripts/submit_pipeline.py --run-execution
`),
      status: 'pass',
      messageId: 'trains-on-trigger'
    }
  ],
  invalid: [
    {
      name: '§2.1/§9.1: building training images on push is packaging, not training',
      files: workflow(`on: { push: { paths: ['docker/training/**'] } }
jobs:
  build-images:
    runs-on: x
    steps:
      - name: Build and push training image
        uses: acme/composite-action-push-image-ecr@main
        with: { image: training, folder: docker/training }
`),
      status: 'fail',
      messageId: 'no-training'
    },
    {
      name: '§9.1: a pipeline run on pull_request only is not continuous',
      files: workflow(`on: pull_request
jobs:
  run:
    runs-on: x
    steps:
      - run: aws sagemaker start-pipeline-execution --pipeline-name abalone
`),
      status: 'fail',
      messageId: 'not-continuous'
    }
  ]
})

testPractice(dataValidation, {
  valid: [
    {
      name: '§5.1: validation step before the training step in one job',
      files: workflow(`on: push
jobs:
  train:
    runs-on: x
    steps:
      - run: great_expectations checkpoint run train_data
      - run: python -m pkg.train
`),
      status: 'pass',
      messageId: 'validated'
    }
  ],
  invalid: [
    {
      name: '§9.5/§11: validation before training that cannot stop it',
      files: workflow(`on: push
jobs:
  train:
    runs-on: x
    steps:
      - name: Validate data
        run: great_expectations checkpoint run train_data || true
      - run: python -m pkg.train
`),
      status: 'unknown',
      messageId: 'swallowed'
    },
    {
      name: '§9.5: validation in another workflow does not count for this training',
      files: {
        ...workflow(
          'name: Data\non: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: great_expectations checkpoint run raw\n',
          'data.yml'
        ),
        ...workflow(
          'on: { workflow_run: { workflows: [Data], types: [completed] } }\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python -m pkg.train\n',
          'train.yml'
        )
      },
      status: 'fail',
      messageId: 'not-before'
    }
  ]
})

testPractice(mlMetadata, {
  valid: [
    {
      name: '§9.4: MLFLOW_TRACKING_URI in the workflow env',
      files: workflow(`on: push
env: { MLFLOW_TRACKING_URI: 'https://mlflow.example.com' }
jobs:
  train:
    runs-on: x
    steps:
      - run: python src/train.py
`),
      status: 'pass',
      messageId: 'tracked-by-workflow'
    },
    {
      name: "§9.4: an Azure ML spec's experiment_name, read from the submitted file",
      files: {
        ...workflow(`on: push
jobs:
  train:
    runs-on: x
    steps:
      - run: az ml job create -f cli/jobs/train.yml --stream
`),
        'cli/jobs/train.yml': 'experiment_name: train_taxi\ncommand: python train.py\n'
      },
      // The followed spec states it (script runners), so it is tracking the catalog sees, not only text.
      status: 'pass',
      messageId: 'tracked'
    },
    {
      name: '§9.3: the commit handed to the pipeline run is a run record',
      files: workflow(`on: pull_request
jobs:
  run-zenml-pipeline:
    runs-on: x
    env: { ZENML_GITHUB_SHA: '\${{ github.event.pull_request.head.sha }}' }
    steps:
      - run: python scripts/run_pipeline.py --pipeline training
`),
      status: 'pass',
      messageId: 'tracked-by-workflow'
    },
    {
      name: '§9.4: mlflow in the training requirements',
      files: {
        ...workflow(
          'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python src/train.py\n'
        ),
        'requirements.txt': 'pandas\nmlflow==2.9.0\n'
      },
      status: 'pass',
      messageId: 'tracker-dependency'
    }
  ],
  invalid: [
    {
      name: '§9.4: tracking only in the Python a platform job runs',
      files: {
        ...workflow(
          'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python scripts/submit_pipeline.py --run-execution\n'
        ),
        'scripts/submit_pipeline.py': 'import mlflow\npipeline.start()\n'
      },
      status: 'unknown',
      messageId: 'remote-only'
    },
    {
      name: 'near miss: github.sha as an image tag in a build job is no run record',
      files: workflow(
        'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: docker build -t app:${{ github.sha }} .\n'
      ),
      status: 'fail',
      messageId: 'none'
    }
  ]
})

testPractice(modelMetricsRecorded, {
  valid: [
    {
      name: '§9.3: --results-fp on a json file',
      files: workflow(
        'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python madewithml/evaluate.py --results-fp results/evaluation_results.json\n'
      ),
      status: 'pass',
      messageId: 'written-by-step'
    },
    {
      name: '§9.3: a run-time report read back into the PR comment',
      files: workflow(
        'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python src/models/train_model_cml.py\n      - run: cat classification_report.txt >> report.md\n'
      ),
      status: 'pass',
      messageId: 'written-by-step'
    },
    {
      name: '§9.2/§9.3: jq reading test_rmse from a report',
      files: workflow(
        'on: push\njobs:\n  cmp:\n    runs-on: x\n    steps:\n      - run: new=$(jq .test_rmse out/run.json)\n'
      ),
      status: 'pass',
      messageId: 'written-by-step'
    }
  ],
  invalid: [
    {
      name: 'near miss: cat of a README is no metrics file',
      files: workflow(
        'on: push\njobs:\n  docs:\n    runs-on: x\n    steps:\n      - run: cat README.md >> summary.md\n'
      ),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
