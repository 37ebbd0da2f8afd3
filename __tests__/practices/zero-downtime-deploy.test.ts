import { zeroDowntimeDeploy } from '../../src/practices/zero-downtime-deploy.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const deploy = (env: string, steps: string, id = `deploy-${env}`): string =>
  `  ${id}:\n    runs-on: x\n    environment: ${env}\n    steps:\n${steps}`

testPractice(zeroDowntimeDeploy, {
  valid: [
    {
      name: 'helm --atomic in the production deploy',
      files: workflow(
        `on: push\njobs:\n${deploy('production', '      - run: helm upgrade --install app ./chart --atomic --timeout 5m\n')}`
      ),
      status: 'pass',
      messageId: 'rolls-out',
      mentions: ['`deploy-production`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'kubectl rollout status in a job after the production deploy',
      files: workflow(
        `on: push\njobs:\n${deploy('prod', '      - run: kubectl apply -f k8s/\n')}  verify:\n    runs-on: x\n    needs: deploy-prod\n    steps:\n      - run: kubectl rollout status deployment/app\n`
      ),
      status: 'pass',
      messageId: 'rolls-out',
      mentions: ['`verify`']
    },
    {
      name: 'an App Service slot swap',
      files: workflow(
        `on: push\njobs:\n${deploy('production', '      - run: az webapp deployment slot swap -g rg -n app --slot staging\n')}`
      ),
      status: 'pass',
      messageId: 'rolls-out'
    },
    {
      name: 'no production deploy: not applicable',
      files: workflow(`on: push\njobs:\n${deploy('staging', '      - run: fly deploy\n')}`),
      status: 'not-applicable',
      messageId: 'no-production'
    },
    {
      name: 'a matrix environment of pre-production names only: not applicable',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    strategy:\n      matrix:\n        target: [dev, staging]\n    environment: ${{ matrix.target }}\n    steps:\n      - run: fly deploy\n'
      ),
      status: 'not-applicable',
      messageId: 'no-production'
    }
  ],
  invalid: [
    {
      // The openshift starter: oc-new-app creates the app and exposes it; it waits for no rollout.
      name: 'oc new-app to production is known, and rolls nothing out',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  openshift-ci-cd:\n    name: Build and deploy to OpenShift\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: redhat-actions/buildah-build@v2\n        id: build-image\n        with:\n          image: app\n          tags: latest\n      - uses: redhat-actions/push-to-registry@v2\n        id: push-image\n        with:\n          image: app\n          registry: ghcr.io/org\n      - uses: redhat-actions/oc-login@v1\n      - name: Create and expose app\n        uses: redhat-actions/oc-new-app@v1\n        with:\n          app_name: app\n          image: ${{ steps.push-image.outputs.registry-path }}\n'
      ),
      status: 'fail',
      messageId: 'no-rollout'
    },
    {
      name: 'a matrix environment that lists production is a production deploy',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    strategy:\n      matrix:\n        target: [staging, production]\n    environment: ${{ matrix.target }}\n    steps:\n      - run: fly deploy\n'
      ),
      status: 'fail',
      messageId: 'no-rollout',
      mentions: ['`deploy`']
    },
    {
      name: 'no literal production deploy, but a deploy to an expression: unknown, never n/a',
      files: workflow(
        'on:\n  workflow_dispatch:\n    inputs:\n      target: { type: string }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.target }}\n    steps:\n      - run: fly deploy\n'
      ),
      status: 'unknown',
      messageId: 'no-production',
      mentions: ['`deploy` deploys to `${{ inputs.target }}`'],
      at: '.github/workflows/ci.yml:8'
    },
    {
      name: 'a plain production deploy',
      files: workflow(`on: push\njobs:\n${deploy('production', '      - run: fly deploy\n')}`),
      status: 'fail',
      messageId: 'no-rollout',
      mentions: ['`deploy-production`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'staging rolls out carefully, production does not (near miss names both)',
      files: workflow(
        `on: push\njobs:\n${deploy('staging', '      - run: helm upgrade --install app ./chart --wait\n')}${deploy('production', '      - run: fly deploy\n')}`
      ),
      status: 'fail',
      messageId: 'rollout-elsewhere',
      mentions: ['`deploy-staging`', '`deploy-production`']
    },
    {
      name: 'a rollout check that runs before production is no evidence for it',
      files: workflow(
        `on: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: kubectl rollout status deployment/app\n${deploy('production', '      - run: fly deploy\n').replace('    runs-on: x\n', '    runs-on: x\n    needs: check\n')}`
      ),
      status: 'fail',
      messageId: 'rollout-elsewhere'
    }
  ]
})
