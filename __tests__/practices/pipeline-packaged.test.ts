import { pipelinePackaged } from '../../src/practices/pipeline-packaged.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (on: string, steps: string) =>
  workflow(`on: ${on}\njobs:\n  package:\n    runs-on: x\n    steps:\n${steps}`)

/** A push of the image built from `<project>/Dockerfile` for each project of the matrix. */
const matrixPush = (projects: string) =>
  `on: push\njobs:\n  publish:\n    runs-on: x\n    strategy:\n      matrix:\n        project: [${projects}]\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: \${{ matrix.project }}\n          file: \${{ matrix.project }}/Dockerfile\n          push: true\n          tags: ghcr.io/acme/\${{ matrix.project }}:latest\n`
const SERVING = 'FROM python:3.12\nCOPY . .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n'
const TRAINING = 'FROM python:3.12\nCOPY . .\nENTRYPOINT ["python", "-m", "churn.train"]\n'

testPractice(pipelinePackaged, {
  valid: [
    {
      name: 'a matrix push where one image is a training image (near miss of serving images only)',
      files: {
        ...workflow(matrixPush('api, trainer')),
        'api/Dockerfile': SERVING,
        'trainer/Dockerfile': TRAINING
      },
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'a pushed image whose Dockerfile cannot be read counts as before (near miss)',
      files: workflow(matrixPush('api')),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'the training image built and pushed on push',
      files: job(
        'push',
        '      - uses: docker/build-push-action@v6\n        with:\n          context: training\n          push: true\n          tags: ghcr.io/acme/trainer:${{ github.sha }}\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['`package`', 'push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'docker push to ECR for a SageMaker pipeline',
      files: job(
        'push',
        '      - run: docker build -t $ECR/churn-train:$GITHUB_SHA training/\n      - run: docker push $ECR/churn-train:$GITHUB_SHA\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['docker push']
    },
    {
      name: 'pipeline components published as a Python package on release',
      files: job('release', '      - run: python -m build\n      - run: twine upload dist/*\n'),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'Vertex AI: the training image built and pushed by Cloud Build on push',
      files: job(
        'push',
        '      - run: gcloud builds submit --tag europe-docker.pkg.dev/acme/ml/trainer:$GITHUB_SHA training/\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['gcloud builds submit']
    },
    {
      name: 'Azure ML: pipeline components registered in the workspace on push',
      files: job(
        'push',
        '      - uses: azure/cli@v2\n        with:\n          inlineScript: az ml component create --file components/train.yml\n'
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'Databricks: the pipeline wheel built and copied to DBFS as the job library on push',
      files: job(
        'push',
        '      - run: python setup.py bdist_wheel\n      - run: |\n          dbfs cp dist/churn_pipeline-0.1.0-py3-none-any.whl dbfs:/libraries/churn_pipeline-0.1.0-py3-none-any.whl --overwrite\n          dbfs cp jobs/train.py dbfs:/jobs/train.py --overwrite\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['dbfs cp dist/churn_pipeline']
    },
    {
      name: 'near miss: the training image pushed by one job and the service deployed by another still packages',
      files: workflow(
        'on: push\njobs:\n  images:\n    runs-on: x\n    steps:\n      - run: docker build -t gcr.io/acme/trainer:$GITHUB_SHA training/\n      - run: docker push gcr.io/acme/trainer:$GITHUB_SHA\n  deploy:\n    needs: images\n    runs-on: x\n    steps:\n      - run: kubectl apply -f k8s/\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['`images`']
    }
  ],
  invalid: [
    {
      name: 'every pushed image starts the prediction service: model delivery (patterns §9.7)',
      files: {
        ...workflow(matrixPush('bank-churn, car-vision')),
        'bank-churn/Dockerfile': SERVING,
        'car-vision/Dockerfile':
          'FROM python:3.12 AS build\nRUN pip wheel .\nFROM python:3.12\nCMD gunicorn -k uvicorn.workers.UvicornWorker app:app\n'
      },
      status: 'fail',
      messageId: 'serving-only',
      mentions: ['`publish`', '`bank-churn/Dockerfile`', '`car-vision/Dockerfile`'],
      at: '.github/workflows/ci.yml:9'
    },
    {
      name: 'docker build -f of a serving image, then docker push',
      files: {
        ...job(
          'push',
          '      - run: docker build -f serving/Dockerfile -t $REGISTRY/api:$GITHUB_SHA .\n      - run: docker push $REGISTRY/api:$GITHUB_SHA\n'
        ),
        'serving/Dockerfile': SERVING
      },
      status: 'fail',
      messageId: 'serving-only'
    },
    {
      name: 'near miss: the pipeline image pushed before a pipeline run whose pusher deploys the model is a component, here only on dispatch',
      files: {
        ...job(
          'workflow_dispatch',
          '      - run: tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex --build-image\n      - run: tfx run create --engine vertex --pipeline-name p\n'
        ),
        'kubeflow_runner.py': 'from pipeline import pipeline\n',
        'pipeline/pipeline.py':
          'def create_pipeline():\n    trainer = Trainer(run_fn=run_fn)\n    evaluator = Evaluator(model=trainer.outputs["model"])\n    pusher = Pusher(model=trainer.outputs["model"], model_blessing=evaluator.outputs["blessing"])\n'
      },
      status: 'fail',
      messageId: 'manual-only'
    },
    {
      name: 'the serving image a deploy job builds, pushes and rolls out is model delivery (held-out round ml4)',
      files: job(
        'release',
        '      - name: Commit and push the TFServing image\n        run: |\n          docker commit serving_base gcr.io/acme/tfserving-resnet:latest\n          docker push gcr.io/acme/tfserving-resnet:latest\n      - name: Deploy to GKE\n        run: |\n          kubectl apply -f .kube/\n          kubectl rollout status deployment/tfs-server\n'
      ),
      status: 'fail',
      messageId: 'delivery-only',
      mentions: ['`package`', 'docker push']
    },
    {
      name: 'an image pushed to ECR and then set as the Lambda function code is the service, not a component',
      files: job(
        'push',
        '      - run: docker build --tag mlops-basics .\n      - uses: jwalton/gh-ecr-push@v1\n        with:\n          image: mlops-basics:latest\n      - run: aws lambda update-function-code --function-name f --image-uri 1.dkr.ecr.us-west-2.amazonaws.com/mlops-basics:latest\n'
      ),
      status: 'fail',
      messageId: 'delivery-only'
    },
    {
      name: 'the pipeline wheel copied to DBFS only by hand',
      files: job(
        'workflow_dispatch',
        '      - run: python -m build --wheel\n      - run: databricks fs cp dist/churn_pipeline-0.1.0-py3-none-any.whl dbfs:/libraries/\n'
      ),
      status: 'fail',
      messageId: 'manual-only',
      mentions: ['workflow_dispatch']
    },
    {
      name: 'a trained model and its results copied to S3 are outputs, not a package of the pipeline (near miss)',
      files: job(
        'push',
        '      - run: python train.py --results-fp results/training.json\n      - run: |\n          aws s3 cp model/ s3://acme-models/churn/$GITHUB_SHA/ --recursive\n          aws s3 cp results/ s3://acme-models/churn/results/ --recursive\n'
      ),
      status: 'fail',
      messageId: 'outputs-only',
      mentions: ['`package`', 'aws s3 cp model/']
    },
    {
      name: 'a wheel copied to S3 by a job that does not build it (near miss)',
      files: job(
        'push',
        '      - run: aws s3 cp dist/churn_pipeline-0.1.0-py3-none-any.whl s3://acme-libraries/\n'
      ),
      status: 'fail',
      messageId: 'outputs-only'
    },
    {
      name: 'a wheel downloaded from DBFS stores nothing',
      files: job(
        'push',
        '      - run: dbfs cp dbfs:/libraries/churn_pipeline-0.1.0-py3-none-any.whl dist/\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'images pushed only by hand',
      files: job('workflow_dispatch', '      - run: docker push ghcr.io/acme/trainer:latest\n'),
      status: 'fail',
      messageId: 'manual-only',
      mentions: ['`package`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'a model kept only as a workflow artifact (near miss)',
      files: job(
        'push',
        '      - run: python train.py\n      - uses: actions/upload-artifact@v4\n        with:\n          name: model\n          path: model.pkl\n'
      ),
      status: 'fail',
      messageId: 'workflow-artifacts-only',
      mentions: ['`package`']
    },
    {
      name: 'a push to a registry on the runner stores nothing',
      files: job('push', '      - run: docker push localhost:5000/trainer\n'),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'building an image without pushing it',
      files: job('push', '      - run: docker build -t trainer .\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
