import { describe, expect, it } from '@jest/globals'
import { resolveScript } from '../../../src/workflow/script-resolution.js'
import type { ResolvedCommand } from '../../../src/workflow/script-resolution.js'

type Case = [
  name: string,
  script: string,
  files: Record<string, string>,
  cwd: string | undefined,
  expected: ResolvedCommand[]
]

const resolve = (script: string, table: Record<string, string>, cwd?: string): ResolvedCommand[] =>
  resolveScript(script, file => table[file], cwd === undefined ? {} : { cwd })
const top = (command: string, extra: Partial<ResolvedCommand> = {}): ResolvedCommand => ({
  command,
  via: [],
  ...extra
})
const table = (cases: Case[]): void => {
  it.each(cases)('%s', (_name, script, files, cwd, expected) => {
    expect(resolve(script, files, cwd)).toEqual(expected)
  })
}

const AML_COMMAND_JOB = `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json
experiment_name: train_nyc_taxi
type: command
code: ../../src/model
command: >-
  python train.py
  --input_data \${{inputs.nyc_taxi_data}}
environment: azureml:nyc-taxi-env@latest
compute: azureml:cpu-cluster
`
const AML_PIPELINE = `$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json
type: pipeline
experiment_name: taxi-training
jobs:
  prep_data:
    type: command
    code: ../../../data-science/src
    command: python prep.py --raw_data \${{inputs.raw_data}}
  check_quality:
    type: command
    component: file:./components/deepchecks.yml
  train_model:
    type: command
    component: azureml:train_model@latest
`
const DEEPCHECKS = `name: data_quality
code: ../../../../data-science/quality
command: deepchecks-run --dataset \${{inputs.data}}
`

describe('az ml job create: Azure ML command and pipeline jobs', () => {
  table([
    [
      'command job run from its working directory: command in code:, experiment_name as tracking',
      'az ml job create -f train.yml --resource-group rg --workspace-name ws',
      { 'cli/jobs/train.yml': AML_COMMAND_JOB },
      'cli/jobs',
      [
        top('az ml job create -f train.yml --resource-group rg --workspace-name ws'),
        {
          command: 'experiment_name: train_nyc_taxi',
          via: [
            'az ml job create -f train.yml --resource-group rg --workspace-name ws',
            'cli/jobs/train.yml:2 experiment_name: train_nyc_taxi'
          ],
          purposes: ['experiment-tracking']
        },
        {
          command: 'python train.py --input_data ${{inputs.nyc_taxi_data}}',
          via: [
            'az ml job create -f train.yml --resource-group rg --workspace-name ws',
            'cli/jobs/train.yml:5 command'
          ]
        }
      ]
    ],
    [
      'pipeline job: each job in order, a file: component read beside the spec, a registered one skipped',
      'az ml job create --file mlops/azureml/train/pipeline.yml',
      {
        'mlops/azureml/train/pipeline.yml': AML_PIPELINE,
        'mlops/azureml/train/components/deepchecks.yml': DEEPCHECKS
      },
      undefined,
      [
        top('az ml job create --file mlops/azureml/train/pipeline.yml'),
        {
          command: 'experiment_name: taxi-training',
          via: [
            'az ml job create --file mlops/azureml/train/pipeline.yml',
            'mlops/azureml/train/pipeline.yml:3 experiment_name: taxi-training'
          ],
          purposes: ['experiment-tracking']
        },
        {
          command: 'python prep.py --raw_data ${{inputs.raw_data}}',
          via: [
            'az ml job create --file mlops/azureml/train/pipeline.yml',
            'mlops/azureml/train/pipeline.yml:8 jobs.prep_data.command'
          ]
        },
        {
          command: 'deepchecks-run --dataset ${{inputs.data}}',
          via: [
            'az ml job create --file mlops/azureml/train/pipeline.yml',
            'mlops/azureml/train/components/deepchecks.yml:3 jobs.check_quality command'
          ]
        }
      ]
    ]
  ])
  table([
    [
      'az ml model create is not a job',
      'az ml model create --name m --path model -f model.yml',
      { 'model.yml': AML_COMMAND_JOB },
      undefined,
      [top('az ml model create --name m --path model -f model.yml')]
    ],
    [
      'az webapp is not Azure ML',
      'az webapp deploy --src-path app.zip',
      {},
      undefined,
      [top('az webapp deploy --src-path app.zip')]
    ],
    [
      'a spec written by an earlier step is unread, with the reason',
      'az ml job create --file generated/job.yml',
      {},
      undefined,
      [
        top('az ml job create --file generated/job.yml', {
          unread: 'generated/job.yml was not found in the repository'
        })
      ]
    ],
    [
      'a spec path from a variable',
      'az ml job create -f $JOB_SPEC',
      {},
      undefined,
      [
        top('az ml job create -f $JOB_SPEC', {
          unread: '$JOB_SPEC is named by a variable, so it could not be read'
        })
      ]
    ],
    [
      'a spec that is not YAML',
      'az ml job create -f job.yml',
      { 'job.yml': 'jobs: [unclosed\n' },
      undefined,
      [top('az ml job create -f job.yml', { unread: 'job.yml could not be parsed' })]
    ]
  ])
})

