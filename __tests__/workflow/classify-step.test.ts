import { describe, expect, it } from '@jest/globals'
import { classifyJob, classifyStep, normaliseName, opaqueSteps } from '../../src/workflow/classify-step.js'
import type { JobClassification } from '../../src/workflow/classify-step.js'
import type { Job, Step } from '../../src/workflow/model.js'

const at = { file: '.github/workflows/ci.yml', line: 1, column: 1 }
function step(index: number, fields: Partial<Step>): Step {
  return { index, with: {}, continueOnError: false, location: at, ...fields }
}
function job(fields: Partial<Job>): Job {
  return { id: 'j', needs: [], services: [], outputs: {}, with: {}, steps: [], location: at, ...fields }
}
const files =
  (table: Record<string, string>) =>
  (file: string): string | undefined =>
    table[file]
const brief = (results: JobClassification[]): string[] =>
  results.map(r => [r.purpose, r.rule, r.step, r.command].filter(x => x !== undefined).join(' | '))

describe('classifyStep', () => {
  it('explains a command resolved through package.json', () => {
    const read = files({
      'web/package.json': JSON.stringify({ scripts: { 'test:ci': 'jest --ci --coverage' } })
    })
    expect(classifyStep(step(0, { run: 'npm run test:ci', workingDirectory: 'web' }), read)).toEqual([
      {
        purpose: 'unit-test',
        rule: 'js-test-runner',
        command: 'jest --ci --coverage',
        via: ['npm run test:ci', 'web/package.json scripts.test:ci'],
        // The script runs after the npm command that starts it: the step's order counts both.
        order: 1
      },
      { purpose: 'unit-test', rule: 'npm-test', command: 'npm run test:ci', via: [], order: 0 },
      {
        purpose: 'coverage',
        rule: 'js-coverage',
        command: 'jest --ci --coverage',
        via: ['npm run test:ci', 'web/package.json scripts.test:ci'],
        order: 1
      }
    ])
  })

  it('follows make into the real test runner (issue 4: make test that runs go test)', () => {
    const read = files({ Makefile: 'test:\n\tgo test ./... -coverprofile cover.out\n' })
    expect(brief(classifyStep(step(0, { name: 'Run unit tests', run: 'make test' }), read))).toEqual([
      'unit-test | go-test | go test ./... -coverprofile cover.out',
      'unit-test | make-test | make test',
      'unit-test | step-name',
      'coverage | go-coverage | go test ./... -coverprofile cover.out'
    ])
  })

  it('reads commands carried in action inputs', () => {
    const s = step(0, {
      uses: 'cloud-gov/cg-cli-tools@main',
      with: { cf_space: 'dev', command: 'bin/ops/deploy.sh' }
    })
    expect(classifyStep(s, files({}))).toEqual([
      {
        purpose: 'deploy',
        rule: 'deploy-script',
        command: 'bin/ops/deploy.sh',
        via: ['cloud-gov/cg-cli-tools with.command'],
        order: 0
      }
    ])
  })

  const table: Array<[string, Partial<Step>, string[]]> = [
    [
      'uses with inputs',
      { uses: 'docker/build-push-action@v6', with: { push: 'true' } },
      ['build | docker/build-push-action', 'artifact-store | docker/build-push-action (push)']
    ],
    [
      'input names are case-insensitive',
      { uses: 'Azure/webapps-deploy@v3', with: { 'Slot-Name': 'staging' } },
      ['deploy | azure/webapps-deploy', 'rollout | azure/webapps-deploy (slot)']
    ],
    ['local actions name nothing', { uses: './.github/actions/deploy' }, []],
    [
      'a fixture in the same step voids the deploy',
      { run: 'kind create cluster\nkubectl apply -f deploy/' },
      []
    ],
    [
      'setup steps are not named evidence',
      { name: 'Install Playwright Browsers', run: 'npx playwright install chromium' },
      []
    ],
    ['echo-only steps are not named evidence', { name: 'Deploy', run: 'echo "OK"' }, []],
    [
      'a changed-files check is not named evidence (held-out round ml4)',
      {
        name: 'check if training pipeline has anything changed',
        uses: 'dorny/paths-filter@v2',
        with: { filters: "src:\n  - 'training_pipeline/**'\n" }
      },
      []
    ],
    [
      'near miss: an unknown action that is no utility still lends its step name',
      { name: 'Train model', uses: 'acme/run-training@v1' },
      ['training | step-name']
    ]
  ]
  it.each(table)('%s', (_name, fields, expected) => {
    expect(brief(classifyStep(step(0, fields), files({})))).toEqual(expected)
  })

  // A test that cannot fail the build verifies nothing; other purposes are what the step still does.
  const cannotFail: Array<[string, Partial<Step>, string[]]> = [
    [
      'a test that can fail',
      { name: 'Unit tests', run: 'npm test' },
      ['unit-test | npm-test | npm test', 'unit-test | step-name']
    ],
    ['continue-on-error: true', { name: 'Unit tests', run: 'npm test', continueOnError: true }, []],
    ["continue-on-error: 'true'", { run: 'npm test', continueOnError: 'true' }, []],
    [
      'continue-on-error as an expression is not known to be true',
      { run: 'npm test', continueOnError: '${{ matrix.experimental }}' },
      ['unit-test | npm-test | npm test']
    ],
    ['|| true', { name: 'E2E', run: 'npx playwright test || true' }, []],
    ['|| :', { run: 'pytest ||:' }, []],
    ['|| exit 0', { run: 'npx playwright test || exit 0' }, []],
    // The runner's `bash -e` stops at a failing `go test` before `; true` runs: the test still fails the build.
    [
      '; true at the end does not swallow under bash -e',
      { run: 'go test ./...; true' },
      ['unit-test | go-test | go test ./...']
    ],
    [
      'a fallback that still fails keeps the test',
      { run: 'npm test || (cat npm-debug.log; exit 1)' },
      ['unit-test | npm-test | npm test']
    ],
    [
      'a swallowed line does not void the lines that can fail',
      { name: 'Unit tests', run: 'npm run lint || true\nnpm test' },
      ['unit-test | npm-test | npm test']
    ],
    [
      'a swallowed install leaves the step named by its test',
      { name: 'Unit tests', run: 'npm ci || true\nnpm test' },
      ['unit-test | npm-test | npm test', 'unit-test | step-name']
    ],
    [
      'non-verification purposes are unaffected',
      { uses: 'docker/build-push-action@v6', with: { push: 'true' }, continueOnError: true },
      ['build | docker/build-push-action', 'artifact-store | docker/build-push-action (push)']
    ]
  ]
  it.each(cannotFail)('%s', (_name, fields, expected) => {
    expect(brief(classifyStep(step(0, fields), files({})))).toEqual(expected)
  })
})

