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

/** A job that computes values for later jobs (an export path, a version, an environment) and builds nothing. */
const EXPORT =
  '  export:\n    runs-on: x\n    outputs:\n      value: ${{ steps.e.outputs.value }}\n    steps:\n      - id: e\n        run: python scripts/export.py\n'
const takes = (output: string): string =>
  EXPORT.replace(/value/g, output) +
  deployFrom(
    'production',
    `      - run: python scripts/promote.py --from "\${{ needs.export.outputs.${output} }}"\n`,
    'export'
  )
/** A job that deploys through one remote action, given `inputs` (YAML lines under `with:`). */
const remoteDeploy = (id: string, name: string, uses: string, inputs: string): string =>
  `  ${id}:\n    needs: build\n    runs-on: x\n    environment: production\n    steps:\n      - name: ${name}\n        uses: ${uses}\n        with:\n${inputs}`

/** The Pages starter workflows' shape (actions/starter-workflows pages/*.yml): build and upload, then deploy. */
const PAGES_BUILD =
  '  build:\n    runs-on: x\n    steps:\n      - run: bundle exec jekyll build\n      - uses: actions/upload-pages-artifact@v3\n'
const PAGES_DEPLOY =
  '  deploy:\n    needs: build\n    runs-on: x\n    environment:\n      name: github-pages\n    steps:\n      - uses: actions/deploy-pages@v4\n'
/** An image pushed under a tag (starter workflow deployments/azure-container-webapp.yml's shape). */
const pushTagged = (tag: string): string =>
  `  build:\n    runs-on: x\n    steps:\n      - uses: docker/build-push-action@v5\n        with:\n          push: true\n          tags: ghcr.io/o/app:${tag}\n`
const deployImage = (image: string): string =>
  deployFrom(
    'production',
    `      - uses: azure/webapps-deploy@v2\n        with:\n          images: '${image}'\n`
  )