const ANYSCALE_SPEC = `name: workloads
compute_config: madewithml-cluster-compute
runtime_env:
  working_dir: .
  upload_path: s3://madewithml/jobs
entrypoint: bash deploy/jobs/workloads.sh
max_retries: 0
`

describe('anyscale job(s) submit: the entrypoint, in the uploaded working_dir', () => {
  table([
    [
      'older plural CLI, positional spec, entrypoint followed into the script',
      'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
      {
        'deploy/jobs/workloads.yaml': ANYSCALE_SPEC,
        'deploy/jobs/workloads.sh': 'set -e\npython madewithml/train.py\n'
      },
      undefined,
      [
        top('anyscale jobs submit deploy/jobs/workloads.yaml --wait'),
        {
          command: 'bash deploy/jobs/workloads.sh',
          via: [
            'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
            'deploy/jobs/workloads.yaml:6 entrypoint'
          ]
        },
        {
          command: 'set -e',
          via: [
            'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
            'deploy/jobs/workloads.yaml:6 entrypoint',
            'bash deploy/jobs/workloads.sh',
            'deploy/jobs/workloads.sh'
          ]
        },
        {
          command: 'python madewithml/train.py',
          via: [
            'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
            'deploy/jobs/workloads.yaml:6 entrypoint',
            'bash deploy/jobs/workloads.sh',
            'deploy/jobs/workloads.sh'
          ]
        }
      ]
    ],
    [
      'new CLI with --config-file',
      'anyscale job submit --config-file jobs/train.yaml',
      { 'jobs/train.yaml': 'name: train\nentrypoint: python train.py --epochs 3\n' },
      undefined,
      [
        top('anyscale job submit --config-file jobs/train.yaml'),
        {
          command: 'python train.py --epochs 3',
          via: ['anyscale job submit --config-file jobs/train.yaml', 'jobs/train.yaml:2 entrypoint']
        }
      ]
    ]
  ])
  table([
    [
      'anyscale service rollout is not a job',
      'anyscale service rollout --service-config-file serve.yaml',
      { 'serve.yaml': ANYSCALE_SPEC },
      undefined,
      [top('anyscale service rollout --service-config-file serve.yaml')]
    ],
    [
      'a spec without entrypoint cannot be read as a job',
      'anyscale job submit jobs/train.yaml',
      { 'jobs/train.yaml': 'name: train\n' },
      undefined,
      [top('anyscale job submit jobs/train.yaml', { unread: 'jobs/train.yaml could not be parsed' })]
    ],
    [
      'missing spec',
      'anyscale job submit jobs/train.yaml',
      {},
      undefined,
      [
        top('anyscale job submit jobs/train.yaml', {
          unread: 'jobs/train.yaml was not found in the repository'
        })
      ]
    ]
  ])
})

const DVC_YAML = `stages:
  prepare:
    cmd: python src/prepare.py data/raw
    deps:
      - data/raw
    outs:
      - data/prepared
  train:
    cmd:
      - python src/train.py data/prepared
      - python src/export.py
    deps:
      - data/prepared
    outs:
      - model.pkl
  evaluate:
    cmd: python src/evaluate.py model.pkl
    deps:
      - model.pkl
    metrics:
      - eval/metrics.json:
          cache: false
`

