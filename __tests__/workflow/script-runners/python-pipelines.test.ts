import { describe, expect, it } from '@jest/globals'
import { resolveScript } from '../../../src/workflow/script-resolution.js'

/** What a command states through the Python it runs: `purpose @ place` for each stated purpose, in order. */
const stated = (script: string, files: Record<string, string>): string[] =>
  resolveScript(script, file => files[file]).flatMap(c =>
    (c.purposes ?? []).map(purpose => `${purpose} @ ${c.via.at(-1) ?? ''}`)
  )

const SAGEMAKER_PIPELINE = `import sagemaker
from sagemaker.workflow.steps import ProcessingStep, TrainingStep
from sagemaker.workflow.properties import PropertyFile


def get_pipeline(region, role=None):
    step_process = ProcessingStep(
        name="PreprocessAbaloneData",
        step_args=processor.run(code="preprocess.py"),
    )
    step_train = TrainingStep(
        name="TrainAbaloneModel",
        step_args=estimator.fit(inputs),
    )
    evaluation_report = PropertyFile(
        name="AbaloneEvaluationReport",
        output_name="evaluation",
        path="evaluation.json",
    )
    model_metrics = ModelMetrics(model_statistics=stats)
    step_register = ModelStep(
        name="RegisterAbaloneModel",
        step_args=model.register(content_types=["text/csv"]),
    )
    step_cond = ConditionStep(name="CheckMSEAbaloneEvaluation", conditions=[cond_lte], if_steps=[step_register])
    return Pipeline(name=base_job_prefix, steps=[step_process, step_train, step_cond])
`
/** What the SageMaker pipeline above states, in its own order. */
const ABALONE_STEPS = [
  'training @ pipelines/abalone/pipeline.py:11 step_train = TrainingStep(',
  'model-evaluation @ pipelines/abalone/pipeline.py:15 evaluation_report = PropertyFile( … path="evaluation.json")',
  'model-evaluation @ pipelines/abalone/pipeline.py:20 model_metrics = ModelMetrics(model_statistics=stats)',
  'model-deploy @ pipelines/abalone/pipeline.py:21 step_register = ModelStep(',
  'model-deploy @ pipelines/abalone/pipeline.py:23 step_args=model.register(content_types=["text/csv"]),',
  'model-evaluation @ pipelines/abalone/pipeline.py:25 step_cond = ConditionStep(name="CheckMSEAbaloneEvaluation", conditions=[cond_lte], if_steps=[step_register])'
]
const SAGEMAKER_DRIVER = `import argparse
from pipelines.abalone.pipeline import get_pipeline


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-execution", action="store_true")
    args = parser.parse_args()
    pipeline = get_pipeline(region="eu-west-1")
    pipeline.upsert(role_arn=role)
    if args.run_execution:
        execution = pipeline.start()
`
const KFP = `from kfp import dsl, compiler
from kfp.client import Client


@dsl.component(base_image="python:3.11")
def validate_data(dataset: dsl.Input[dsl.Dataset]) -> bool:
    return True


@dsl.component
def train_model(dataset: dsl.Input[dsl.Dataset], model: dsl.Output[dsl.Model]):
    pass


@dsl.pipeline(name="churn")
def churn_pipeline(project: str):
    """Validate, then train.

    train_model(x) in a docstring is not a step.
    """
    checked = validate_data(dataset=load_op.outputs["dataset"])
    trained = train_model(dataset=load_op.outputs["dataset"])


if __name__ == "__main__":
    Client(host=HOST).create_run_from_pipeline_func(churn_pipeline, arguments={})
`
const VERTEX = `from google.cloud import aiplatform

job = aiplatform.PipelineJob(display_name="train", template_path="pipeline.json")
job.submit(service_account=SA)
`
const ZENML = `from zenml import pipeline, step


@step
def evaluate_model(model, data) -> float:
    return 0.9


@step
def generate_training_report(metrics) -> str:
    return ""


@pipeline
def training_pipeline():
    data = load_data()
    data = validate_data_quality(data)
    model = train_model(data)
    evaluate_model(model, data)
`