testPractice(buildOnceDeployAnywhere, {
  valid: [
    {
      name: 'GitHub Pages: the deploy publishes the site artifact the build job uploaded (§6.1)',
      files: workflow(`on: push\njobs:\n${PAGES_BUILD}${PAGES_DEPLOY}`),
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['`deploy`', '`build`', 'upload-pages-artifact'],
      at: '.github/workflows/ci.yml:14'
    },
    {
      name: 'the deploy names the image an earlier job pushed under the commit tag (§6.1)',
      files: workflow(
        `on: push\njobs:\n${pushTagged('${{ github.sha }}')}${deployImage('ghcr.io/o/app:${{ github.sha }}')}`
      ),
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['image tagged with github.sha']
    },
    {
      name: 'the commit tag as $GITHUB_SHA in scripts',
      files: workflow(
        `on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: docker build -t reg/app:$GITHUB_SHA . && docker push reg/app:$GITHUB_SHA\n${deployFrom('production', '      - run: kubectl set image deploy/app app=reg/app:${GITHUB_SHA}\n')}`
      ),
      status: 'pass',
      messageId: 'deploys-built-output'
    },
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
    },
    {
      name: 'promotion by reference: a needed job exports the model and the deploy imports its path (§6.1)',
      files: workflow(`on:\n  release:\n    types: [published]\njobs:\n${takes('export_path')}`),
      status: 'pass',
      messageId: 'deploys-by-reference',
      mentions: ['`deploy-production`', 'needs.export.outputs.export_path']
    },
    {
      name: 'promotion by reference: a camel-case image tag output',
      files: workflow(`on: push\njobs:\n${takes('imageTag')}`),
      status: 'pass',
      messageId: 'deploys-by-reference'
    },
    {
      name: 'a remote action that applies only DNS infrastructure need not take the build (§6.1)',
      files: workflow(
        `on: push\njobs:\n${IMAGE}${deployFrom('production', '      - run: kubectl set image deploy/app app=ghcr.io/o/app@${{ needs.image.outputs.digest }}\n', 'image')}${remoteDeploy('domains', 'Deploy Domains Infrastructure', 'acme/github-actions/deploy-domains-infra@master', '          azure-client-id: x\n').replace('needs: build', 'needs: deploy-production')}`
      ),
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['`deploy-production`']
    },
    {
      name: 'the deploy workflow names the image a build workflow pushed under a tag made from the commit (held-out round ml4)',
      files: {
        ...workflow(
          'on: workflow_dispatch\njobs:\n  build_and_push:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/amazon-ecr-login@v2\n      - name: Add short sha in env\n        run: echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >> $GITHUB_ENV\n      - run: bentoml build\n      - run: bentoml containerize -t $CI_COMMIT_SHA iris_classifier_service\n      - name: Push image to ECR registry\n        run: |\n          docker tag $CI_COMMIT_SHA ${{ vars.ECR_REGISTRY_URI }}:$CI_COMMIT_SHA\n          docker push ${{ vars.ECR_REGISTRY_URI }}:$CI_COMMIT_SHA\n',
          'build.yaml'
        ),
        ...workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      environment:\n        type: choice\n        options: [staging, production]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: ${{ github.event.inputs.environment }}\n    steps:\n      - uses: actions/checkout@v4\n      - name: Add short sha in env\n        run: echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >> $GITHUB_ENV\n      - id: render\n        uses: aws-actions/amazon-ecs-render-task-definition@v1\n        with:\n          task-definition: task-definition.json\n          container-name: app\n          image: ${{ vars.ECR_REGISTRY_URI }}:${{ env.CI_COMMIT_SHA }}\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v1\n        with:\n          task-definition: ${{ steps.render.outputs.task-definition }}\n          service: app\n          cluster: c\n',
          'deploy.yaml'
        )
      },
      status: 'pass',
      messageId: 'deploys-built-output',
      mentions: ['`deploy`', 'pushed by .github/workflows/build.yaml']
    }
  ],
  invalid: [
    {
      name: 'near miss: the deploy workflow names a moving tag (latest), which no build of this commit pins',
      files: {
        ...workflow(
          'on: workflow_dispatch\njobs:\n  build_and_push:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/amazon-ecr-login@v2\n      - name: Add short sha in env\n        run: echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >> $GITHUB_ENV\n      - run: bentoml build\n      - run: bentoml containerize -t $CI_COMMIT_SHA iris_classifier_service\n      - name: Push image to ECR registry\n        run: |\n          docker tag $CI_COMMIT_SHA ${{ vars.ECR_REGISTRY_URI }}:$CI_COMMIT_SHA\n          docker push ${{ vars.ECR_REGISTRY_URI }}:$CI_COMMIT_SHA\n',
          'build.yaml'
        ),
        ...workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      environment:\n        type: choice\n        options: [staging, production]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: ${{ github.event.inputs.environment }}\n    steps:\n      - uses: actions/checkout@v4\n      - name: Add short sha in env\n        run: echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >> $GITHUB_ENV\n      - id: render\n        uses: aws-actions/amazon-ecs-render-task-definition@v1\n        with:\n          task-definition: task-definition.json\n          container-name: app\n          image: ${{ vars.ECR_REGISTRY_URI }}:latest\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v1\n        with:\n          task-definition: ${{ steps.render.outputs.task-definition }}\n          service: app\n          cluster: c\n',
          'deploy.yaml'
        )
      },
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      // The terraform starter: the gap is that no build is promoted, not that nothing deploys (patterns §0).
      name: 'only infrastructure is applied',
      files: workflow(
        "on:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  terraform:\n    name: Terraform\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - uses: hashicorp/setup-terraform@v1\n      - run: terraform init\n      - run: terraform fmt -check\n      - run: terraform plan -input=false\n      - name: Terraform Apply\n        if: github.ref == 'refs/heads/main' && github.event_name == 'push'\n        run: terraform apply -auto-approve -input=false\n"
      ),
      status: 'fail',
      messageId: 'infrastructure-only',
      mentions: ['`Terraform (terraform)`']
    },
    {
      name: 'near-miss: deploy-pages with no job before it uploading the site',
      files: workflow(
        `on: push\njobs:\n${UPLOAD}${PAGES_DEPLOY.replace('      - uses: actions/deploy-pages', '      - uses: actions/upload-pages-artifact@v3\n      - uses: actions/deploy-pages')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'near-miss: the image was pushed as latest, so the commit tag names nothing built',
      files: workflow(
        `on: push\njobs:\n${pushTagged('latest')}${deployImage('ghcr.io/o/app:${{ github.sha }}')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'near-miss: github.sha that is not an image tag (a deployment note)',
      files: workflow(
        `on: push\njobs:\n${pushTagged('${{ github.sha }}')}${deployFrom('production', '      - run: ./deploy.sh --note "commit ${{ github.sha }}"\n')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'the deploy runs inside a remote action that takes no build: unknown, naming it (§10.2)',
      files: workflow(
        `on: push\njobs:\n${UPLOAD}${remoteDeploy('deploy-prod', 'Deploy CDK stack to Production', 'acme/composite-action-cdk-deploy@main', '          folder: stack\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/composite-action-cdk-deploy@main', '`deploy-prod`']
    },
    {
      name: 'near-miss: a readable deploy that takes nothing still fails beside an unreadable one',
      files: workflow(
        `on: push\njobs:\n${UPLOAD}${remoteDeploy('deploy-prod', 'Deploy stack', 'acme/cdk-deploy@main', '          folder: stack\n')}${deployFrom('staging', '      - run: npx netlify deploy --dir dist\n')}`
      ),
      status: 'fail',
      messageId: 'consumes-nothing',
      mentions: ['`deploy-staging`']
    },
    {
      name: 'near-miss: a needed output that is only a setting (environment)',
      files: workflow(`on: push\njobs:\n${takes('environment')}`),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: "near-miss: a needed output that is a tool's version",
      files: workflow(`on: push\njobs:\n${takes('node_version')}`),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'near-miss: a needed output that is only the image name, which any rebuild shares',
      files: workflow(`on: push\njobs:\n${takes('image-name')}`),
      status: 'fail',
      messageId: 'consumes-nothing'
    },
    {
      name: 'a job with an environment that rebuilds the image for it, beside a deploy that builds nothing (§6.1)',
      files: workflow(
        `on: push\njobs:\n  build-import:\n    runs-on: x\n    environment: production\n    steps:\n      - run: docker build -t app .\n      - uses: acme/actions/import@v5\n${deployFrom('production', '      - run: npx netlify deploy --prod\n', 'build-import')}`
      ),
      status: 'fail',
      messageId: 'builds-itself',
      mentions: ['`build-import`']
    },
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
