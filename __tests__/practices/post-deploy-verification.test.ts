import { postDeployVerification } from '../../src/practices/post-deploy-verification.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const deployProd =
  '  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: ./scripts/deploy.sh\n'

/** A production job whose one step is a remote action, given `inputs` (YAML lines under `with:`). */
const remoteProd = (id: string, uses: string, inputs: string, needs = 'deploy'): string =>
  `  ${id}:\n    needs: ${needs}\n    runs-on: x\n    environment: production\n    steps:\n      - name: Deploy domains\n        uses: ${uses}\n        with:\n${inputs}`

testPractice(postDeployVerification, {
  valid: [
    {
      name: 'a smoke job needs the production deploy',
      files: workflow(
        `on: push\njobs:\n${deployProd}  smoke:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: curl -fsS https://example.com/healthz\n`
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['`deploy`', '`smoke`'],
      at: '.github/workflows/ci.yml:12'
    },
    {
      name: 'e2e through an intermediate job counts (transitive needs)',
      files: workflow(
        `on: push\njobs:\n${deployProd}  notify:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: echo done\n  e2e:\n    needs: notify\n    runs-on: x\n    steps:\n      - run: npx playwright test\n`
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['`e2e`']
    },
    {
      name: 'a health check step after the deploy step in the same job',
      files: workflow(
        'on: push\njobs:\n  release:\n    runs-on: x\n    environment: prod\n    steps:\n      - run: ./scripts/deploy.sh\n      - uses: jtalk/url-health-check-action@v4\n        with:\n          url: https://example.com\n'
      ),
      status: 'pass',
      messageId: 'verified',
      at: '.github/workflows/ci.yml:8'
    },
    {
      name: 'a health check step after the terraform apply of a production job',
      files: workflow(
        'on: push\njobs:\n  apply:\n    runs-on: x\n    environment: production\n    steps:\n      - run: terraform init\n      - run: terraform apply -auto-approve\n      - name: Verify health\n        run: curl -f --retry 3 "$SERVICE_URL/health"\n'
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['`apply`']
    },
    {
      name: 'a remote deploy call after the production deploy given `healthcheck:` (§10.1)',
      files: workflow(
        `on: push\njobs:\n${deployProd}${remoteProd('domains', 'acme/actions/deploy-domains-env@master', '          environment: production\n          healthcheck: health\n')}`
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['`domains`'],
      at: '.github/workflows/ci.yml:13'
    },
    {
      name: 'the production deploy is itself a remote call told to check `health-check-path`',
      files: workflow(
        'on: push\njobs:\n  release:\n    runs-on: x\n    environment: production\n    steps:\n      - name: Deploy\n        uses: acme/actions/aks-deploy@v3\n        with:\n          image: app:1\n          health-check-path: /healthz\n'
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['`release`']
    },
    {
      name: 'a verification job the policy names',
      files: workflow(
        `on: push\njobs:\n${deployProd}  synthetic:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: ./bin/probe\n`
      ),
      options: { jobs: ['synthetic'] },
      status: 'pass',
      messageId: 'verified'
    },
    {
      name: 'a production job that only records the deployment need not be verified itself',
      files: workflow(
        `on: push\njobs:\n${deployProd}  smoke:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: npm run smoke\n  marker:\n    needs: deploy\n    runs-on: x\n    environment: production\n    steps:\n      - run: newrelic deployment create\n`
      ),
      status: 'pass',
      messageId: 'verified',
      mentions: ['every production deploy (`deploy`)']
    },
    {
      name: 'no production deploy: not applicable',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: staging\n    steps:\n      - run: ./scripts/deploy.sh\n'
      ),
      status: 'not-applicable',
      messageId: 'no-production'
    }
  ],
  invalid: [
    {
      name: 'a health check step before the terraform apply of a production job (near miss)',
      files: workflow(
        'on: push\njobs:\n  apply:\n    runs-on: x\n    environment: production\n    steps:\n      - name: Verify health\n        run: curl -f --retry 3 "$SERVICE_URL/health"\n      - run: terraform apply -auto-approve\n'
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['`apply`']
    },
    {
      name: 'a matrix environment that lists production is a production deploy',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    strategy:\n      matrix:\n        target: [staging, production]\n    environment: ${{ matrix.target }}\n    steps:\n      - run: ./scripts/deploy.sh\n'
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['`deploy`']
    },
    {
      name: 'no literal production deploy, but a deploy to an expression: unknown, never n/a',
      files: workflow(
        'on:\n  workflow_dispatch:\n    inputs:\n      target: { type: string }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.target }}\n    steps:\n      - run: ./scripts/deploy.sh\n'
      ),
      status: 'unknown',
      messageId: 'no-production',
      mentions: ['`deploy` deploys to `${{ inputs.target }}`'],
      at: '.github/workflows/ci.yml:8'
    },
    {
      name: 'smoke tests exist but run before the deploy (near miss names both)',
      files: workflow(
        'on: push\njobs:\n  smoke:\n    runs-on: x\n    steps:\n      - run: npm run smoke\n  deploy:\n    needs: smoke\n    runs-on: x\n    environment: production\n    steps:\n      - run: ./scripts/deploy.sh\n'
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['`deploy` deploys to production', '`smoke` run smoke or e2e tests, but not after it'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'only a deployment marker and a security scan follow the deploy',
      files: workflow(
        `on: push\njobs:\n${deployProd}  record:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: newrelic deployment create\n  zap:\n    needs: deploy\n    runs-on: x\n    steps:\n      - uses: zaproxy/action-baseline@v0.14.0\n`
      ),
      status: 'fail',
      messageId: 'unverified'
    },
    {
      name: 'a second production deploy without verification',
      files: workflow(
        `on: push\njobs:\n${deployProd}  smoke:\n    needs: deploy\n    runs-on: x\n    steps:\n      - run: npm run smoke\n  deploy-eu:\n    runs-on: x\n    environment: production-eu\n    steps:\n      - run: ./scripts/deploy.sh\n`
      ),
      status: 'fail',
      messageId: 'unverified',
      mentions: ['`deploy-eu`']
    },
    {
      name: 'near-miss: a health check given to a remote call before the production deploy',
      files: workflow(
        `on: push\njobs:\n${remoteProd('warmup', 'acme/actions/probe@v1', '          healthcheck: /health\n', '[]').replace('environment: production', 'environment: staging')}  deploy:\n    needs: warmup\n    runs-on: x\n    environment: production\n    steps:\n      - run: ./scripts/deploy.sh\n`
      ),
      status: 'fail',
      messageId: 'unverified'
    },
    {
      name: 'near-miss: a health check grace period or a switched-off check verifies nothing',
      files: workflow(
        'on: push\njobs:\n  release:\n    runs-on: x\n    environment: production\n    steps:\n      - name: Deploy\n        uses: acme/actions/aks-deploy@v3\n        with:\n          health-check-grace-period: 60\n          healthcheck: false\n'
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/actions/aks-deploy@v3']
    },
    {
      name: 'a smoke step before the deploy step does not verify it',
      files: workflow(
        'on: push\njobs:\n  release:\n    runs-on: x\n    environment: prod\n    steps:\n      - run: npm run smoke\n      - run: ./scripts/deploy.sh\n'
      ),
      status: 'fail',
      messageId: 'unverified'
    }
  ]
})
