import { buildOnceDeployAnywhere } from '../../src/practices/build-once-deploy-anywhere.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const UPLOAD =
  '  build:\n    runs-on: x\n    steps:\n      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        with:\n          name: site\n          path: dist\n'
const IMAGE =
  '  image:\n    runs-on: x\n    outputs:\n      digest: ${{ steps.push.outputs.digest }}\n    steps:\n      - id: push\n        uses: docker/build-push-action@v6\n        with:\n          push: true\n'
const deployFrom = (env: string, steps: string, needs = 'build'): string =>
  `  deploy-${env}:\n    runs-on: x\n    needs: ${needs}\n    environment: ${env}\n    steps:\n${steps}`
const callDeploy = (env: string): string =>
  `  ${env}:\n    needs: build\n    uses: ./.github/workflows/deploy.yml\n    with:\n      environment: ${env}\n`
const DOWNLOAD =
  '      - uses: actions/download-artifact@v4\n        with:\n          name: site\n      - run: npx netlify deploy --dir dist\n'

testPractice(buildOnceDeployAnywhere, {
  valid: [
    {
      name: 'staging and production deploy the uploaded artifact',
      files: workflow(
        `on: push\njobs:\n${UPLOAD}${deployFrom('staging', DOWNLOAD)}${deployFrom('production', DOWNLOAD, 'deploy-staging')}`
      ),
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['`deploy-staging`', '`deploy-production`', '`build`', 'download-artifact'],
      at: '.github/workflows/ci.yml:16'
    },
    {
      name: 'the image digest taken from needs.image.outputs',
      files: workflow(
        `on: push\njobs:\n${IMAGE}${deployFrom('production', '      - run: kubectl set image deploy/app app=ghcr.io/o/app@${{ needs.image.outputs.digest }}\n', 'image')}`
      ),
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['needs.image.outputs']
    },
    {
      name: 'the digest passed to a remote reusable deploy workflow',
      files: workflow(
        `on: push\njobs:\n${IMAGE}  deploy:\n    needs: image\n    uses: acme/platform/.github/workflows/deploy.yml@v1\n    with:\n      environment: production\n      image: ghcr.io/o/app@\${{ needs.image.outputs.digest }}\n`
      ),
      status: 'pass',
      messageId: 'deploys-built-output'
    },
    {
      name: 'staging and production call a local deploy workflow that downloads the artifact (judged once, inlined)',
      files: {
        '.github/workflows/ci.yml': `on: push\njobs:\n${UPLOAD}${['staging', 'production'].map(callDeploy).join('')}`,
        '.github/workflows/deploy.yml': `on:\n  workflow_call:\n    inputs:\n      environment: { type: string, required: true }\njobs:\n  deploy:\n    runs-on: x\n    environment: \${{ inputs.environment }}\n    steps:\n${DOWNLOAD}`
      },
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['`staging/deploy`', '`production/deploy`', '`build`']
    }
  ],
  invalid: [
    {
      name: 'the deploy job builds for itself (near miss points at the build step)',
      files: workflow(
        'on: push\njobs:\n  site:\n    runs-on: x\n    steps:\n      - run: hugo --minify\n      - uses: FirebaseExtended/action-hosting-deploy@v0\n'
      ),
      status: 'fail',
      messageId: 'builds-itself',
      mentions: ['`site`'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'production rebuilds although staging took the artifact',
      files: workflow(
        `on: push\njobs:\n${UPLOAD}${deployFrom('staging', DOWNLOAD)}${deployFrom('production', '      - run: npm run build\n      - run: npx netlify deploy --prod\n', 'deploy-staging')}`
      ),
      status: 'fail',
      messageId: 'builds-itself',
      mentions: ['`deploy-production`']
    },
    {
      name: 'needs the image job but does not take its digest',
      files: workflow(
        `on: push\njobs:\n${IMAGE}${deployFrom('production', '      - run: kubectl set image deploy/app app=ghcr.io/o/app:latest\n', 'image')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing',
      mentions: ['`deploy-production`', '`image`']
    },
    {
      name: 'reads outputs of a config job, not of a build',
      files: workflow(
        `on: push\njobs:\n  config:\n    runs-on: x\n    outputs:\n      target: \${{ steps.t.outputs.target }}\n    steps:\n      - id: t\n        run: echo target=prod >> $GITHUB_OUTPUT\n${deployFrom('production', '      - run: fly deploy --app ${{ needs.config.outputs.target }}\n', 'config')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'nothing deploys',
      files: workflow(`on: push\njobs:\n${UPLOAD}`),
      status: 'fail',
      messageId: 'no-deploy'
    }
  ]
})
