import { continuousDeployment } from '../../src/practices/continuous-deployment.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const JOBS =
  '  build:\n    runs-on: x\n    steps:\n      - run: docker build .\n  test:\n    runs-on: x\n    steps:\n      - run: go test ./...\n'
const prod = (needs: string, env = 'production'): string =>
  `  release:\n    runs-on: x\n    needs: ${needs}\n    environment: ${env}\n    steps:\n      - run: fly deploy\n`
const on = (trigger: string, needs = '[build, test]'): Record<string, string> =>
  workflow(`on:\n${trigger}jobs:\n${JOBS}${prod(needs)}`)

testPractice(continuousDeployment, {
  valid: [
    {
      // §5.5: continuous deployment asks only that the push reach production unattended; tests are automated-deploy's.
      name: 'push to main reaches production without a test job',
      files: on('  push:\n    branches: [main]\n', 'build'),
      status: 'pass',
      messageId: 'continuous',
      mentions: ['`release`', '`main`']
    },
    {
      name: 'push to main → staging deploy → production through workflow_run, no test job anywhere',
      files: {
        ...workflow(
          'name: Deploy Stg\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: x\n    environment: staging\n    steps:\n      - run: fly deploy --app app-stg\n',
          'deploy-stg.yml'
        ),
        ...workflow(
          "name: Deploy Prod\non:\n  workflow_run:\n    workflows: ['Deploy Stg']\n    types: [completed]\njobs:\n  deploy:\n    if: ${{ github.event.workflow_run.conclusion == 'success' }}\n    runs-on: x\n    environment: production\n    steps:\n      - run: fly deploy --app app\n",
          'deploy-prod.yml'
        )
      },
      status: 'pass',
      messageId: 'continuous',
      mentions: ['`main`']
    },
    {
      name: 'push to main reaches production after build and test',
      files: on('  push:\n    branches: [main]\n'),
      status: 'pass',
      messageId: 'continuous',
      mentions: ['`release`', '`main`'],
      at: '.github/workflows/ci.yml:18'
    },
    {
      name: 'an unfiltered push reaches the default branch too',
      files: on('  push:\n'),
      status: 'pass',
      messageId: 'continuous'
    },
    {
      name: 'a branch glob that includes master',
      files: on("  push:\n    branches: ['mas*']\n"),
      status: 'pass',
      messageId: 'continuous',
      mentions: ['`master`']
    },
    {
      name: 'production deploy in a workflow_run chain after CI on main',
      files: {
        ...workflow(`name: CI\non:\n  push:\n    branches: [main]\njobs:\n${JOBS}`),
        ...workflow(
          'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\njobs:\n  release:\n    runs-on: x\n    environment: prod\n    steps:\n      - run: fly deploy\n',
          'cd.yml'
        )
      },
      status: 'pass',
      messageId: 'continuous'
    },
    {
      name: "the deploy job's if: pins it to main",
      files: workflow(
        `on: [push, pull_request]\njobs:\n${JOBS}${prod('[build, test]').replace('    runs-on: x\n', "    runs-on: x\n    if: github.ref == 'refs/heads/main'\n")}`
      ),
      status: 'pass',
      messageId: 'continuous',
      mentions: ['`main`']
    },
    {
      name: 'a default branch named trunk, set in the options',
      files: on('  push:\n    branches: [trunk]\n'),
      options: { branches: ['trunk'] },
      status: 'pass',
      messageId: 'continuous'
    }
  ],
  invalid: [
    {
      name: 'near-miss: staging on push, production only from a dispatch workflow (no test job either)',
      files: {
        ...workflow(
          'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: x\n    environment: staging\n    steps:\n      - run: fly deploy --app app-stg\n',
          'deploy-stg.yml'
        ),
        ...workflow(
          'on: workflow_dispatch\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: fly deploy --app app\n',
          'deploy-prod.yml'
        )
      },
      status: 'fail',
      messageId: 'not-from-default-branch'
    },
    {
      name: 'production only on tag pushes (near miss shows the filter)',
      files: on("  push:\n    tags: ['v1.*']\n"),
      status: 'fail',
      messageId: 'not-from-default-branch',
      mentions: ['`release`', 'tag v1.*'],
      at: '.github/workflows/ci.yml:2'
    },
    {
      name: 'production only by hand',
      files: on('  workflow_dispatch:\n'),
      status: 'fail',
      messageId: 'not-from-default-branch',
      mentions: ['workflow_dispatch']
    },
    {
      name: 'main excluded by a negated pattern',
      files: on("  push:\n    branches: ['**', '!main', '!master']\n"),
      status: 'fail',
      messageId: 'not-from-default-branch'
    },
    {
      name: "the deploy job's if: pins it to tags",
      files: workflow(
        `on: push\njobs:\n${JOBS}${prod('[build, test]').replace('    runs-on: x\n', "    runs-on: x\n    if: startsWith(github.ref, 'refs/tags/')\n")}`
      ),
      status: 'fail',
      messageId: 'not-from-default-branch'
    },
    {
      name: "the deploy job's if: pins it to a release branch",
      files: workflow(
        `on: push\njobs:\n${JOBS}${prod('[build, test]').replace('    runs-on: x\n', "    runs-on: x\n    if: github.ref == 'refs/heads/release'\n")}`
      ),
      status: 'fail',
      messageId: 'not-from-default-branch'
    },
    {
      name: 'main in branches-ignore',
      files: on('  push:\n    branches-ignore: [main, master]\n'),
      status: 'fail',
      messageId: 'not-from-default-branch'
    },
    {
      name: 'automatic deploys, but only to staging',
      files: workflow(`on: push\njobs:\n${JOBS}${prod('[build, test]', 'staging')}`),
      status: 'fail',
      messageId: 'no-production',
      mentions: ['`release`']
    },
    {
      name: 'nothing deploys',
      files: workflow(`on: push\njobs:\n${JOBS}`),
      status: 'fail',
      messageId: 'no-deploy'
    }
  ]
})
