import { testEnvironment } from '../../src/practices/test-environment.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const deployJob = (id: string, environment: string | undefined, run = './deploy.sh'): string =>
  `  ${id}:\n    runs-on: x\n${environment === undefined ? '' : `    environment: ${environment}\n`}    steps:\n      - run: ${run}\n`

testPractice(testEnvironment, {
  valid: [
    {
      name: 'a Cloud Run service named for staging, deployed from a docker.pkg.dev image',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build and Push Container\n        run: |-\n          docker build --tag "us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}" .\n          docker push "us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}"\n      - name: Deploy to Cloud Run\n        uses: google-github-actions/deploy-cloudrun@v2\n        with:\n          service: my-service-staging\n          region: us-central1\n          image: us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}\n'
      ),
      status: 'pass',
      messageId: 'deploys'
    },
    {
      name: 'environment: staging',
      files: workflow(`on: push\njobs:\n${deployJob('deploy-staging', 'staging')}`),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['`deploy-staging`', '(staging)'],
      at: '.github/workflows/ci.yml:5'
    },
    {
      name: 'gke-staging reads as staging (names are words)',
      files: workflow(`on: push\njobs:\n${deployJob('rollout', 'gke-staging', 'kubectl apply -f k8s/')}`),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['gke-staging']
    },
    {
      name: 'a per-PR preview environment with an expression in its name',
      files: workflow(
        `on: pull_request\njobs:\n${deployJob('preview', 'api-preview-${{ github.event.number }}', 'npx vercel deploy')}`
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['api-preview-']
    },
    {
      name: 'no environment: the deploy input names a staging slot',
      files: workflow(
        'on: push\njobs:\n  web:\n    runs-on: x\n    steps:\n      - uses: azure/webapps-deploy@v3\n        with:\n          app-name: shop\n          slot-name: staging\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['(staging)'],
      at: '.github/workflows/ci.yml:3'
    },
    {
      name: 'no environment: the workflow is named for previews',
      files: workflow(
        'name: PR Preview\non: [pull_request, workflow_dispatch]\njobs:\n  site:\n    runs-on: x\n    steps:\n      - uses: FirebaseExtended/action-hosting-deploy@v0\n        with:\n          channelId: pr-${{ github.event.number }}\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['PR Preview']
    },
    {
      name: 'a deploy only pull requests start is a preview, whatever its target is called',
      files: workflow(
        'on: pull_request\njobs:\n  site:\n    runs-on: x\n    steps:\n      - run: npx vercel deploy\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['a pull-request preview']
    },
    {
      name: 'an environment that names no stage (cloud, for the credentials) leaves the workflow name to say dev (held-out round ml4)',
      files: workflow(
        'name: deploy-dev\non:\n  push:\n    tags:\n      - "*#dev*"\njobs:\n  rerun-pipeline:\n    runs-on: ubuntu-latest\n    environment: cloud\n    steps:\n      - uses: actions/checkout@v3\n      - name: Deploy to Heroku with MLEM\n        run: |\n          dvc pull .mlem/model/clf-model\n          mlem deployment run api-customer-churn-dev\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['deploy-dev']
    }
  ],
  invalid: [
    {
      name: 'near miss: the same credentials environment in a workflow named for prod is no test environment',
      files: workflow(
        'name: deploy-prod\non:\n  push:\n    tags:\n      - "*#prod*"\njobs:\n  rerun-pipeline:\n    runs-on: ubuntu-latest\n    environment: cloud\n    steps:\n      - uses: actions/checkout@v3\n      - name: Deploy to Heroku with MLEM\n        run: |\n          dvc pull .mlem/model/clf-model\n          mlem deployment run api-customer-churn-prod\n'
      ),
      status: 'fail',
      messageId: 'production-only'
    },
    {
      // The google-cloudrun-docker starter: `dev` in the registry host `docker.pkg.dev` names what is deployed,
      // not where.
      name: 'an image host with dev in it is not a development environment',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build and Push Container\n        run: |-\n          docker build --tag "us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}" .\n          docker push "us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}"\n      - name: Deploy to Cloud Run\n        uses: google-github-actions/deploy-cloudrun@v2\n        with:\n          service: my-service\n          region: us-central1\n          image: us-central1-docker.pkg.dev/my-project/my-service:${{ github.sha }}\n'
      ),
      status: 'fail',
      messageId: 'production-only'
    },
    {
      name: 'only production deploys (near miss names them)',
      files: workflow(`on: push\njobs:\n${deployJob('deploy-prod', 'production')}`),
      status: 'fail',
      messageId: 'production-only',
      mentions: ['`deploy-prod`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'an environment name the default patterns do not read as pre-production (acc)',
      files: workflow(`on: push\njobs:\n${deployJob('deploy', 'acc')}`),
      status: 'fail',
      messageId: 'production-only',
      mentions: ['`deploy`']
    },
    {
      name: 'the same deploy started by a push to the default branch is not a preview',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  site:\n    runs-on: x\n    steps:\n      - run: npx vercel deploy\n'
      ),
      status: 'fail',
      messageId: 'production-only'
    },
    {
      name: '"test" in a job or workflow name is the work, not the target',
      files: workflow(
        'name: Build, test and deploy\non: push\njobs:\n  test-and-deploy:\n    runs-on: x\n    steps:\n      - run: npm test\n      - run: npx vercel deploy --prod\n'
      ),
      status: 'fail',
      messageId: 'production-only'
    },
    {
      name: 'a kind cluster inside the job is a test fixture, not an environment',
      files: workflow(
        'on: push\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - uses: helm/kind-action@v1\n      - run: helm upgrade --install app ./chart --wait\n'
      ),
      status: 'fail',
      messageId: 'no-deploy'
    },
    {
      name: 'no deploy at all',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      status: 'fail',
      messageId: 'no-deploy'
    }
  ]
})