describe('dvc repro / dvc exp run: dvc.yaml stages in dependency order', () => {
  const via = (line: number, stage: string, command = 'dvc repro'): string[] => [
    command,
    `dvc.yaml:${line} stages.${stage}.cmd`
  ]
  table([
    [
      'every stage, in file order',
      'dvc repro',
      { 'dvc.yaml': DVC_YAML },
      undefined,
      [
        top('dvc repro'),
        { command: 'python src/prepare.py data/raw', via: via(3, 'prepare') },
        { command: 'python src/train.py data/prepared', via: via(10, 'train') },
        { command: 'python src/export.py', via: via(10, 'train') },
        { command: 'python src/evaluate.py model.pkl', via: via(17, 'evaluate') }
      ]
    ],
    [
      'a named stage runs after the stages it depends on',
      'dvc exp run evaluate -S train.epochs=5',
      { 'dvc.yaml': DVC_YAML },
      undefined,
      [
        top('dvc exp run evaluate -S train.epochs=5'),
        {
          command: 'python src/prepare.py data/raw',
          via: via(3, 'prepare', 'dvc exp run evaluate -S train.epochs=5')
        },
        {
          command: 'python src/train.py data/prepared',
          via: via(10, 'train', 'dvc exp run evaluate -S train.epochs=5')
        },
        { command: 'python src/export.py', via: via(10, 'train', 'dvc exp run evaluate -S train.epochs=5') },
        {
          command: 'python src/evaluate.py model.pkl',
          via: via(17, 'evaluate', 'dvc exp run evaluate -S train.epochs=5')
        }
      ]
    ],
    [
      '-f is --force, not a file; dvc.yaml:stage form',
      'dvc repro -f dvc.yaml:prepare',
      { 'dvc.yaml': DVC_YAML },
      undefined,
      [
        top('dvc repro -f dvc.yaml:prepare'),
        { command: 'python src/prepare.py data/raw', via: via(3, 'prepare', 'dvc repro -f dvc.yaml:prepare') }
      ]
    ]
  ])
  table([
    ['dvc pull runs no stage', 'dvc pull', { 'dvc.yaml': DVC_YAML }, undefined, [top('dvc pull')]],
    [
      'dvc metrics diff runs no stage',
      'dvc metrics diff main',
      { 'dvc.yaml': DVC_YAML },
      undefined,
      [top('dvc metrics diff main')]
    ],
    [
      'dvc repro without dvc.yaml',
      'dvc repro',
      {},
      undefined,
      [top('dvc repro', { unread: 'dvc.yaml was not found in the repository' })]
    ]
  ])
})

const MLPROJECT = `name: bikes
python_env: python_env.yaml
entry_points:
  main:
    command: "python -m bikes.scripts.main {conf_file}"
  evaluations:
    parameters:
      conf_file: path
    command: "bikes confs/evaluations.yaml"
`

describe('mlflow run: MLproject entry points', () => {
  table([
    [
      'main by default',
      'mlflow run . -P conf_file=confs/training.yaml',
      { MLproject: MLPROJECT },
      undefined,
      [
        top('mlflow run . -P conf_file=confs/training.yaml'),
        {
          command: 'python -m bikes.scripts.main {conf_file}',
          via: ['mlflow run . -P conf_file=confs/training.yaml', 'MLproject:5 entry_points.main.command']
        }
      ]
    ],
    [
      '-e names the entry point, in a project folder',
      'mlflow run ./project -e evaluations --env-manager local',
      { 'project/MLproject': MLPROJECT },
      undefined,
      [
        top('mlflow run ./project -e evaluations --env-manager local'),
        {
          command: 'bikes confs/evaluations.yaml',
          via: [
            'mlflow run ./project -e evaluations --env-manager local',
            'project/MLproject:9 entry_points.evaluations.command'
          ]
        }
      ]
    ]
  ])
  table([
    [
      'a git project is not the repository',
      'mlflow run https://github.com/mlflow/mlflow-example.git',
      {},
      undefined,
      [top('mlflow run https://github.com/mlflow/mlflow-example.git')]
    ],
    [
      'mlflow models serve is not a project run',
      'mlflow models serve -m runs:/1/model',
      { MLproject: MLPROJECT },
      undefined,
      [top('mlflow models serve -m runs:/1/model')]
    ],
    [
      'an unknown entry point names nothing',
      'mlflow run . -e tune',
      { MLproject: MLPROJECT },
      undefined,
      [top('mlflow run . -e tune')]
    ]
  ])
})

