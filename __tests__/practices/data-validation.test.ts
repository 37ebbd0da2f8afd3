import { dataValidation } from '../../src/practices/data-validation.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const steps = (...runs: string[]) => runs.map(run => `      - run: ${run}\n`).join('')
const oneJob = (...runs: string[]) =>
  workflow(`on: push\njobs:\n  pipeline:\n    runs-on: x\n    steps:\n${steps(...runs)}`)
/** A ZenML pipeline the workflow runs in one step, its steps called in the order given. */
const zenmlPipeline = (...calls: string[]) => ({
  ...oneJob('python run.py --training'),
  'run.py': 'from pipelines.training import training_pipeline\n\ntraining_pipeline()\n',
  'pipelines/training.py': [
    'from zenml import pipeline',
    '',
    '@pipeline',
    'def training_pipeline():',
    '    X_train, X_test = load_data()',
    ...calls.map(call => `    ${call}`),
    ''
  ].join('\n')
})

testPractice(dataValidation, {
  valid: [
    {
      name: 'a Great Expectations checkpoint before training in the same job',
      files: oneJob('great_expectations checkpoint run taxi_data', 'python src/train.py'),
      status: 'pass',
      messageId: 'validated',
      mentions: ['`pipeline`'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'a validation job that training needs',
      files: workflow(
        `on: push\njobs:\n  validate:\n    runs-on: x\n    steps:\n${steps('python -m pandera_checks && pandera --help')}  train:\n    needs: validate\n    runs-on: x\n    steps:\n${steps('dvc repro train')}`
      ),
      status: 'pass',
      messageId: 'validated',
      mentions: ['`validate`']
    },
    {
      name: 'the great_expectations action',
      files: workflow(
        'on: push\njobs:\n  gx:\n    runs-on: x\n    steps:\n      - uses: great-expectations/great_expectations_action@main\n        with:\n          CHECKPOINTS: taxi\n  train:\n    needs: gx\n    runs-on: x\n    steps:\n      - run: python train.py\n'
      ),
      status: 'pass',
      messageId: 'validated'
    },
    {
      name: 'a validate_data.py script before a SageMaker training job',
      files: oneJob(
        'python scripts/validate_data.py --input s3://bucket/raw',
        'aws sagemaker create-training-job --cli-input-json file://job.json'
      ),
      status: 'pass',
      messageId: 'validated'
    },
    {
      name: 'validation before training inside the ZenML pipeline one step runs (its own order, §4.4)',
      files: zenmlPipeline(
        'X_train = validate_data_quality(X_train, min_rows=100)',
        'model = train_model(X_train)',
        'metrics = evaluate_model(model, X_test)'
      ),
      status: 'pass',
      messageId: 'validated',
      mentions: ['`pipeline`']
    },
    {
      name: 'a validation the training waits for by `.after()` inside the pipeline',
      files: zenmlPipeline(
        'checked = validate_data_quality(X_train)',
        'model = train_model(X_train, after=[checked])'
      ),
      status: 'pass',
      messageId: 'validated'
    },
    {
      name: 'a validation script before training in one run step (§5.1: a failing line stops the script)',
      files: oneJob('"python scripts/validate_data.py && python train.py"'),
      status: 'pass',
      messageId: 'validated'
    },
    {
      name: 'an in-house check named in the run option',
      files: oneJob('python checks/schema_guard.py', 'python train.py'),
      options: { run: 'schema_guard\\.py' },
      status: 'pass',
      messageId: 'validated'
    }
  ],
  invalid: [
    {
      name: 'validation after training in the same job (near miss)',
      files: oneJob('python train.py', 'deepchecks --suite data_integrity'),
      status: 'fail',
      messageId: 'not-before',
      mentions: ['`pipeline`', 'data validation in `pipeline`, but not before it'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'validation after training inside the pipeline one step runs (near miss)',
      files: zenmlPipeline('model = train_model(X_train)', 'X_checked = validate_data_quality(X_test)'),
      status: 'fail',
      messageId: 'not-before',
      mentions: ['data validation in `pipeline`, but not before it']
    },
    {
      name: 'validation in parallel with training inside the pipeline is not before it (near miss, §4.4)',
      files: zenmlPipeline(
        'validate_data_quality(X_train, min_rows=100)',
        'model = train_model(X_train)',
        'metrics = evaluate_model(model, X_test)'
      ),
      status: 'fail',
      messageId: 'not-before'
    },
    {
      name: 'a step named for validation that also trains gives no order inside it (near miss)',
      files: workflow(
        'on: push\njobs:\n  pipeline:\n    runs-on: x\n    steps:\n      - name: Validate data\n        run: python train.py\n'
      ),
      status: 'fail',
      messageId: 'not-before'
    },
    {
      name: 'a validation job that training does not need',
      files: workflow(
        `on: push\njobs:\n  validate:\n    runs-on: x\n    steps:\n${steps('evidently report')}  train:\n    runs-on: x\n    steps:\n${steps('python train.py')}`
      ),
      status: 'fail',
      messageId: 'not-before',
      mentions: ['`train`', '`validate`']
    },
    {
      name: 'one of two training jobs is not validated',
      files: workflow(
        `on: push\njobs:\n  validate:\n    runs-on: x\n    steps:\n${steps('tfdv validate')}  train:\n    needs: validate\n    runs-on: x\n    steps:\n${steps('python train.py')}  retrain-nightly:\n    runs-on: x\n    steps:\n${steps('python train.py --full')}`
      ),
      status: 'fail',
      messageId: 'not-before',
      mentions: ['`retrain-nightly`']
    },
    {
      name: 'training with no validation anywhere',
      files: oneJob('python train.py'),
      status: 'fail',
      messageId: 'not-before'
    },
    {
      name: 'registering a dataset is not validating it',
      files: oneJob('az ml data create -f data.yml', 'python train.py'),
      status: 'fail',
      messageId: 'not-before'
    },
    {
      name: 'validation but no training job',
      files: oneJob('great_expectations checkpoint run nightly'),
      status: 'fail',
      messageId: 'no-training',
      mentions: ['`pipeline`']
    },
    { name: 'neither', files: oneJob('pytest'), status: 'fail', messageId: 'none' },
    {
      // Training needs the validation job, yet sees its failure as success: the order gates nothing (§11).
      name: 'a validation job with continue-on-error: true before training: unknown, naming the job',
      files: workflow(
        `on: push\njobs:\n  validate:\n    runs-on: x\n    continue-on-error: true\n    steps:\n${steps('great_expectations checkpoint run taxi_data')}  train:\n    needs: validate\n    runs-on: x\n    steps:\n${steps('python train.py')}`
      ),
      status: 'unknown',
      messageId: 'swallowed',
      mentions: ['`continue-on-error: true` on `validate`']
    }
  ]
})
