import { continuousTraining } from '../../src/practices/continuous-training.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const train =
  '    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: python src/train.py\n'
const on = (triggers: string) => workflow(`on:\n${triggers}jobs:\n  train:\n${train}`, 'train.yml')

testPractice(continuousTraining, {
  valid: [
    {
      name: 'weekly retraining on a schedule',
      files: on('  schedule:\n    - cron: "0 3 * * 1"\n  workflow_dispatch:\n'),
      status: 'pass',
      messageId: 'trains-on-trigger',
      mentions: ['`train`', 'schedule (0 3 * * 1)'],
      at: '.github/workflows/train.yml:2'
    },
    {
      name: 'a push that changes DVC-tracked data',
      files: on('  push:\n    branches: [main]\n    paths: ["data/**", "src/**"]\n'),
      status: 'pass',
      messageId: 'trains-on-trigger',
      mentions: ['push to data/**']
    },
    {
      name: 'a push that changes a .dvc pointer file',
      files: on('  push:\n    paths:\n      - "**/*.dvc"\n'),
      status: 'pass',
      messageId: 'trains-on-trigger'
    },
    {
      name: 'the data pipeline dispatches a retrain',
      files: on('  repository_dispatch:\n    types: [new-data]\n'),
      status: 'pass',
      messageId: 'trains-on-trigger',
      mentions: ['repository_dispatch']
    },
    {
      name: 'retraining after the ingestion workflow completes',
      files: {
        ...workflow(
          'on: push\njobs:\n  ingest:\n    runs-on: x\n    steps:\n      - run: python ingest.py\n',
          'ingest.yml'
        ),
        ...on('  workflow_run:\n    workflows: [Ingest]\n    types: [completed]\n')
      },
      status: 'pass',
      messageId: 'trains-on-trigger',
      mentions: ['workflow_run of Ingest']
    },
    {
      name: 'a SageMaker training job on a schedule',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  retrain:\n    runs-on: x\n    steps:\n      - run: aws sagemaker create-training-job --cli-input-json file://job.json\n'
      ),
      status: 'pass',
      messageId: 'trains-on-trigger'
    },
    {
      name: 'a data-paths option for a custom layout',
      files: on('  push:\n    paths: ["warehouse/exports/**"]\n'),
      options: { 'data-paths': '^warehouse/' },
      status: 'pass',
      messageId: 'trains-on-trigger'
    }
  ],
  invalid: [
    {
      name: 'training only by hand (Azure ML dispatch-only shape)',
      files: on('  workflow_dispatch:\n'),
      status: 'fail',
      messageId: 'not-continuous',
      mentions: ['`train`', 'workflow_dispatch']
    },
    {
      name: 'training on every pull request is CI, not continuous training',
      files: on('  pull_request:\n    paths: ["data/**"]\n'),
      status: 'fail',
      messageId: 'not-continuous',
      mentions: ['pull_request']
    },
    {
      name: 'a push filtered to code paths only (near miss names the paths)',
      files: on('  push:\n    paths: ["src/**", "requirements.txt"]\n'),
      status: 'fail',
      messageId: 'push-without-data-paths',
      mentions: ['`train`', 'src/**, requirements.txt'],
      at: '.github/workflows/train.yml:2'
    },
    {
      name: 'a push without any paths filter retrains on any code change',
      files: on('  push:\n    branches: [main]\n'),
      status: 'fail',
      messageId: 'not-continuous'
    },
    {
      name: 'a schedule in a workflow whose job skips scheduled runs',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * *"\n  workflow_dispatch:\njobs:\n  train:\n    if: github.event_name == \'workflow_dispatch\'\n    runs-on: x\n    steps:\n      - run: python train.py\n'
      ),
      status: 'fail',
      messageId: 'not-continuous'
    },
    {
      name: 'a scheduled workflow that does not train',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  report:\n    runs-on: x\n    steps:\n      - run: python report.py\n'
      ),
      status: 'fail',
      messageId: 'no-training'
    }
  ]
})