const DATABRICKS_JOB = `{
  "name": "Amazon reviews: train and serve",
  "tasks": [
    {
      "task_key": "preprocessing",
      "spark_python_task": { "python_file": "project/preprocess.py", "parameters": ["--root", "/dbfs/x"] }
    },
    {
      "task_key": "train_model",
      "depends_on": [{ "task_key": "preprocessing" }],
      "python_wheel_task": { "package_name": "reviews", "entry_point": "train-model", "parameters": ["--run-id", "{{job.run_id}}"] }
    },
    { "task_key": "report", "notebook_task": { "notebook_path": "/Repos/team/report" } }
  ]
}
`

describe('databricks jobs create|reset: task commands', () => {
  table([
    [
      'create --json-file',
      'databricks jobs create --json-file project/job.json',
      { 'project/job.json': DATABRICKS_JOB },
      undefined,
      [
        top('databricks jobs create --json-file project/job.json'),
        {
          command: 'python project/preprocess.py --root /dbfs/x',
          via: [
            'databricks jobs create --json-file project/job.json',
            'project/job.json:4 tasks.preprocessing'
          ]
        },
        {
          command: 'tasks.train_model',
          purposes: ['training'],
          via: ['databricks jobs create --json-file project/job.json', 'project/job.json:8 tasks.train_model']
        },
        {
          command: 'train-model --run-id {{job.run_id}}',
          via: ['databricks jobs create --json-file project/job.json', 'project/job.json:8 tasks.train_model']
        },
        {
          command: 'notebook /Repos/team/report',
          via: ['databricks jobs create --json-file project/job.json', 'project/job.json:13 tasks.report']
        }
      ]
    ]
  ])
  table([
    [
      'jobs list reads nothing',
      'databricks jobs list --output json',
      {},
      undefined,
      [top('databricks jobs list --output json')]
    ],
    [
      'a rendered template that is not in the repository',
      'databricks jobs reset --job-id $id --json-file project/category_model/category_model.json',
      { 'project/category_model/category_model.json.j2': DATABRICKS_JOB },
      undefined,
      [
        top('databricks jobs reset --job-id $id --json-file project/category_model/category_model.json', {
          unread: 'project/category_model/category_model.json was not found in the repository'
        })
      ]
    ]
  ])
})

const BUNDLE = `bundle:
  name: churn
include:
  - ./resources/model-workflow-resource.yml
  - ./resources/*.yml
targets:
  test:
    default: true
`
const BUNDLE_JOBS = `resources:
  jobs:
    model_training_job:
      tasks:
        - task_key: Train
          notebook_task:
            notebook_path: ../training/notebooks/Train.py
        - task_key: ModelValidation
          depends_on:
            - task_key: Train
          notebook_task:
            notebook_path: ../validation/notebooks/ModelValidation.py
        - task_key: ModelDeployment
          depends_on:
            - task_key: ModelValidation
          notebook_task:
            notebook_path: /Workspace/Shared/deploy
      schedule:
        quartz_cron_expression: "0 0 9 * * ?"
`

