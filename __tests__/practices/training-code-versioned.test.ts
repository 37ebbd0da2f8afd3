import { trainingCodeVersioned } from '../../src/practices/training-code-versioned.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(trainingCodeVersioned, {
  valid: [
    {
      name: '`train` as a word inside a notebook name',
      files: { 'src/01-module/iris-train-pipeline.ipynb': '', 'README.md': '' },
      status: 'pass',
      messageId: 'found',
      mentions: ['iris-train-pipeline.ipynb']
    },
    {
      name: 'a numbered training notebook and a training package',
      files: { 'notebooks/3_model_training.ipynb': '', 'src/pkg/training/__init__.py': '' },
      status: 'pass',
      messageId: 'found'
    },
    {
      name: 'a train.py script',
      files: { 'src/train.py': '', 'README.md': '' },
      status: 'pass',
      messageId: 'found',
      mentions: ['`src/train.py`'],
      at: 'src/train.py:1'
    },
    {
      name: 'a DVC pipeline',
      files: { 'dvc.yaml': 'stages: {}\n' },
      status: 'pass',
      messageId: 'found',
      mentions: ['`dvc.yaml`']
    },
    { name: 'an MLflow project', files: { 'model/MLproject': '' }, status: 'pass', messageId: 'found' },
    {
      name: 'an Azure ML pipeline definition',
      files: { 'mlops/azureml/train/pipeline.yml': '' },
      status: 'pass',
      messageId: 'found'
    },
    {
      name: 'a SageMaker pipeline module',
      files: { 'pipelines/abalone/sagemaker_pipeline.py': '' },
      status: 'pass',
      messageId: 'found'
    },
    {
      name: 'a training notebook',
      files: { 'notebooks/training.ipynb': '' },
      status: 'pass',
      messageId: 'found'
    },
    {
      name: 'no file matches, but a workflow trains through make',
      files: {
        ...workflow('on: push\njobs:\n  fit:\n    runs-on: x\n    steps:\n      - run: make train\n'),
        Makefile: 'train:\n\tpython -m model.fit\n'
      },
      status: 'pass',
      messageId: 'trained-by-workflow',
      mentions: ['`fit`'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'the files option points at an in-house layout',
      files: { 'models/churn/fit_model.py': '' },
      options: { files: ['models/*/fit_*.py'] },
      status: 'pass',
      messageId: 'found'
    }
  ],
  invalid: [
    {
      name: '`train` inside another word is not training code (constraints.py, strain_gauge.py)',
      files: { 'src/constraints.py': '', 'src/strain_gauge.py': '', 'README.md': '' },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'only exploration notebooks (near miss names them)',
      files: { 'notebooks/eda.ipynb': '', 'README.md': '' },
      status: 'fail',
      messageId: 'none',
      mentions: ['`notebooks/eda.ipynb`']
    },
    {
      name: 'train.py inside a virtual environment is not ours',
      files: { '.venv/lib/python3.12/site-packages/sklearn/train.py': '' },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a CI workflow called pipeline.yml is not an ML pipeline',
      files: workflow(
        'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n',
        'pipeline.yml'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'test_train.py tests training code that is not here',
      files: { 'tests/test_train.py': '' },
      status: 'fail',
      messageId: 'none'
    },
    { name: 'an empty repository', files: { 'README.md': '' }, status: 'fail', messageId: 'none' }
  ]
})
