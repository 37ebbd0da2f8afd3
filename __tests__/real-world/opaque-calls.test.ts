// Real-world patterns §10.2 and §5.2: work handed to a call the gate cannot read is unknown with the call
// named, never a claim of absence; a promotion of the staging slot is the release step.
import { coverageThreshold } from '../../src/practices/coverage-threshold.js'
import { infrastructureAsCode } from '../../src/practices/infrastructure-as-code.js'
import { postDeployVerification } from '../../src/practices/post-deploy-verification.js'
import { testReports } from '../../src/practices/test-reports.js'
import { unitTests } from '../../src/practices/unit-tests.js'
import { zeroDowntimeDeploy } from '../../src/practices/zero-downtime-deploy.js'
import { workflow } from '../helpers/evidence.js'
import { reportsFrom } from '../helpers/reports-from.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const sample = (file: string): string =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/reports/coverage-samples', file), 'utf8')
import { testPractice } from '../helpers/practice-cases.js'

/** A Java service whose build and deploy live in the platform team's reusable workflows. */
const PLATFORM = workflow(`name: Bygg og deploy
on:
  push:
    branches: [master]
jobs:
  build-app:
    name: Build
    uses: navikt/fp-gha-workflows/.github/workflows/build-app-no-db.yml@main
    permissions: { contents: read, packages: write }
    with:
      java-version: 21
      push-image: \${{ github.ref_name == 'master' }}
    secrets: inherit
  deploy-dev:
    name: Deploy dev
    needs: build-app
    uses: navikt/fp-gha-workflows/.github/workflows/deploy.yml@main
    with:
      image: \${{ needs.build-app.outputs.build-version }}
      cluster: dev-fss
    secrets: inherit
`)

/** The image is built by a remote action: its build runs no unit tests the gate could count. */
const IMAGE_ONLY = workflow(`on: push
jobs:
  build_image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build and push docker image
        uses: DFE-Digital/github-actions/build-docker-image@master
        with:
          github-token: \${{ secrets.GITHUB_TOKEN }}
`)

testPractice(unitTests, {
  valid: [
    {
      name: 'a readable test step still decides',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: mvn -B verify\n'),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'the policy names the remote build job as the one that tests',
      files: PLATFORM,
      options: { jobs: ['build-app'] },
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'a Maven build inside a remote reusable workflow: unknown, naming the call',
      files: PLATFORM,
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['navikt/fp-gha-workflows/.github/workflows/build-app-no-db.yml@main', 'could not be read']
    },
    {
      name: 'near-miss: only an image build in a remote action is no hidden test run',
      files: IMAGE_ONLY,
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a test script that is not in the repository',
      files: workflow(
        'on: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: ./ci/run-unit-tests.sh\n'
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['ci/run-unit-tests.sh']
    },
    {
      name: 'near-miss: the script is in the repository and runs nothing the catalog knows as tests',
      files: {
        ...workflow(
          'on: push\njobs:\n  check:\n    runs-on: x\n    steps:\n      - run: ./ci/run-unit-tests.sh\n'
        ),
        'ci/run-unit-tests.sh': '#!/bin/sh\necho "nothing yet"\n'
      },
      status: 'fail',
      messageId: 'none'
    }
  ]
})

testPractice(testReports, {
  valid: [
    {
      name: 'a JUnit upload decides',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=junit.xml\n      - uses: actions/upload-artifact@v4\n        with: { name: junit, path: junit.xml }\n'
      ),
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'the build and tests run in a remote reusable workflow that may keep the reports',
      files: PLATFORM,
      status: 'unknown',
      messageId: 'opaque'
    },
    {
      name: 'near-miss: a remote action that only runs the tests keeps nothing by its names',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - name: Unit test packages\n        uses: mansagroup/nrwl-nx-action@v3\n        with: { targets: test }\n'
      ),
      status: 'fail',
      messageId: 'none'
    }
  ]
})

