import { describe, expect, it } from '@jest/globals'
import { acceptanceBeforePromotion } from '../../src/practices/acceptance-before-promotion.js'
import { automatedDeploy } from '../../src/practices/automated-deploy.js'
import { buildOnceDeployAnywhere } from '../../src/practices/build-once-deploy-anywhere.js'
import { scriptedDeploy } from '../../src/practices/scripted-deploy.js'
import { testEnvironment } from '../../src/practices/test-environment.js'
import { pipelineOf } from '../../src/practices/support/pipeline.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../../src/workflow/environment-class.js'
import { evidenceFrom, workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

/**
 * Real-world patterns §1 (what makes a job a deploy) and §3.2 (environment values), on workflow snippets
 * shaped like the public pipelines they were seen in.
 */

async function deployJobs(files: Record<string, string>): Promise<string[]> {
  const pipeline = pipelineOf(await evidenceFrom(files), DEFAULT_ENVIRONMENT_PATTERNS)
  return pipeline.deployJobs.map(job => `${job.job.id}:${job.environmentClass ?? '-'}`)
}

describe('§1.1 a deploy is judged by its steps', () => {
  it.each([
    [
      'a deploy action',
      'on: push\njobs:\n  ship:\n    runs-on: x\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - uses: azure/webapps-deploy@v3\n',
      ['ship:production']
    ],
    [
      'an opaque script in a production environment',
      'on: push\njobs:\n  ship:\n    runs-on: x\n    environment: production\n    steps:\n      - run: ./ops/release.sh\n',
      ['ship:production']
    ],
    [
      'a remote action the catalog does not know, in staging',
      'on: push\njobs:\n  ship:\n    runs-on: x\n    environment: staging\n    steps:\n      - uses: acme/internal-rollout@v2\n',
      ['ship:preproduction']
    ],
    [
      'a job that only prints, whatever its environment',
      'on: push\njobs:\n  production:\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo "Deployed ${{ github.sha }}"\n',
      []
    ],
    [
      'a marker job that only notifies',
      'on: push\njobs:\n  announce:\n    runs-on: x\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - uses: slackapi/slack-github-action@v1\n        with: { payload: deployed }\n',
      []
    ],
    [
      'tests that take a development environment only for its secrets',
      'on: pull_request\njobs:\n  integration:\n    runs-on: x\n    environment: development\n    steps:\n      - run: npm ci\n      - run: npm test\n',
      []
    ]
  ])('%s', async (_name, yaml, expected) => {
    expect(await deployJobs(workflow(yaml))).toEqual(expected)
  })
})

describe('§1.2 one notion of deploy: publishing into an environment of class other', () => {
  const pypi = workflow(
    [
      'on: { push: { tags: ["*"] } }',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: python -m build',
      '      - uses: actions/upload-artifact@v4',
      '        with: { name: dist, path: dist/ }',
      '  publish-pypi:',
      '    needs: [build]',
      '    environment: { name: publish, url: https://pypi.org/project/x }',
      '    runs-on: ubuntu-latest',
      '    permissions: { id-token: write }',
      '    steps:',
      '      - uses: actions/download-artifact@v4',
      '      - uses: pypa/gh-action-pypi-publish@release/v1',
      ''
    ].join('\n'),
    'publish.yaml'
  )

  it('the PyPI job deploys, and only it', async () => {
    expect(await deployJobs(pypi)).toEqual(['publish-pypi:other'])
  })

  testPractice(buildOnceDeployAnywhere, {
    valid: [
      {
        name: 'a PyPI publish of the downloaded build output builds nothing itself',
        files: pypi,
        status: 'pass',
        messageId: 'deploys-built-output'
      }
    ],
    invalid: [
      {
        name: 'an upload-artifact in an environment of class other is not a deploy',
        files: workflow(
          'on: push\njobs:\n  keep:\n    runs-on: x\n    environment: docs\n    steps:\n      - run: make html\n      - uses: actions/upload-artifact@v4\n        with: { name: html, path: _build }\n'
        ),
        status: 'fail',
        messageId: 'no-deploy'
      }
    ]
  })

  testPractice(scriptedDeploy, {
    valid: [
      { name: 'the PyPI publish is the deployment', files: pypi, status: 'pass', messageId: 'deploys' }
    ],
    invalid: [
      {
        name: 'a production environment whose job only echoes deploys nothing',
        files: workflow(
          'on: push\njobs:\n  production:\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo ok\n'
        ),
        status: 'fail',
        messageId: 'no-deploy'
      }
    ]
  })
})

describe('§6.1 promotion by reference is build-once', () => {
  testPractice(buildOnceDeployAnywhere, {
    valid: [
      {
        name: 'a manual deploy of a version that must already exist, through a remote reusable workflow',
        files: workflow(
          [
            'on:',
            '  workflow_dispatch:',
            '    inputs:',
            '      version: { description: "Version to deploy; must already exist", required: true }',
            '      environment: { type: choice, options: [dev, prod] }',
            'jobs:',
            '  deploy_env:',
            '    uses: acme/shared/.github/workflows/deploy_env.yml@v2',
            '    with:',
            '      environment: ${{ inputs.environment }}',
            '      app_version: ${{ inputs.version }}',
            ''
          ].join('\n')
        ),
        status: 'pass',
        messageId: 'deploys-by-reference',
        mentions: ['inputs.version']
      },
      {
        name: 'an infrastructure-only job (terraform apply of DNS) need not take a build',
        files: workflow(
          'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: docker build -t app .\n      - uses: actions/upload-artifact@v4\n        with: { name: image, path: image.tar }\n  dns:\n    runs-on: x\n    environment: production\n    steps: [{ run: terraform -chdir=dns apply -auto-approve }]\n  deploy:\n    needs: build\n    runs-on: x\n    environment: production\n    steps:\n      - uses: actions/download-artifact@v4\n      - run: kubectl apply -f k8s/\n'
        ),
        status: 'pass',
        messageId: 'deploys-built-output'
      }
    ],
    invalid: [
      {
        name: 'near miss: a dispatch input that names only the environment is no build reference',
        files: workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      environment: { type: choice, options: [dev, prod] }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.environment }}\n    steps: [{ run: "kubectl apply -f k8s/" }]\n'
        ),
        status: 'fail',
        messageId: 'consumes-nothing'
      }
    ]
  })
})