/** A TFX pipeline entry as `tfx template copy` writes it, and the pipeline module it imports. */
const TFX_RUNNER = `from tfx.orchestration.kubeflow.v2 import kubeflow_v2_dag_runner as runner

from pipeline import configs, pipeline


def run():
    runner.KubeflowV2DagRunner(config=runner_config).run(pipeline.create_pipeline(pipeline_name=configs.PIPELINE_NAME))
`
const TFX_PIPELINE = `from tfx.components import Evaluator, StatisticsGen
from tfx.extensions.google_cloud_ai_platform.trainer.component import Trainer as VertexTrainer


def create_pipeline(pipeline_name):
    statistics_gen = StatisticsGen(examples=example_gen.outputs["examples"])
    # example_validator = ExampleValidator(statistics=statistics_gen.outputs["statistics"])
    trainer = VertexTrainer(**trainer_args)
    evaluator = Evaluator(model=trainer.outputs["model"], baseline_model=model_resolver.outputs["model"])
    pusher = VertexPusher(model=trainer.outputs["model"], model_blessing=evaluator.outputs["blessing"])
    return pipeline.Pipeline(pipeline_name=pipeline_name, components=components)
`

describe('Python pipeline definitions, read as text', () => {
  const valid: Array<[string, string, Record<string, string>, string[]]> = [
    [
      'a SageMaker driver that upserts and starts, with the pipeline module it imports (one hop)',
      'python pipelines/run.py --run-execution',
      { 'pipelines/run.py': SAGEMAKER_DRIVER, 'pipelines/abalone/pipeline.py': SAGEMAKER_PIPELINE },
      [
        ...ABALONE_STEPS,
        'pipeline-deploy @ pipelines/run.py:10 pipeline.upsert(role_arn=role)',
        'training @ pipelines/run.py:12 execution = pipeline.start()'
      ]
    ],
    [
      'a console script from setup.py, and the module a flag names',
      'run-pipeline --module-name pipelines.abalone.pipeline --run-execution',
      {
        'setup.py':
          'setup(\n    name="pipelines",\n    entry_points={\n        "console_scripts": [\n            "run-pipeline=pipelines.run_pipeline:main",\n        ]\n    },\n)\n',
        'pipelines/run_pipeline.py':
          'import argparse\nparser.add_argument("--run-execution")\npipeline = get_pipeline_driver(args.module_name)\npipeline.upsert(role_arn=role)\npipeline.start()\n',
        'pipelines/abalone/pipeline.py': SAGEMAKER_PIPELINE
      },
      [
        ...ABALONE_STEPS,
        'pipeline-deploy @ pipelines/run_pipeline.py:4 pipeline.upsert(role_arn=role)',
        'training @ pipelines/run_pipeline.py:5 pipeline.start()'
      ]
    ],
    [
      'a pyproject [project.scripts] entry, run through uv',
      'uv run train-churn --epochs 3',
      {
        'pyproject.toml':
          '[project]\nname = "churn"\n\n[project.scripts]\ntrain-churn = "churn.pipeline:main"\n',
        'churn/pipeline.py': KFP
      },
      [
        'data-validation @ churn/pipeline.py:21 checked = validate_data(dataset=load_op.outputs["dataset"])',
        'training @ churn/pipeline.py:22 trained = train_model(dataset=load_op.outputs["dataset"])',
        'data-validation @ churn/pipeline.py:5 @dsl.component(base_image="python:3.11")',
        'training @ churn/pipeline.py:10 @dsl.component',
        'training @ churn/pipeline.py:26 Client(host=HOST).create_run_from_pipeline_func(churn_pipeline, arguments={})'
      ].sort((a, b) => Number(/:(\d+) /.exec(a)?.[1]) - Number(/:(\d+) /.exec(b)?.[1]))
    ],
    [
      'python -m runs a module; Vertex PipelineJob submitted',
      'python -m vertex.submit',
      { 'vertex/submit.py': VERTEX },
      ['training @ vertex/submit.py:4 job.submit(service_account=SA)']
    ],
    [
      'ZenML steps by the head of their names, and the pipeline body in its order',
      'python run.py',
      {
        'run.py': 'from src.pipelines.training import training_pipeline\ntraining_pipeline()\n',
        'src/pipelines/training.py': ZENML
      },
      [
        'model-evaluation @ src/pipelines/training.py:4 @step',
        'data-validation @ src/pipelines/training.py:17 data = validate_data_quality(data)',
        'training @ src/pipelines/training.py:18 model = train_model(data)',
        'model-evaluation @ src/pipelines/training.py:19 evaluate_model(model, data)'
      ]
    ],
    [
      'tracking and data validation inside training code',
      'python train.py',
      { 'train.py': 'import pandera as pa\nimport mlflow\n\nmlflow.sklearn.autolog()\nmodel.fit(X, y)\n' },
      [
        'data-validation @ train.py:1 import pandera as pa',
        'experiment-tracking @ train.py:4 mlflow.sklearn.autolog()'
      ]
    ],
    [
      'a driver that only upserts (no --run-execution) deploys the pipeline and runs none of its steps',
      'python pipelines/run.py',
      { 'pipelines/run.py': SAGEMAKER_DRIVER, 'pipelines/abalone/pipeline.py': SAGEMAKER_PIPELINE },
      ['pipeline-deploy @ pipelines/run.py:10 pipeline.upsert(role_arn=role)']
    ],
    [
      'tfx run create runs the entry file of its engine, with the pipeline modules it imports (held-out round ml4)',
      'tfx run create --engine vertex --pipeline-name segmentation --project p --region us-central1',
      {
        'kubeflow_runner.py': TFX_RUNNER,
        'pipeline/__init__.py': '',
        'pipeline/pipeline.py': TFX_PIPELINE
      },
      [
        'experiment-tracking @ kubeflow_runner.py:1 from tfx.orchestration.kubeflow.v2 import kubeflow_v2_dag_runner as runner',
        'training @ pipeline/pipeline.py:8 trainer = VertexTrainer(**trainer_args)',
        'model-evaluation @ pipeline/pipeline.py:9 evaluator = Evaluator(model=trainer.outputs["model"], baseline_model=model_resolver.outputs["model"])',
        'model-deploy @ pipeline/pipeline.py:10 pusher = VertexPusher(model=trainer.outputs["model"], model_blessing=evaluator.outputs["blessing"])'
      ]
    ],
    [
      'a deploy script that creates or updates a CloudFormation stack through boto3 applies it',
      'python deploy_stack.py --stack-name churn-prod',
      {
        'deploy_stack.py':
          'cfn = boto3.client("cloudformation")\ntry:\n    cfn.create_stack(StackName=name, TemplateBody=body)\nexcept cfn.exceptions.AlreadyExistsException:\n    cfn.update_stack(StackName=name, TemplateBody=body)\n'
      },
      [
        'iac-apply @ deploy_stack.py:3 cfn.create_stack(StackName=name, TemplateBody=body)',
        'iac-apply @ deploy_stack.py:5 cfn.update_stack(StackName=name, TemplateBody=body)'
      ]
    ]
  ]
  it.each(valid)('%s', (_name, script, files, expected) => {
    expect(stated(script, files)).toEqual(expected)
  })

  const invalid: Array<[string, string, Record<string, string>]> = [
    [
      'a branch for another pipeline is not read',
      'python run.py --pipeline batch_inference',
      {
        'run.py':
          '@click.option("--pipeline")\ndef main(pipeline):\n    if pipeline == "training":\n        from src.training import training_pipeline\n        training_pipeline()\n',
        'src/training.py': ZENML
      }
    ],
    [
      'thread.start() is not a pipeline run',
      'python worker.py',
      { 'worker.py': 'import threading\nthread = threading.Thread(target=f)\nthread.start()\n' }
    ],
    [
      'a report step is not training (the purpose word is a modifier)',
      'python report.py',
      { 'report.py': '@step\ndef generate_training_report(metrics):\n    pass\n' }
    ],
    [
      'commented-out constructs',
      'python p.py',
      { 'p.py': '# step_train = TrainingStep(name="x")\n# pipeline.start()\n' }
    ],
    [
      'imports of installed packages are not read',
      'python train.py',
      { 'train.py': 'import numpy as np\nfrom sklearn.linear_model import Ridge\n' }
    ],
    [
      'describing a stack applies nothing',
      'python status.py',
      { 'status.py': 'cfn = boto3.client("cloudformation")\ncfn.describe_stacks(StackName=name)\n' }
    ],
    [
      'near miss: tfx pipeline compile and create only compile and register the pipeline, running none of its components',
      'tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex',
      { 'kubeflow_runner.py': TFX_RUNNER, 'pipeline/pipeline.py': TFX_PIPELINE }
    ],
    ['python -m pytest is not a repository module', 'python -m pytest tests', {}],
    ['python -c is inline code, not a file', `python -c "import x; x.pipeline.start()"`, {}],
    [
      'a console script the project does not declare',
      'black --check .',
      { 'pyproject.toml': '[tool.black]\nline-length = 100\n' }
    ]
  ]
  it.each(invalid)('%s', (_name, script, files) => {
    expect(stated(script, files)).toEqual([])
  })

  it('keeps the chain of hops as evidence: workflow command → console script → module → construct', () => {
    const chain = resolveScript(
      'run-pipeline',
      file =>
        ({
          'setup.py': '"run-pipeline=pipelines.run:main"',
          'pipelines/run.py': 'pipeline.start()\n'
        })[file]
    ).find(c => c.purposes)?.via
    expect(chain).toEqual([
      'run-pipeline',
      'setup.py:1 console script run-pipeline',
      'python -m pipelines.run',
      'pipelines/run.py:1 pipeline.start()'
    ])
  })
})