describe('classifyJob', () => {
  const table: Array<[string, Partial<Job>, string[]]> = [
    [
      'unions steps with their index, sorted by purpose',
      { id: 'ci', steps: [step(0, { run: 'npm run lint' }), step(1, { run: 'npm test' })] },
      ['unit-test | npm-test | 1 | npm test', 'static-analysis | npm-lint | 0 | npm run lint']
    ],
    [
      'job id names acceptance tests',
      { id: 'e2e', steps: [step(0, { run: './run.sh' })] },
      ['acceptance-test | job-name']
    ],
    [
      'job name names acceptance tests',
      { id: 'x', name: 'Acceptance (${{ matrix.browser }})', steps: [step(0, { run: './run.sh' })] },
      ['acceptance-test | job-name']
    ],
    [
      'services mean integration tests',
      { id: 'test', services: ['postgres'], steps: [step(0, { run: './run.sh' })] },
      ['integration-test | services']
    ],
    [
      'a remote reusable workflow an IaC tool names, told to apply by its inputs',
      {
        id: 'tf',
        uses: 'Azure/mlops-templates/.github/workflows/tf-gha-install-terraform.yml@main',
        with: { TFAction: 'apply' }
      },
      ['iac-apply | iac-inputs']
    ],
    [
      'a reusable workflow named deploy',
      { id: 'release', uses: 'org/ops/.github/workflows/deploy.yml@v1' },
      ['deploy | reusable-workflow']
    ],
    [
      'a local reusable workflow call',
      {
        id: 'deploy-application',
        name: 'Deploy application',
        uses: './.github/workflows/deploy-application.yml'
      },
      ['deploy | job-name', 'deploy | reusable-workflow']
    ],
    [
      'a job that only prints is not what its name says',
      {
        id: 'deploy-azureml-resources',
        steps: [step(0, { name: 'deploy-aml-workspace', run: 'echo "OK"' })]
      },
      []
    ],
    [
      'a kind cluster in the job makes its deploys fixtures',
      {
        id: 'deploy-kind',
        steps: [
          step(0, { uses: 'helm/kind-action@v1' }),
          step(1, { run: 'helm upgrade --install app ./chart --wait' }),
          step(2, { run: 'helm test app' })
        ]
      },
      []
    ],
    [
      'a compose stack in the job makes its deploys fixtures but keeps tests',
      {
        id: 'it',
        steps: [
          step(0, { run: 'docker compose up -d' }),
          step(1, { run: 'kubectl apply -f k8s/' }),
          step(2, { run: 'pytest' })
        ]
      },
      // The stack started in the background is a real service for the tests after it (patterns §7.2).
      ['unit-test | pytest | 2 | pytest', 'integration-test | compose-up-detached | 0 | docker compose up -d']
    ],
    [
      'migrating the compose database of a test job is setup',
      {
        id: 'test',
        steps: [
          step(0, { run: 'docker-compose up -d db' }),
          step(1, { run: 'docker compose run web python manage.py migrate' })
        ]
      },
      []
    ],
    [
      'record-only jobs are not deploys',
      {
        id: 'new-relic-record',
        name: 'Record deployment to New Relic',
        uses: './.github/workflows/deploy-record-newrelic-deployment.yml'
      },
      []
    ]
  ]
  it.each(table)('%s', (_name, fields, expected) => {
    expect(brief(classifyJob(job(fields), files({})))).toEqual(expected)
  })

  const cannotFail: Array<[string, Partial<Job>, string[]]> = [
    [
      'a job named for tests whose test step can fail',
      { id: 'e2e', steps: [step(0, { run: './prepare.sh' }), step(1, { run: './run-suite.sh' })] },
      ['acceptance-test | job-name']
    ],
    [
      'a job named for tests whose test step cannot fail',
      {
        id: 'e2e',
        steps: [step(0, { run: './prepare.sh' }), step(1, { run: './run-suite.sh', continueOnError: true })]
      },
      []
    ],
    [
      'a diagnostic step that runs only on failure hides nothing',
      {
        id: 'e2e',
        services: ['db'],
        steps: [
          step(0, { run: './run-suite.sh' }),
          step(1, { if: 'failure()', run: 'kubectl logs -l app=web || true' })
        ]
      },
      ['integration-test | services', 'acceptance-test | job-name']
    ],
    [
      'services of a job whose test cannot fail prove nothing',
      { id: 'ci', services: ['db'], steps: [step(0, { run: 'pytest || true' })] },
      []
    ]
  ]
  it.each(cannotFail)('%s', (_name, fields, expected) => {
    expect(brief(classifyJob(job(fields), files({})))).toEqual(expected)
  })
})

