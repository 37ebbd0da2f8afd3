import { pipelineDeployed } from '../../src/practices/pipeline-deployed.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const deploy = (on: string, step: string) =>
  workflow(`on: ${on}\njobs:\n  pipeline:\n    runs-on: x\n    steps:\n      - ${step}\n`, 'cd.yml')

testPractice(pipelineDeployed, {
  valid: [
    {
      name: 'a Kubeflow pipeline uploaded on push',
      files: deploy('push', 'run: kfp pipeline upload -p churn pipeline.yaml'),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`pipeline`', 'push'],
      at: '.github/workflows/cd.yml:6'
    },
    {
      name: 'a SageMaker pipeline updated on release',
      files: deploy(
        'release',
        'run: aws sagemaker update-pipeline --pipeline-name churn --pipeline-definition file://p.json'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['release']
    },
    {
      name: 'an Azure ML pipeline job through azure/cli on push',
      files: deploy(
        'push',
        'uses: azure/cli@v2\n        with:\n          inlineScript: az ml job create --file mlops/azureml/train/pipeline.yml'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a Vertex AI pipeline submitted by a script after CI',
      files: {
        ...workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest\n', 'ci.yml'),
        ...workflow(
          'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\njobs:\n  vertex:\n    runs-on: x\n    steps:\n      - run: python scripts/submit_pipeline.py --region europe-west4\n',
          'cd.yml'
        )
      },
      status: 'pass',
      messageId: 'runs',
      mentions: ['workflow_run']
    }
  ],
  invalid: [
    {
      name: 'the pipeline is submitted only by hand (Azure mlops-v2 shape)',
      files: deploy(
        'workflow_dispatch',
        'run: az ml job create --file pipeline.yml --set display_name=pipeline'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`pipeline`', 'workflow_dispatch']
    },
    {
      name: 'a pipeline run on pull requests only is a test, not delivery',
      files: deploy('pull_request', 'run: kfp run submit -e dev -p churn'),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['pull_request']
    },
    {
      name: 'compiling the pipeline in CI without uploading it',
      files: deploy('push', 'run: python -m kfp.compiler --py pipeline.py --output pipeline.yaml'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