describe('§1.3 production can sit on a marker job', () => {
  const marker = (gate: string) =>
    workflow(
      [
        'on: { push: { branches: [main] } }',
        'jobs:',
        '  e2e:',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: npx playwright test }]',
        '  apply:',
        `    needs: [${gate}]`,
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: terraform workspace select production && terraform apply -auto-approve',
        '  production:',
        '    needs: apply',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        '      - run: echo "production is at ${{ github.sha }}"',
        ''
      ].join('\n')
    )

  it('the job the marker needs is the production deploy', async () => {
    expect(await deployJobs(marker('e2e'))).toEqual(['apply:production'])
  })

  testPractice(acceptanceBeforePromotion, {
    valid: [
      {
        name: 'acceptance gates the deploying job',
        files: marker('e2e'),
        status: 'pass',
        messageId: 'gated',
        mentions: ['apply']
      }
    ],
    invalid: [
      {
        name: 'the deploying job needs no acceptance job, though the marker comes after everything',
        files: marker(''),
        status: 'fail',
        messageId: 'ungated',
        mentions: ['apply']
      }
    ]
  })
})

describe('§3.2 environment values are enumerated', () => {
  const dispatch = workflow(
    [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      environment:',
      '        type: choice',
      '        options: [dev, preprod, prod]',
      '      version: { type: string, required: true }',
      'jobs:',
      '  helm_lint:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: helm lint ./chart }]',
      '  deploy:',
      '    needs: helm_lint',
      '    runs-on: ubuntu-latest',
      '    environment: ${{ inputs.environment }}',
      '    steps:',
      '      - run: helm upgrade --install app ./chart --set image.tag=${{ inputs.version }}',
      ''
    ].join('\n'),
    'deploy-to-env.yml'
  )
  const setupOutput = workflow(
    [
      'on: { push: { branches: [main], tags: ["v*"] } }',
      'jobs:',
      '  setup:',
      '    runs-on: ubuntu-latest',
      '    outputs: { env_name: "${{ steps.pick.outputs.env_name }}" }',
      '    steps:',
      '      - id: pick',
      '        run: |',
      '          ENV="dev"',
      '          if [[ "$GITHUB_REF" == refs/tags/* ]]; then ENV="prod"; fi',
      '          echo "env_name=$ENV" >> "$GITHUB_OUTPUT"',
      '  deploy:',
      '    needs: setup',
      '    runs-on: ubuntu-latest',
      '    environment: ${{ needs.setup.outputs.env_name }}',
      '    steps: [{ run: "kubectl apply -f k8s/" }]',
      ''
    ].join('\n')
  )
  const remoteCall = workflow(
    [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      environment: { type: choice, options: [development, staging, production] }',
      'jobs:',
      '  deploy:',
      '    uses: acme/shared-workflows/.github/workflows/deploy.yml@v3',
      '    with:',
      '      environment: ${{ inputs.environment }}',
      '      image: ghcr.io/acme/app:${{ github.sha }}',
      ''
    ].join('\n')
  )

  it.each([
    ['a dispatch choice', dispatch, ['deploy:production']],
    ['literals a setup job writes to GITHUB_OUTPUT', setupOutput, ['deploy:production']],
    ['the environment input of a remote reusable workflow (§10.1)', remoteCall, ['deploy:production']]
  ])('%s: classified as its most production value', async (_name, files, expected) => {
    expect(await deployJobs(files)).toEqual(expected)
  })

  testPractice(acceptanceBeforePromotion, {
    valid: [
      {
        name: 'with no production value among the choices there is nothing to gate',
        files: workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      environment: { type: choice, options: [dev, qa] }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.environment }}\n    steps: [{ run: helm upgrade --install app ./chart }]\n'
        ),
        status: 'not-applicable',
        messageId: 'no-production'
      },
      {
        name: 'an acceptance job gates the dispatch deploy',
        files: workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      environment: { type: choice, options: [dev, prod] }\njobs:\n  e2e:\n    runs-on: x\n    steps: [{ run: npx playwright test }]\n  deploy:\n    needs: e2e\n    runs-on: x\n    environment: ${{ inputs.environment }}\n    steps: [{ run: helm upgrade --install app ./chart }]\n'
        ),
        status: 'pass',
        messageId: 'gated'
      }
    ],
    invalid: [
      {
        name: 'a manual deploy to a chosen prod with only a lint before it',
        files: dispatch,
        status: 'fail',
        messageId: 'ungated',
        mentions: ['deploy']
      },
      {
        name: 'a tag push deploys to prod through a setup job, with no acceptance job',
        files: setupOutput,
        status: 'fail',
        messageId: 'ungated'
      }
    ]
  })

  testPractice(testEnvironment, {
    valid: [
      {
        name: 'the pre-production value of a dispatch choice is a test environment',
        files: dispatch,
        status: 'pass',
        messageId: 'deploys',
        mentions: ['dev']
      }
    ],
    invalid: [
      {
        name: 'only production among the values',
        files: workflow(
          'on:\n  workflow_dispatch:\n    inputs:\n      target: { type: choice, options: [prod] }\njobs:\n  deploy:\n    runs-on: x\n    environment: ${{ inputs.target }}\n    steps: [{ run: helm upgrade --install app ./chart }]\n'
        ),
        status: 'fail',
        messageId: 'production-only'
      }
    ]
  })

  testPractice(automatedDeploy, {
    valid: [
      {
        name: 'the setup-output deploy starts on push and needs the job that builds',
        files: {
          ...workflow(
            'on: { push: { branches: [main] } }\njobs:\n  build:\n    runs-on: x\n    steps: [{ run: docker build -t app . }, { run: npm test }]\n  deploy:\n    needs: build\n    runs-on: x\n    environment: staging\n    steps: [{ run: "kubectl apply -f k8s/" }]\n'
          )
        },
        status: 'pass',
        messageId: 'automated'
      }
    ],
    invalid: [
      {
        name: 'a dispatch-only deploy to a chosen environment is not automated',
        files: dispatch,
        status: 'fail',
        messageId: 'not-automatic'
      }
    ]
  })
})