describe('normaliseName', () => {
  const table: Array<[string, string]> = [
    ['build_drafts_off', 'build drafts off'],
    [
      'Deploy FAC Application to cloud.gov in the ${{ env.space }} Environment',
      'deploy fac application to cloud gov in the environment'
    ],
    ['terraform-apply-env.yml', 'terraform apply env'],
    ['k6 test run - browser test example', 'k6 test run browser test example']
  ]
  it.each(table)('%s', (text, expected) => {
    expect(normaliseName(text)).toBe(expected)
  })
})

describe('a workflow started in another repository (hand-off, §10.2)', () => {
  const dispatch = (name: string, event: string): Step =>
    step(0, {
      name,
      run: `curl -X POST https://api.github.com/repos/acme/manifests/dispatches -d '{"event_type":"${event}"}'`
    })
  const table: Array<[string, Step, string[]]> = [
    [
      'a GitOps image update named for a stage is a guessed deploy',
      dispatch('Update images in staging (Helm)', 'update-image'),
      ['deploy | hand-off']
    ],
    ['the event alone can say it rolls out', dispatch('Notify', 'bump-image-tag'), ['deploy | hand-off']],
    [
      'a deploy workflow started by gh',
      step(0, { name: 'Trigger', run: 'gh workflow run deploy-api.yml --repo acme/infra' }),
      ['deploy | hand-off']
    ],
    [
      'a name and an event that both say deploy give one guess (the name repeats it)',
      dispatch('Deploy to production', 'deploy-prod'),
      ['deploy | hand-off', 'deploy | step-name']
    ],
    // Near miss: a docs site rebuilt elsewhere deploys nothing of this repository that the names show.
    ['a hand-off named for the docs site', dispatch('Rebuild docs site', 'docs-updated'), []]
  ]
  it.each(table)('%s', (_name, given, expected) => {
    expect(brief(classifyStep(given, () => undefined))).toEqual(expected)
  })

  it('stays opaque: the guess names the step, what runs there is unread', () => {
    const handOff = dispatch('Update images in staging (Helm)', 'update-image')
    expect(opaqueSteps(job({ steps: [handOff] }), () => undefined)).toEqual([handOff])
  })
})
