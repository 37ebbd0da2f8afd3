import { scriptedDeploy } from '../../src/practices/scripted-deploy.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

/** A GitOps hand-off: the image is built here and its manifests repository is asked to roll it out. */
const GITOPS_HAND_OFF =
  'on:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: x\n    steps:\n      - run: docker build -t $IMAGE:$GITHUB_SHA . && docker push $IMAGE:$GITHUB_SHA\n      - name: Update images in staging (Helm)\n        run: |\n          curl -X POST https://api.github.com/repos/acme/app-manifests/dispatches \\\n            -d \'{"event_type":"update-docker-image"}\'\n'

testPractice(scriptedDeploy, {
  valid: [
    {
      name: 'a GitOps hand-off to the manifests repository deploys (patterns §10.2)',
      files: workflow(GITOPS_HAND_OFF),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['`release`']
    },
    {
      name: 'publishing to a package registry through an environment (crates-io) is a deployment',
      files: workflow(
        'on:\n  release:\n    types: [published]\njobs:\n  publish:\n    environment: crates-io\n    runs-on: x\n    steps:\n      - run: cargo publish\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['`publish`']
    },
    {
      name: 'uploading a compiled pipeline to Kubeflow puts it on its runtime (§1.1, §9.1)',
      files: workflow(
        'on: push\njobs:\n  pipelines:\n    runs-on: x\n    steps:\n      - run: |\n          kfp dsl compile --py pipelines/churn.py --output churn.yaml\n          kfp --endpoint ${{ env.KUBEFLOW_ENDPOINT }} pipeline create -p churn churn.yaml\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['`pipelines`']
    },
    {
      name: 'a deploy action on a manual trigger still is a scripted deploy',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  ship:\n    runs-on: x\n    steps:\n      - uses: azure/webapps-deploy@v3\n'
      ),
      status: 'pass',
      messageId: 'deploys',
      mentions: ['`ship`'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'a job with a staging environment',
      files: workflow(
        'on: push\njobs:\n  release:\n    runs-on: x\n    environment: staging\n    steps:\n      - run: ./scripts/ship-it.sh\n'
      ),
      status: 'pass',
      messageId: 'deploys'
    },
    {
      name: 'terraform apply is a deployment of infrastructure',
      files: workflow(
        'on: push\njobs:\n  infra:\n    runs-on: x\n    steps:\n      - run: terraform apply -auto-approve\n'
      ),
      status: 'pass',
      messageId: 'deploys'
    }
  ],
  invalid: [
    {
      name: 'near-miss: a dispatch that only rebuilds a docs site elsewhere deploys nothing of this repository',
      files: workflow(
        'on: push\njobs:\n  docs:\n    runs-on: x\n    steps:\n      - name: Rebuild docs site\n        run: gh workflow run site.yml --repo acme/docs-site\n'
      ),
      status: 'fail',
      messageId: 'no-deploy'
    },
    {
      name: 'starting a pipeline run is training, not a deploy (near miss)',
      files: workflow(
        'on: push\njobs:\n  pipelines:\n    runs-on: x\n    steps:\n      - run: kfp run submit -e exp -r nightly -f churn.yaml\n'
      ),
      status: 'fail',
      messageId: 'no-deploy'
    },
    {
      name: 'an image is published but never deployed (near miss names the publisher)',
      files: workflow(
        'on: release\njobs:\n  publish:\n    runs-on: x\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n'
      ),
      status: 'fail',
      messageId: 'published-not-deployed',
      mentions: ['`publish`']
    },
    {
      name: 'helm install into a kind cluster is a test fixture, not a deploy',
      files: workflow(
        'on: push\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - uses: helm/kind-action@v1\n      - run: helm upgrade --install app ./chart --wait\n'
      ),
      status: 'fail',
      messageId: 'no-deploy'
    },
    {
      name: 'a job named deploy that only echoes',
      files: workflow('on: push\njobs:\n  deploy:\n    runs-on: x\n    steps:\n      - run: echo "OK"\n'),
      status: 'fail',
      messageId: 'no-deploy'
    }
  ]
})