describe('databricks bundle run: the tasks of the job it runs (MLOps Stacks)', () => {
  it.each([
    [
      'bundle run reads the job in an included file, in task order',
      'databricks bundle run model_training_job -t test'
    ],
    ['flags before the job', 'databricks bundle run -t test --var env=test model_training_job']
  ])('%s', (_name, command) => {
    const files = {
      'ml/databricks.yml': BUNDLE,
      'ml/resources/model-workflow-resource.yml': BUNDLE_JOBS,
      'ml/training/notebooks/Train.py': '# Databricks notebook source\nimport mlflow\n'
    }
    const resolved = resolve(command, files, 'ml')
    const task = (key: string): string =>
      `ml/resources/model-workflow-resource.yml:${{ Train: 5, ModelValidation: 8, ModelDeployment: 13 }[key]} jobs.model_training_job.tasks.${key}`
    // A task's name states its purpose as a step's does (an entry of its own); its notebook is then read.
    expect(resolved.map(r => [r.command, r.via.at(-1), r.purposes])).toEqual([
      [command, undefined, undefined],
      ['jobs.model_training_job.tasks.Train', task('Train'), ['training']],
      ['python ../training/notebooks/Train.py', task('Train'), undefined],
      ['jobs.model_training_job.tasks.ModelValidation', task('ModelValidation'), ['model-evaluation']],
      ['python ../validation/notebooks/ModelValidation.py', task('ModelValidation'), undefined],
      ['jobs.model_training_job.tasks.ModelDeployment', task('ModelDeployment'), ['model-deploy']],
      ['notebook /Workspace/Shared/deploy', task('ModelDeployment'), undefined]
    ])
  })
  table([
    [
      'bundle deploy installs the jobs and runs nothing',
      'databricks bundle deploy -t prod',
      { 'databricks.yml': BUNDLE, 'resources/model-workflow-resource.yml': BUNDLE_JOBS },
      undefined,
      [top('databricks bundle deploy -t prod')]
    ],
    [
      'a job only a glob include could define is not found, and the command says so',
      'databricks bundle run batch_inference_job',
      { 'databricks.yml': BUNDLE, 'resources/model-workflow-resource.yml': BUNDLE_JOBS },
      undefined,
      [
        top('databricks bundle run batch_inference_job', {
          unread: 'databricks.yml (or a file it names) defines no batch_inference_job the gate could read'
        })
      ]
    ]
  ])
})

const MISE = `[tools]
python = "3.12"

[tasks.check]
depends = ["lint", "test"]
run = "echo checked"

[tasks.lint]
run = "ruff check src"

[tasks.test]
run = [
  "pytest --numprocesses auto tests",
]

[tasks."train:model"]
dir = "ml"
run = """
python -m bikes train
"""
`

describe('mise run: mise.toml tasks after their depends', () => {
  table([
    [
      'depends first',
      'mise run check',
      { 'mise.toml': MISE },
      undefined,
      [
        top('mise run check'),
        {
          command: 'ruff check src',
          via: ['mise run check', 'mise.toml:4 tasks.check', 'mise.toml:8 tasks.lint']
        },
        {
          command: 'pytest --numprocesses auto tests',
          via: ['mise run check', 'mise.toml:4 tasks.check', 'mise.toml:11 tasks.test']
        },
        { command: 'echo checked', via: ['mise run check', 'mise.toml:4 tasks.check'] }
      ]
    ],
    [
      'mise X runs task X; quoted names; dir; multi-line strings',
      'mise train:model',
      { 'mise.toml': MISE },
      undefined,
      [
        top('mise train:model'),
        { command: 'python -m bikes train', via: ['mise train:model', 'mise.toml:16 tasks.train:model'] }
      ]
    ]
  ])
  table([
    ['mise install is mise itself', 'mise install', { 'mise.toml': MISE }, undefined, [top('mise install')]],
    [
      'mise exec runs a tool, not a task',
      'mise exec -- pytest',
      { 'mise.toml': MISE },
      undefined,
      [top('mise exec -- pytest')]
    ],
    ['no such task', 'mise run deploy', { 'mise.toml': MISE }, undefined, [top('mise run deploy')]]
  ])
})

const CLOUDBUILD = `steps:
  - name: gcr.io/cloud-builders/docker
    args: ['build', '-t', 'europe-docker.pkg.dev/p/r/base', '-f', 'vertex/deployment/Dockerfile', '.']
  - id: deploy-pipeline
    name: europe-docker.pkg.dev/p/r/base
    entrypoint: bash
    args:
      - -c
      - |
        vertex-deployer deploy dummy_pipeline --compile --upload --run --schedule
  - name: python:3.10
    script: pytest tests
`