describe('a started pipeline is training unless it only serves', () => {
  const driver = `import click
from zenml.client import Client


@click.option("--pipeline", default="training")
@click.option("--run", is_flag=True)
def main(pipeline, run):
    if pipeline == "training":
        from src.pipelines.training import training_pipeline
        snapshot = training_pipeline.create_snapshot(name=name)
    elif pipeline == "batch_inference":
        from src.pipelines.batch_inference import batch_inference_pipeline
        snapshot = batch_inference_pipeline.create_snapshot(name=name)
    if run:
        run_response = client.trigger_pipeline(snapshot_name_or_id=snapshot.id)
`
  it.each([
    [
      'training branch, run: the pipeline steps and the run',
      'python scripts/build_snapshot.py --pipeline training --run',
      [
        'model-evaluation @ src/pipelines/training.py:4 @step',
        'data-validation @ src/pipelines/training.py:17 data = validate_data_quality(data)',
        'training @ src/pipelines/training.py:18 model = train_model(data)',
        'model-evaluation @ src/pipelines/training.py:19 evaluate_model(model, data)',
        'pipeline-deploy @ scripts/build_snapshot.py:10 snapshot = training_pipeline.create_snapshot(name=name)',
        'training @ scripts/build_snapshot.py:15 run_response = client.trigger_pipeline(snapshot_name_or_id=snapshot.id)'
      ]
    ],
    [
      'batch inference branch, run: a deploy, and no training',
      'python scripts/build_snapshot.py --pipeline batch_inference --run',
      [
        'pipeline-deploy @ scripts/build_snapshot.py:13 snapshot = batch_inference_pipeline.create_snapshot(name=name)'
      ]
    ],
    [
      'training branch without --run: only the deploy',
      'python scripts/build_snapshot.py --pipeline training',
      [
        'pipeline-deploy @ scripts/build_snapshot.py:10 snapshot = training_pipeline.create_snapshot(name=name)'
      ]
    ]
  ])('%s', (_name, script, expected) => {
    expect(
      stated(script, { 'scripts/build_snapshot.py': driver, 'src/pipelines/training.py': ZENML })
    ).toEqual(expected)
  })
})