testPractice(coverageThreshold, {
  valid: [
    {
      name: 'a coverage report meets the bar',
      files: PLATFORM,
      evidence: {
        reports: reportsFrom({ 'coverage/coverage-summary.json': sample('coverage-summary.json') })
      },
      status: 'pass',
      messageId: 'meets'
    }
  ],
  invalid: [
    {
      name: 'coverage may be measured by the remote build',
      files: PLATFORM,
      status: 'unknown',
      messageId: 'opaque'
    },
    {
      name: 'near-miss: nothing builds or tests at all',
      files: workflow('on: push\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})

testPractice(infrastructureAsCode, {
  valid: [
    {
      name: 'terraform applied in a readable step',
      files: {
        ...workflow(
          'on: push\njobs:\n  infra:\n    runs-on: x\n    steps:\n      - run: terraform -chdir=infra apply -auto-approve\n'
        ),
        'infra/main.tf': 'resource "x" "y" {}\n'
      },
      status: 'pass',
      messageId: 'applied'
    }
  ],
  invalid: [
    {
      name: 'the deploy runs in a remote reusable workflow that may apply the manifests',
      files: PLATFORM,
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['deploy.yml']
    },
    {
      name: 'near-miss: terraform files, an app deploy action, nothing applies them',
      files: {
        ...workflow(
          'on: push\njobs:\n  deploy:\n    runs-on: x\n    steps:\n      - name: Deploy\n        uses: DFE-Digital/deploy-azure-container-apps-action/.github/actions/deploy@v4\n        with: { image-name: app }\n'
        ),
        'terraform/main.tf': 'resource "x" "y" {}\n'
      },
      status: 'fail',
      messageId: 'not-applied'
    }
  ]
})

/** A production deploy handed to a remote reusable workflow. */
const REMOTE_PROD = workflow(`on:
  push:
    branches: [main]
jobs:
  deploy_prod:
    name: Deploy to production
    uses: ministryofjustice/hmpps-github-actions/.github/workflows/deploy_env.yml@v2
    secrets: inherit
    with:
      environment: production
      app_version: \${{ github.sha }}
`)

/** Deploy to the staging slot, check the slot, then promote it: the promotion is the release step. */
const slotThenPromote = (after: string): Record<string, string> =>
  workflow(`on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/webapps-deploy@v3
        with: { app-name: app, package: app.zip }
      - name: Check the staging slot
        run: curl --fail https://app-staging.azurewebsites.net/health
      - name: Promote API to production
        working-directory: ./ops
        run: make promote-prod
${after}`)

testPractice(zeroDowntimeDeploy, {
  valid: [
    {
      name: 'staging slot, then make promote-prod',
      files: slotThenPromote(''),
      status: 'pass',
      messageId: 'rolls-out',
      mentions: ['`deploy`']
    }
  ],
  invalid: [
    {
      name: 'the production deploy runs in a remote reusable workflow',
      files: REMOTE_PROD,
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['deploy_env.yml@v2']
    },
    {
      name: 'near-miss: a plain deploy with no promotion, no slot',
      files: workflow(
        'on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: fly deploy\n'
      ),
      status: 'fail',
      messageId: 'no-rollout'
    }
  ]
})

testPractice(postDeployVerification, {
  valid: [
    {
      name: 'a smoke test after the promotion',
      files: slotThenPromote(
        '      - name: Smoke test production\n        run: curl --fail https://app.example.gov/health\n      - run: npx playwright test --grep @smoke\n'
      ),
      status: 'pass',
      messageId: 'verified'
    }
  ],
  invalid: [
    {
      name: 'the production deploy runs in a remote reusable workflow that may verify it',
      files: REMOTE_PROD,
      status: 'unknown',
      messageId: 'opaque'
    },
    {
      name: 'near-miss: checks on the slot before the swap verify a candidate, not production',
      files: workflow(`on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/webapps-deploy@v3
        with: { app-name: app, slot-name: staging, package: app.zip }
      - name: Smoke test the staging slot
        run: npx playwright test --grep @smoke
      - run: az webapp deployment slot swap -g rg -n app --slot staging --target-slot production
`),
      status: 'fail',
      messageId: 'unverified'
    }
  ]
})