describe('gcloud builds submit and ai custom-jobs create: Cloud Build steps and worker pools', () => {
  table([
    [
      'cloud build steps',
      'gcloud builds submit --config ./vertex/deployment/cloudbuild_cd.yaml --region europe-west1',
      { 'vertex/deployment/cloudbuild_cd.yaml': CLOUDBUILD },
      undefined,
      [
        top('gcloud builds submit --config ./vertex/deployment/cloudbuild_cd.yaml --region europe-west1'),
        {
          command: 'docker build -t europe-docker.pkg.dev/p/r/base -f vertex/deployment/Dockerfile .',
          via: [
            'gcloud builds submit --config ./vertex/deployment/cloudbuild_cd.yaml --region europe-west1',
            'vertex/deployment/cloudbuild_cd.yaml:2 steps[0]'
          ]
        },
        {
          command: 'vertex-deployer deploy dummy_pipeline --compile --upload --run --schedule',
          via: [
            'gcloud builds submit --config ./vertex/deployment/cloudbuild_cd.yaml --region europe-west1',
            'vertex/deployment/cloudbuild_cd.yaml:4 steps[1] deploy-pipeline'
          ]
        },
        {
          command: 'pytest tests',
          via: [
            'gcloud builds submit --config ./vertex/deployment/cloudbuild_cd.yaml --region europe-west1',
            'vertex/deployment/cloudbuild_cd.yaml:11 steps[2]'
          ]
        }
      ]
    ],
    [
      'vertex custom job with a python module',
      'gcloud ai custom-jobs create --region us-central1 --display-name train --config jobs/train.yaml',
      {
        'jobs/train.yaml':
          'workerPoolSpecs:\n  - machineSpec:\n      machineType: n1-standard-4\n    replicaCount: 1\n    pythonPackageSpec:\n      executorImageUri: us-docker.pkg.dev/vertex-ai/training/sklearn-cpu.1-0:latest\n      packageUris: [gs://b/trainer.tar.gz]\n      pythonModule: trainer.task\n      args: [--epochs, "5"]\n'
      },
      undefined,
      [
        top(
          'gcloud ai custom-jobs create --region us-central1 --display-name train --config jobs/train.yaml'
        ),
        {
          command: 'python -m trainer.task --epochs 5',
          via: [
            'gcloud ai custom-jobs create --region us-central1 --display-name train --config jobs/train.yaml',
            'jobs/train.yaml:2 workerPoolSpecs[0]'
          ]
        }
      ]
    ]
  ])
  table([
    [
      'builds submit without --config builds a Dockerfile',
      'gcloud builds submit --tag gcr.io/p/app',
      {},
      undefined,
      [top('gcloud builds submit --tag gcr.io/p/app')]
    ],
    [
      'gcloud run deploy is not a spec',
      'gcloud run deploy app --image gcr.io/p/app',
      {},
      undefined,
      [top('gcloud run deploy app --image gcr.io/p/app')]
    ],
    [
      'missing cloudbuild file',
      'gcloud builds submit --config cloudbuild.yaml',
      {},
      undefined,
      [
        top('gcloud builds submit --config cloudbuild.yaml', {
          unread: 'cloudbuild.yaml was not found in the repository'
        })
      ]
    ]
  ])
})

describe('sky launch: a SkyPilot task file', () => {
  table([
    [
      'setup then run, in the workdir',
      'sky launch -c train-cluster sky/train.yaml --yes',
      {
        'sky/train.yaml':
          'resources:\n  accelerators: A100:1\nworkdir: .\nsetup: |\n  pip install -r requirements.txt\nrun: |\n  python train.py --epochs 10\n'
      },
      undefined,
      [
        top('sky launch -c train-cluster sky/train.yaml --yes'),
        {
          command: 'pip install -r requirements.txt',
          via: ['sky launch -c train-cluster sky/train.yaml --yes', 'sky/train.yaml:4 setup']
        },
        {
          command: 'python train.py --epochs 10',
          via: ['sky launch -c train-cluster sky/train.yaml --yes', 'sky/train.yaml:6 run']
        }
      ]
    ]
  ])
  table([
    ['sky status names no task', 'sky status --refresh', {}, undefined, [top('sky status --refresh')]],
    ['sky down names no task', 'sky down train-cluster -y', {}, undefined, [top('sky down train-cluster -y')]]
  ])
})
