import { cmd, scriptFile, target } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/** Data and ML: data validation, training, model evaluation, the model registry and serving, tracking and pipelines. */
export const ML: readonly CatalogEntry[] = [
  // data-validation
  run(
    'great-expectations',
    'data-validation',
    ['great_expectations checkpoint run data', 'soda scan -d warehouse checks.yml'],
    cmd('great_expectations|gx\\s+checkpoint|soda\\s+scan|deepchecks|evidently|pandera|tfdv')
  ),
  run(
    'data-validation-script',
    'data-validation',
    ['python src/validate_data.py'],
    scriptFile('validate[-_]data|data[-_]validation|check[-_]data|data[-_]checks?')
  ),
  uses('great-expectations/great_expectations_action', 'data-validation', [
    'great-expectations/great_expectations_action@main'
  ]),
  name(
    'name:data-validation',
    'data-validation',
    ['Validate data', 'data-quality'],
    /\b(?:data validation|validate data|data quality|great expectations)\b/
  ),

  // training
  run(
    'train-script',
    'training',
    ['python src/train.py --epochs 3', 'python -m src.train'],
    /(?:^|[\s/])train(?:[-_]\w+)*\.py(?![\w.-])|(?<![\w.:-])python3?\s+-m\s+\S*\btrain\b/
  ),
  run(
    'dvc-repro',
    'training',
    ['dvc repro', 'mlflow run . -P alpha=0.5'],
    cmd('dvc\\s+(?:repro|exp\\s+run)|mlflow\\s+run')
  ),
  run(
    'cloud-training',
    'training',
    [
      'az ml job create -f train.yml',
      'aws sagemaker create-training-job --cli-input-json file://job.json',
      'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
      'tfx run create --engine vertex --pipeline-name p --project proj --region us-central1'
    ],
    // `tfx run create` starts a run of a TFX pipeline (locally or on Vertex/Kubeflow): a pipeline run trains (§9.1).
    cmd(
      'aws\\s+sagemaker\\s+create-training-job|az\\s+ml\\s+job\\s+create|gcloud\\s+ai\\s+custom-jobs\\s+create|anyscale\\s+jobs?\\s+submit|tfx\\s+run\\s+create'
    )
  ),
  run('make-train', 'training', ['make train'], target('train|training|retrain')),
  // Azure ML (SDK v1): submits the run its run configuration names (`code/train/run_config.yml` by default).
  uses('Azure/aml-run (training)', 'training', ['Azure/aml-run@v1'], 'Azure/aml-run'),
  uses(
    'Azure/mlops-templates run-pipeline (training)',
    'training',
    [
      {
        uses: 'Azure/mlops-templates/.github/workflows/run-pipeline.yml@main',
        with: { 'parameters-file': 'mlops/azureml/train/pipeline.yml' }
      }
    ],
    'Azure/mlops-templates/.github/workflows/run-pipeline.yml',
    {
      with: { 'parameters-file': /(?:^|[/_-])train/i }
    }
  ),
  name(
    'name:training',
    'training',
    ['Train model', 'retrain'],
    /\b(?:re)?train(?:ing)?\b(?! (?:test|station))/
  ),

  // model-evaluation
  run(
    'eval-script',
    'model-evaluation',
    ['python evaluate.py', 'python src/eval_model.py'],
    /(?:^|[\s/])eval(?:uate)?(?:[-_]\w+)*\.py(?![\w.-])/
  ),
  run(
    'cml',
    'model-evaluation',
    ['cml comment create --publish report.md'],
    cmd('cml\\s+(?:comment|send-comment|publish|report)')
  ),
  run(
    'dvc-metrics',
    'model-evaluation',
    ['dvc metrics diff main --md'],
    cmd('dvc\\s+metrics\\s+(?:diff|show)')
  ),
  name(
    'name:evaluation',
    'model-evaluation',
    ['Evaluate model', 'model-eval'],
    /\b(?:model )?eval(?:uate|uation)?(?: model)?\b/
  ),

  // model-deploy
  run(
    'model-registry-cli',
    'model-deploy',
    [
      'az ml model create --name m --path model',
      'az ml online-deployment create -f deploy.yml',
      'aws sagemaker create-endpoint --endpoint-name e',
      'gcloud ai models upload --region r'
    ],
    cmd(
      'az\\s+ml\\s+(?:model\\s+(?:create|register)|online-deployment\\s+(?:create|update)|online-endpoint\\s+create|batch-deployment\\s+create|batch-endpoint\\s+create)|aws\\s+sagemaker\\s+(?:create-endpoint|update-endpoint|create-model)|gcloud\\s+ai\\s+(?:models\\s+upload|endpoints\\s+deploy-model)|bentoml\\s+(?:deploy|push)|bentoctl\\s+deploy|mlflow\\s+(?:deployments\\s+create|models\\s+build-docker)|truss\\s+push|cog\\s+push'
    )
  ),
  run(
    'mlem-model-deploy',
    'model-deploy',
    ['mlem deployment run api-customer-churn-prod'],
    cmd('mlem\\s+(?:deployment|deploy)\\s+(?:run|apply|create)')
  ),
  run(
    'register-model-script',
    'model-deploy',
    ['python register_model.py'],
    scriptFile('register(?:[-_]model)?|deploy[-_]model|promote[-_]model')
  ),
  uses(
    'Azure/mlops-templates model deploy',
    'model-deploy',
    [
      'Azure/mlops-templates/.github/workflows/register-model.yml@main',
      'Azure/mlops-templates/.github/workflows/create-endpoint.yml@main'
    ],
    'Azure/mlops-templates/.github/workflows/{create-deployment,create-endpoint,register-model}.yml'
  ),
  uses('Azure/aml-registermodel', 'model-deploy', ['Azure/aml-registermodel@v1']),
  uses('Azure/aml-deploy (model)', 'model-deploy', ['Azure/aml-deploy@v1'], 'Azure/aml-deploy'),
  uses(
    'google-github-actions vertex',
    'model-deploy',
    ['google-github-actions/deploy-vertex-ai-endpoint@v0'],
    'google-github-actions/deploy-vertex-ai-*'
  ),
  name(
    'name:model-deploy',
    'model-deploy',
    ['Register model', 'deploy-model'],
    /\b(?:register|registration|deploy|promote|serve) (?:the )?model\b|\bmodel (?:deploy(?:ment)?|registry|registration|register|serving)\b/
  ),

  // experiment-tracking
  run(
    'experiment-tracking-cli',
    'experiment-tracking',
    ['dvc exp diff main --md', 'mlflow experiments search', 'wandb sync wandb/'],
    cmd('mlflow|wandb|dvc\\s+(?:exp|plots|metrics|params)|neptune|aim\\s+(?:up|runs)|cml')
  ),

  // An Azure ML (SDK v1) run is recorded in its experiment's run history: parameters and metrics the script
  // logs, outputs, logs and a snapshot of the code, with the run id the later steps register the model from.
  uses('Azure/aml-run (tracking)', 'experiment-tracking', ['Azure/aml-run@v1'], 'Azure/aml-run'),

  // pipeline-deploy
  run(
    'pipeline-cli',
    'pipeline-deploy',
    [
      'aws sagemaker start-pipeline-execution --pipeline-name p',
      'kfp run submit -e exp -r run -f pipeline.yaml'
    ],
    cmd(
      'kfp\\s+(?:pipeline\\s+(?:create|upload)|run\\s+(?:create|submit))|aws\\s+sagemaker\\s+(?:create-pipeline|update-pipeline|start-pipeline-execution)|az\\s+ml\\s+(?:schedule\\s+create|job\\s+create(?=.*pipeline))'
    )
  ),
  // Platform deployers of pipelines and jobs: Vertex pipelines, Databricks jobs (dbx, bundles), Kubeflow.
  run(
    'pipeline-deployer',
    'pipeline-deploy',
    [
      'vertex-deployer -log DEBUG deploy dummy_pipeline --upload --schedule',
      'python -m dbx deploy --deployment-file jobs.yaml',
      'databricks bundle deploy -t prod',
      'kfp --endpoint http://kfp:8080 pipeline create -p train pipeline.yaml',
      'kfp --endpoint ${{ env.KUBEFLOW_ENDPOINT }} pipeline create -p "$NAME" "$YAML_FILE"'
    ],
    cmd(
      'vertex-deployer(?:\\s+-\\S+(?:\\s+[\\w.]+)?)*\\s+deploy|(?:python3?\\s+-m\\s+)?dbx\\s+deploy|databricks\\s+bundle\\s+deploy|kfp(?:\\s+--?[\\w-]+(?:[= ](?:\\$\\{\\{[^}]*\\}\\}|\\S+))?)*\\s+pipeline\\s+(?:create|upload|version\\s+create)'
    )
  ),
  run(
    'pipeline-script',
    'pipeline-deploy',
    ['python pipelines/run_pipeline.py'],
    scriptFile('(?:run|submit|deploy|upload|compile|publish)[-_]pipeline')
  ),
  uses(
    'Azure/mlops-templates run-pipeline',
    'pipeline-deploy',
    ['Azure/mlops-templates/.github/workflows/run-pipeline.yml@main'],
    'Azure/mlops-templates/.github/workflows/run-pipeline.yml'
  ),
  name(
    'name:pipeline-deploy',
    'pipeline-deploy',
    ['Run pipeline', 'submit-training-pipeline'],
    /\b(?:run|submit|deploy|upload|compile|publish|create) (?:(?:ml|training|kubeflow|vertex|sagemaker|aml) )?pipeline\b/
  )
]
