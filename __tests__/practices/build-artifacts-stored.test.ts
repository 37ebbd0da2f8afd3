import { buildArtifactsStored } from '../../src/practices/build-artifacts-stored.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { actionCall, remoteCall } from '../helpers/opaque-calls.js'

const job = (steps: string): string => `on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n${steps}`

testPractice(buildArtifactsStored, {
  valid: [
    {
      name: 'the Pages build job keeps the site with upload-pages-artifact',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build with mdBook\n        run: mdbook build\n      - name: Upload artifact\n        uses: actions/upload-pages-artifact@v3\n        with:\n          path: ./book\n  deploy:\n    environment:\n      name: github-pages\n    runs-on: ubuntu-latest\n    needs: build\n    steps:\n      - uses: actions/deploy-pages@v4\n'
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'upload-artifact of the dist folder',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        with:\n          path: dist\n'
        )
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['`build`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'an image pushed by docker/build-push-action',
      files: workflow(
        job(
          '      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/o/r:latest\n'
        )
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'an upload that also runs on success counts',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        if: success() || failure()\n        with:\n          path: dist/\n'
        )
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'a release upload',
      files: workflow(job('      - run: go build -o app .\n      - run: gh release upload v1 app\n')),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'a trained model copied to S3 by the followed training script',
      files: {
        ...workflow(
          'on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n      - run: python -m build\n      - run: bash jobs/train.sh\n'
        ),
        'jobs/train.sh':
          '#!/bin/bash\nset -e\npython train.py --out model/\naws s3 cp model/ s3://acme-models/churn/$GITHUB_SHA/ --recursive\n'
      },
      status: 'pass',
      messageId: 'stored',
      mentions: ['`train`']
    },
    {
      name: 'the built wheel copied to DBFS',
      files: workflow(
        job(
          '      - run: python setup.py bdist_wheel\n      - run: dbfs cp dist/app-0.1.0-py3-none-any.whl dbfs:/libraries/app-0.1.0-py3-none-any.whl\n'
        )
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'the TFX CLI builds and pushes the pipeline image with --build-image (held-out round ml4)',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  cd:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: gcloud --quiet auth configure-docker\n      - name: Create TFX Training Pipeline\n        working-directory: training_pipeline\n        run: |\n          tfx pipeline create \\\n            --pipeline-path kubeflow_runner.py \\\n            --engine vertex \\\n            --build-image\n      - name: Run TFX Training Pipeline\n        run: tfx run create --engine vertex --pipeline-name p --project proj --region us-central1\n'
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['`cd`']
    }
  ],
  invalid: [
    {
      name: 'a dvc push is the only candidate: it may keep the trained model or only data (patterns §6.4, held-out round ml4)',
      files: workflow(
        'on:\n  push:\n    paths: ["data/**", "params.yaml"]\njobs:\n  train-model:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v3\n      - name: Train model\n        run: |\n          pip install -r requirements.txt\n          dvc pull\n          dvc repro\n          dvc push\n          cml pr --squash --skip-ci .\n'
      ),
      status: 'unknown',
      messageId: 'dvc-remote-only',
      mentions: ['`train-model`', '`dvc push`']
    },
    {
      name: 'near miss: a job that only pulls from the DVC remote keeps nothing',
      files: workflow(
        'on: push\njobs:\n  train-model:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v3\n      - run: |\n          dvc pull\n          dvc repro\n'
      ),
      status: 'fail',
      messageId: 'nothing-stored'
    },
    {
      name: 'near miss: the TFX CLI compiles and registers the pipeline but builds no image (no --build-image)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Compile TFX Training Pipeline\n        run: tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex\n      - name: Create TFX Training Pipeline\n        run: tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex\n'
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'a coverage report published as the Pages site is no build output',
      files: workflow(
        'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n      - run: npx jest --coverage\n      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: coverage/lcov-report\n'
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      // The SLSA Go builder starter: the whole build, and whatever keeps it, is in the called workflow.
      name: 'a remote reusable workflow that builds may keep what it builds: unknown, naming it',
      files: workflow(
        `on:\n  release:\n    types: [created]\njobs:\n${remoteCall('build', 'builder_go.yml', '      go-version: 1.22\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/builder_go.yml@main', '`build`']
    },
    {
      name: 'near-miss: a remote action step named for the build is one step, which keeps nothing by being one',
      files: workflow(
        `on: push\njobs:\n${actionCall('build', 'Build', 'acme/actions/build@v2', '      target: release\n')}`
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'the image is kept by a remote action whose inputs name the registry: unknown, naming the call',
      files: workflow(
        job(
          '      - uses: acme/container-actions/.github/actions/build@v5\n        with:\n          build-file-name: docker/Dockerfile\n      - uses: acme/container-actions/.github/actions/import@v5\n        with:\n          azure-acr-name: ${{ secrets.ACR_NAME }}\n          image-name: web\n'
        )
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/container-actions/.github/actions/import@v5', 'could not be read']
    },
    {
      name: 'a remote reusable workflow named for publishing the image: unknown',
      files: workflow(
        'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: npm run build\n  release:\n    needs: build\n    uses: acme/workflows/.github/workflows/docker-publish.yml@v2\n'
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['docker-publish.yml']
    },
    {
      name: 'a remote action that only notifies (near miss): nothing keeps the outputs',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: acme/actions/teams-notify@v1\n        with:\n          webhook-url: ${{ secrets.TEAMS }}\n          message: built\n'
        )
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'downloading the previous model from S3 keeps nothing',
      files: workflow(
        job(
          '      - run: aws s3 cp s3://acme-models/churn/latest/ model/ --recursive\n      - run: npm run build\n'
        )
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'a build whose output is thrown away (near miss names it)',
      files: workflow(job('      - run: npm run build\n')),
      status: 'fail',
      messageId: 'built-not-stored',
      mentions: ['`build`']
    },
    {
      name: 'dist/ uploaded only when the job fails is a debugging aid',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        if: failure()\n        with:\n          name: dist\n          path: dist/\n'
        )
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'an image built without push',
      files: workflow(
        job('      - uses: docker/build-push-action@v6\n        with:\n          push: false\n')
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'uploading test results is not keeping build outputs',
      files: workflow(
        'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=junit.xml\n      - uses: actions/upload-artifact@v4\n        with:\n          name: junit\n          path: junit.xml\n'
      ),
      status: 'fail',
      messageId: 'nothing-stored'
    }
  ]
})
