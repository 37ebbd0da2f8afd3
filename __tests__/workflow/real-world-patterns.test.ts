import { describe, expect, it } from '@jest/globals'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import type { Purpose } from '../../src/workflow/catalog/purpose.js'
import { CONFIG_RULES } from '../../src/workflow/catalog/config-rules.js'
import { SERVICE_STARTS } from '../../src/workflow/catalog/services.js'
import { classifyJob, classifyStep } from '../../src/workflow/classify-step.js'
import type { Step } from '../../src/workflow/model.js'

/**
 * The classification rules of ../shared/real-world-patterns.md, on workflow snippets shaped like the real
 * pipelines they were seen in. Each case names a job and the purposes it must show (`has`) and must not
 * show (`not`): the near-misses sit beside the cases a rule exists for.
 */

interface Case {
  name: string
  yaml: string
  job: string
  has: Purpose[]
  not: Purpose[]
}

const noFiles = (): undefined => undefined

function purposes(yaml: string, jobId: string): Purpose[] {
  const { workflow, problems } = parseWorkflow(yaml, '.github/workflows/ci.yml')
  expect(problems).toEqual([])
  const job = workflow?.jobs.find(j => j.id === jobId)
  if (!job) throw new Error(`no job ${jobId}`)
  return [...new Set(classifyJob(job, noFiles).map(r => r.purpose))]
}

/** A workflow on push and pull requests whose job `jobId` runs `steps` (YAML, indented for a job's steps list). */
function workflow(jobId: string, steps: string, jobFields = ''): string {
  return `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  ${jobId}:
    runs-on: ubuntu-latest
${jobFields}    steps:
      - uses: actions/checkout@v4
${steps}`
}

function check(cases: Case[]): void {
  it.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const found = purposes(c.yaml, c.job)
    for (const purpose of c.has) expect(found).toContain(purpose)
    for (const purpose of c.not) expect(found).not.toContain(purpose)
  })
}

describe('§2.1 purpose words as modifiers, and commands outrank names', () => {
  check([
    {
      name: 'a purpose word as the verb: "Train model" over an unreadable script',
      yaml: workflow('model', `      - name: Train model\n        run: ./scripts/run.sh --epochs 10\n`),
      job: 'model',
      has: ['training'],
      not: []
    },
    {
      name: 'a purpose word as the head noun: "Run training"',
      yaml: workflow('model', `      - name: Run training\n        run: ./scripts/job.sh\n`),
      job: 'model',
      has: ['training'],
      not: []
    },
    {
      name: '"Build and push training image" packages, it does not train',
      yaml: workflow(
        'build-images',
        `      - name: Build and push training image
        uses: some-org/composite-action-push-image-ecr@main
        with:
          image: training
          dockerfile-path: docker/training
`
      ),
      job: 'build-images',
      has: ['build', 'artifact-store'],
      not: ['training']
    },
    {
      name: '"Register training environment" registers an environment',
      yaml: workflow(
        'register-env',
        `      - name: Register training environment
        run: az ml environment create --file environments/train-env.yml
`
      ),
      job: 'register-env',
      has: ['artifact-store'],
      not: ['training', 'model-deploy']
    },
    {
      name: '"Comment training results on PR" comments',
      yaml: workflow(
        'workloads',
        `      - name: Comment training results on PR
        uses: thollander/actions-comment-pull-request@v2
        with:
          filePath: results/training_results.md
      - name: Comment evaluation results on PR
        uses: thollander/actions-comment-pull-request@v2
        with:
          filePath: results/evaluation_results.md
`
      ),
      job: 'workloads',
      has: [],
      not: ['training', 'model-evaluation']
    },
    {
      name: '"Generate training report" reports',
      yaml: workflow(
        'report',
        `      - name: Generate training report\n        run: ./scripts/report.sh --output training_report.md\n`
      ),
      job: 'report',
      has: [],
      not: ['training']
    },
    {
      name: '"Validate training data" then "Train": validation is its own step, before training',
      yaml: workflow(
        'train',
        `      - name: Validate training data
        run: great_expectations checkpoint run train_data
      - name: Train
        run: python -m pkg.train
`
      ),
      job: 'train',
      has: ['data-validation', 'training'],
      not: []
    },
    {
      name: 'a step named for smoke tests that runs the training script trains',
      yaml: workflow(
        'smoke',
        `      - name: Smoke test the model\n        run: python src/train.py --data data/sample.csv\n`
      ),
      job: 'smoke',
      has: ['training'],
      not: ['smoke-test']
    },
    {
      name: 'what a step prepares for is not what it does: "Kill port for unit tests"',
      yaml: workflow(
        'api',
        `      - name: Kill port for api 1336 for unit tests\n        run: npx kill-port 1336\n`
      ),
      job: 'api',
      has: [],
      not: ['unit-test']
    }
  ])
})

describe('§2.2 job names never overrule the content of their steps', () => {
  check([
    {
      name: 'a job with id `build` that lints and tests is no build',
      yaml: workflow(
        'build',
        `      - run: pip install -r requirements.txt
      - run: flake8 src
      - run: pytest -q tests
`
      ),
      job: 'build',
      has: ['static-analysis', 'unit-test'],
      not: ['build']
    },
    {
      name: 'a job named build whose steps cannot be read is named for what it does',
      yaml: workflow('build', `      - run: ./ci/package.sh\n`),
      job: 'build',
      has: ['build'],
      not: []
    },
    {
      name: 'a job named e2e whose steps build and run unit tests is not an e2e job',
      yaml: workflow(
        'e2e_ws',
        `      - name: Build WS
        run: pnpm build:ws
      - name: Run unit tests
        run: pnpm test
`
      ),
      job: 'e2e_ws',
      has: ['build', 'unit-test'],
      not: ['acceptance-test']
    },
    {
      name: 'a job with id `build` that only sets up and formats files is no build',
      yaml: workflow(
        'build',
        `      - uses: actions/setup-python@v5
        with:
          python-version: '3.10'
      - name: Get pip cache dir
        id: pip-cache
        run: echo "dir=$(pip cache dir)" >> "$GITHUB_OUTPUT"
      - uses: actions/cache@v4
        with:
          path: \${{ steps.pip-cache.outputs.dir }}
          key: pip
      - run: pip install isort
      - name: run isort
        run: isort .
`
      ),
      job: 'build',
      has: [],
      not: ['build']
    },
    {
      name: 'a formatter in check mode is static analysis, whatever the job is called',
      yaml: workflow('build', `      - run: black --check .\n      - run: npx prettier --check .\n`),
      job: 'build',
      has: ['static-analysis'],
      not: ['build']
    },
    {
      name: 'step names that classify do not hide the job name (an opaque action runs the work)',
      yaml: workflow(
        'test_unit_packages',
        `      - name: Run Lint, Build, Test
        uses: mansagroup/nrwl-nx-action@v3
        with:
          targets: lint,build,test
`,
        '    name: Unit tests (packages)\n'
      ),
      job: 'test_unit_packages',
      has: ['unit-test', 'build', 'static-analysis'],
      not: []
    }
  ])
})

describe('§2.2 failure-only uploads, report formats and other names', () => {
  check([
    {
      name: 'an upload that runs only on failure keeps nothing',
      yaml: workflow(
        'backend-tests',
        `      - run: ./gradlew test
      - name: Archive failed test results
        if: failure()
        uses: actions/upload-artifact@v4
        with:
          name: backend-test-results
          path: backend/build/test-results/test/*.xml
      - name: Archive build
        if: \${{ failure() && github.ref == 'refs/heads/main' }}
        uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/
`
      ),
      job: 'backend-tests',
      has: ['unit-test'],
      not: ['test-report', 'artifact-store']
    },
    {
      name: 'an upload that runs always keeps its JUnit XML',
      yaml: workflow(
        'backend-tests',
        `      - run: ./gradlew test
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: junit
          path: build/test-results/**/*.xml
`
      ),
      job: 'backend-tests',
      has: ['test-report'],
      not: []
    },
    {
      name: "Gradle's HTML report and Playwright's traces are not machine-readable reports",
      yaml: workflow(
        'e2e',
        `      - run: npx playwright test
      - name: Archive test results
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: playwright
          path: |
            playwright-report/
            test-results/
      - name: Upload Gradle test report
        uses: actions/upload-artifact@v4
        with:
          name: tests
          path: build/reports/tests/
`
      ),
      job: 'e2e',
      has: ['acceptance-test'],
      not: ['test-report']
    },
    {
      name: 'JUnit from the runner and TRX loggers are reports',
      yaml: workflow(
        'tests',
        `      - run: npx playwright test --reporter=junit
      - run: dotnet test --logger trx --results-directory TestResults
`
      ),
      job: 'tests',
      has: ['test-report'],
      not: []
    },
    {
      name: 'a ZAP scan in a job named smoke-tests is a security scan only',
      yaml: workflow(
        'smoke-tests',
        `      - name: ZAP baseline
        uses: zaproxy/action-baseline@v0.12.0
        with:
          target: https://staging.example.com
`
      ),
      job: 'smoke-tests',
      has: ['security-scan'],
      not: ['smoke-test', 'performance-test']
    },
    {
      name: '`terraform plan` builds nothing',
      yaml: workflow(
        'plan',
        `      - run: terraform -chdir=infra init\n      - run: terraform -chdir=infra plan -out=tfplan\n`
      ),
      job: 'plan',
      has: [],
      not: ['build', 'iac-apply']
    },
    {
      name: 'Vitest browser mode in a unit-test job is not e2e',
      yaml: workflow(
        'unit',
        `      - run: pnpm install --frozen-lockfile
      - run: pnpm exec playwright install chromium-headless-shell
      - run: pnpm vitest run --browser.enabled
`
      ),
      job: 'unit',
      has: ['unit-test'],
      not: ['acceptance-test']
    }
  ])
})

describe('§3.4 commands in action inputs', () => {
  check([
    {
      name: 'Wandalen/wretry.action runs its command',
      yaml: workflow(
        'rspec',
        `      - uses: Wandalen/wretry.action@v3
        with:
          command: bundle exec rspec
          attempt_limit: 3
`
      ),
      job: 'rspec',
      has: ['unit-test'],
      not: []
    },
    {
      name: 'nick-fields/retry runs its command',
      yaml: workflow(
        'node',
        `      - uses: nick-fields/retry@v3
        with:
          timeout_minutes: 10
          max_attempts: 3
          command: npm test
`
      ),
      job: 'node',
      has: ['unit-test'],
      not: []
    },
    {
      name: 'an xvfb wrapper runs its e2e suite',
      yaml: workflow(
        'e2e',
        `      - uses: coactions/setup-xvfb@v1
        with:
          run: npx playwright test
`
      ),
      job: 'e2e',
      has: ['acceptance-test'],
      not: []
    },
    {
      name: 'a retried installer is no test',
      yaml: workflow(
        'setup',
        `      - uses: nick-fields/retry@v3
        with:
          max_attempts: 3
          command: npm ci
`
      ),
      job: 'setup',
      has: [],
      not: ['unit-test']
    },
    {
      name: 'a `command` input of an action the catalog does not know is not run',
      yaml: workflow(
        'other',
        `      - uses: some-org/notify@v1
        with:
          command: npm test
`
      ),
      job: 'other',
      has: [],
      not: ['unit-test']
    }
  ])
})

describe('§6.2 pushes by unknown actions and step names', () => {
  check([
    {
      name: 'jwalton/gh-ecr-push pushes an image',
      yaml: workflow(
        'mlops-container',
        `      - run: docker build --tag mlops-basics .
      - name: Push2ECR
        uses: jwalton/gh-ecr-push@v1
        with:
          access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          region: us-west-2
          image: mlops-basics:latest
`
      ),
      job: 'mlops-container',
      has: ['build', 'artifact-store'],
      not: []
    },
    {
      name: 'a step named "Build and push docker image" over a remote action',
      yaml: workflow(
        'build_image',
        `      - name: Build and push docker image
        uses: DFE-Digital/github-actions/build-docker-image@master
        with:
          github-token: \${{ secrets.GITHUB_TOKEN }}
`
      ),
      job: 'build_image',
      has: ['build', 'artifact-store'],
      not: []
    },
    {
      name: 'mlflow sagemaker build-and-push-container stores the image',
      yaml: workflow(
        'build-mlflow-image',
        `      - uses: aws-actions/amazon-ecr-login@v2
      - run: mlflow sagemaker build-and-push-container --build --push -c mlflow-pyfunc
`
      ),
      job: 'build-mlflow-image',
      has: ['artifact-store'],
      not: []
    },
    {
      name: 'a registry login alone and a build without push store nothing',
      yaml: workflow(
        'image',
        `      - uses: aws-actions/amazon-ecr-login@v2
      - uses: docker/build-push-action@v6
        with:
          push: false
          tags: app:ci
`
      ),
      job: 'image',
      has: ['build'],
      not: ['artifact-store']
    },
    {
      name: 'a step that pushes commits is no image push',
      yaml: workflow('bump', `      - name: Push version bump\n        run: git push origin HEAD:main\n`),
      job: 'bump',
      has: [],
      not: ['artifact-store']
    }
  ])
})

describe('§6.2 and §10.1 a call told to push to a registry keeps what it builds', () => {
  const call = (inputs: string) => `name: Pipeline
on: { push: { branches: [main] } }
jobs:
  build:
    uses: ministryofjustice/hmpps-github-actions/.github/workflows/docker_build.yml@v2
    with:
${inputs}
`
  check([
    {
      name: 'a remote reusable workflow with push: an expression and a registry input',
      yaml: call("      docker_registry: 'ghcr.io'\n      push: ${{ github.ref == 'refs/heads/main' }}"),
      job: 'build',
      has: ['artifact-store'],
      not: []
    },
    {
      name: 'an input that is itself push-image',
      yaml: call('      push-image: ${{ github.ref_name == github.event.repository.default_branch }}'),
      job: 'build',
      has: ['artifact-store'],
      not: []
    },
    {
      name: 'near miss: push: false beside an image input',
      yaml: call('      image_name: app\n      push: false'),
      job: 'build',
      has: [],
      not: ['artifact-store']
    },
    {
      name: 'near miss: push: true with nothing saying where (a git push of tags)',
      yaml: call('      push: true\n      tag_prefix: v'),
      job: 'build',
      has: [],
      not: ['artifact-store']
    }
  ])
})

describe('§6.3 package publishing forms', () => {
  const publish: Array<[string, boolean]> = [
    ['jsr publish', true],
    ['npx jsr publish', true],
    ['bunx jsr publish', true],
    ['pnpm dlx jsr publish', true],
    ['deno publish', true],
    ['npx jsr publish --dry-run', false],
    ['deno publish --dry-run --allow-dirty', false],
    ['cargo publish --dry-run', false],
    ['npm publish --dry-run', false]
  ]
  it.each(publish)('`%s` publishes: %s', (run, publishes) => {
    const found = purposes(workflow('publish', `      - run: ${run}\n`), 'publish')
    expect(found.includes('artifact-store')).toBe(publishes)
  })

  const wrapped: Array<[string, Purpose]> = [
    ['bunx vitest run', 'unit-test'],
    ['pnpm dlx vitest run', 'unit-test'],
    ['npx jest --ci', 'unit-test'],
    ['bunx playwright test', 'acceptance-test']
  ]
  it.each(wrapped)('`%s` is %s', (run, purpose) => {
    expect(purposes(workflow('tests', `      - run: ${run}\n`), 'tests')).toContain(purpose)
  })
})

describe('§7.1 suites run in containers', () => {
  check([
    {
      name: 'docker compose up --exit-code-from cypress',
      yaml: workflow(
        'cypress-local-env',
        `      - name: Run Cypress
        run: docker compose -f docker-compose.yml -f docker-compose.cypress.yml up --abort-on-container-exit --exit-code-from cypress
`
      ),
      job: 'cypress-local-env',
      has: ['acceptance-test'],
      not: []
    },
    {
      name: 'docker compose run playwright',
      yaml: workflow('ui', `      - run: docker compose -f compose.e2e.yml run --rm playwright\n`),
      job: 'ui',
      has: ['acceptance-test'],
      not: []
    },
    {
      name: 'docker run cypress/included',
      yaml: workflow(
        'ui',
        `      - run: docker run -v $PWD:/e2e -w /e2e cypress/included:13.6.0 --browser chrome\n`
      ),
      job: 'ui',
      has: ['acceptance-test'],
      not: []
    },
    {
      name: 'k6 and locust in containers are load tests',
      yaml: workflow(
        'load',
        `      - run: docker compose -f compose.load.yml up --exit-code-from k6
      - run: docker run --rm -v $PWD:/mnt locustio/locust -f /mnt/locustfile.py --headless -u 50 -t 2m
`
      ),
      job: 'load',
      has: ['performance-test'],
      not: ['acceptance-test']
    },
    {
      name: 'a compose stack of the application alone runs no suite',
      yaml: workflow(
        'stack',
        `      - run: docker compose up --exit-code-from api
      - run: docker compose run web python manage.py collectstatic --noinput
`
      ),
      job: 'stack',
      has: [],
      not: ['acceptance-test', 'performance-test']
    }
  ])
})

describe('§7.2 services started in the job', () => {
  check([
    {
      name: 'a database container started before the tests',
      yaml: workflow(
        'test',
        `      - run: docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=postgres postgres:16
      - run: pytest tests
`
      ),
      job: 'test',
      has: ['integration-test'],
      not: []
    },
    {
      name: 'a compose stack of services in the background before the tests',
      yaml: workflow(
        'api',
        `      - run: docker compose up -d db localstack
      - run: npm test
`
      ),
      job: 'api',
      has: ['integration-test', 'unit-test'],
      not: []
    },
    {
      name: 'a system service started before the specs',
      yaml: workflow(
        'rspec',
        `      - run: |
          sudo systemctl start postgresql.service
          sudo -u postgres createdb app_test
      - run: bundle exec rspec
`
      ),
      job: 'rspec',
      has: ['integration-test'],
      not: []
    },
    {
      name: 'service-starting actions before an e2e suite',
      yaml: workflow(
        'e2e_api',
        `      - name: Start Redis
        uses: supercharge/redis-github-action@1.8.0
      - name: Start MongoDB
        uses: supercharge/mongodb-github-action@1.11.0
      - run: pnpm test:e2e
`
      ),
      job: 'e2e_api',
      has: ['integration-test', 'acceptance-test'],
      not: []
    },
    {
      name: '`services:` on a scheduled backup that runs no tests',
      yaml: `name: Nightly backup
on:
  schedule:
    - cron: '0 3 * * *'
jobs:
  backup:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
    steps:
      - run: pg_dump "$DATABASE_URL" > dump.sql
      - run: aws s3 cp dump.sql s3://backups/$(date +%F).sql
`,
      job: 'backup',
      has: [],
      not: ['integration-test']
    },
    {
      name: 'a service started only after the tests serves none of them',
      yaml: workflow(
        'test',
        `      - run: pytest tests
      - run: docker run -d -p 6379:6379 redis:7
`
      ),
      job: 'test',
      has: ['unit-test'],
      not: ['integration-test']
    },
    {
      name: 'a one-off container in the foreground is no service',
      yaml: workflow(
        'test',
        `      - run: docker run --rm postgres:16 pg_isready -h db.example.com
      - run: pytest tests
`
      ),
      job: 'test',
      has: ['unit-test'],
      not: ['integration-test']
    }
  ])

  it.each(SERVICE_STARTS.flatMap(s => s.examples.map(example => [s.id, s.kind, example] as const)))(
    'service start %s (%s) recognises `%s`',
    (id, kind, example) => {
      const step: Step = {
        index: 1,
        with: {},
        continueOnError: false,
        location: { file: 'ci.yml', line: 1, column: 1 },
        ...(kind === 'uses' ? { uses: example } : { run: example })
      }
      const test: Step = { ...step, index: 2, uses: undefined, run: 'npm test' }
      const job = {
        id: 'j',
        needs: [],
        services: [],
        outputs: {},
        with: {},
        steps: [step, test],
        location: step.location
      }
      expect(classifyJob(job, noFiles).filter(r => r.purpose === 'integration-test')).toEqual([
        expect.objectContaining({ rule: id, step: 0 })
      ])
      expect(classifyStep(test, noFiles).map(r => r.purpose)).toEqual(['unit-test'])
    }
  )
})

/** The ECS deploy step of a production service, with `extra` inputs. */
const ecsDeploy = (extra: string): string => `      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: task-definition.json
          service: api
          cluster: prod
${extra}`

describe('§7.3 and the adjudications: runners, analysers and stores the catalog lacked', () => {
  const table: Array<[string, string, Purpose[], Purpose[]]> = [
    ['cargo insta test', 'cargo insta test --review', ['unit-test'], []],
    ['cargo nextest run', 'cargo nextest run --workspace', ['unit-test'], []],
    [
      'cargo llvm-cov runs the tests it measures',
      'cargo llvm-cov --lcov --output-path lcov.info',
      ['unit-test', 'coverage'],
      []
    ],
    ['cargo llvm-cov report only reports', 'cargo llvm-cov report --lcov', ['coverage'], ['unit-test']],
    [
      'dotnet sonarscanner begin',
      'dotnet sonarscanner begin /k:"app" /d:sonar.token="$SONAR_TOKEN"',
      ['static-analysis'],
      []
    ],
    ['bin/rails spec', 'bin/rails spec', ['unit-test'], []],
    ['bundle exec rails spec', 'bundle exec rails spec', ['unit-test'], []],
    ['rails db:prepare is no test', 'bin/rails db:prepare', ['db-migration'], ['unit-test']],
    ['Rails system specs are acceptance tests', 'bundle exec rspec spec/system', ['acceptance-test'], []],
    ['rails test:system', 'bin/rails test:system', ['acceptance-test'], []],
    ['model specs are not system specs', 'bundle exec rspec spec/models', ['unit-test'], ['acceptance-test']],
    [
      'dotnet coverage collect',
      'dotnet coverage collect "dotnet test" -f xml -o coverage.xml',
      ['coverage'],
      []
    ],
    ['zizmor', 'zizmor --format=sarif .github/workflows', ['security-scan'], []],
    ['cargo deny check advisories', 'cargo deny check advisories', ['security-scan'], []],
    ['cargo-audit', 'cargo-audit audit --deny warnings', ['security-scan'], []],
    ['osv-scanner', 'osv-scanner -r .', ['security-scan'], []],
    [
      'aws ecs wait services-stable',
      'aws ecs wait services-stable --cluster prod --services api',
      ['rollout'],
      []
    ],
    ['mkdocs gh-deploy builds and deploys the docs', 'mkdocs gh-deploy --force', ['build', 'deploy'], []],
    ['mkdocs build only builds', 'mkdocs build --strict', ['build'], ['deploy']],
    ['--cov-fail-under', 'pytest --cov=src --cov-fail-under=80', ['coverage'], []],
    ['coverage report --fail-under', 'coverage report --fail-under=90', ['coverage'], []],
    ['jest --coverageThreshold', `npx jest --coverageThreshold='{"global":{"lines":80}}'`, ['coverage'], []],
    ['jest without coverage', 'npx jest --ci', ['unit-test'], ['coverage']]
  ]
  it.each(table)('%s', (_name, run, has, not) => {
    const found = purposes(workflow('job', `      - run: ${run}\n`), 'job')
    for (const purpose of has) expect(found).toContain(purpose)
    for (const purpose of not) expect(found).not.toContain(purpose)
  })

  check([
    {
      name: 'the zizmor action is a security scan',
      yaml: workflow('zizmor', `      - uses: zizmorcore/zizmor-action@v0.1.1\n`),
      job: 'zizmor',
      has: ['security-scan'],
      not: []
    },
    {
      name: 'an ECS deploy that waits for service stability is rollout evidence',
      yaml: workflow('deploy_service', ecsDeploy('          wait-for-service-stability: true\n')),
      job: 'deploy_service',
      has: ['deploy', 'rollout'],
      not: []
    },
    {
      name: 'an ECS deploy that does not wait is no rollout evidence',
      yaml: workflow('deploy_service', ecsDeploy('')),
      job: 'deploy_service',
      has: ['deploy'],
      not: ['rollout']
    }
  ])
})

describe('runner configuration settles what a command does', () => {
  const step = (run: string, workingDirectory?: string): Step => ({
    index: 0,
    with: {},
    continueOnError: false,
    location: { file: 'ci.yml', line: 1, column: 1 },
    run,
    ...(workingDirectory ? { workingDirectory } : {})
  })
  const only =
    (file: string, text: string) =>
    (name: string): string | undefined =>
      name === file ? text : undefined

  it.each(
    CONFIG_RULES.flatMap(rule =>
      rule.examples.map(example => [rule.id, rule.effect, rule.purpose, example] as const)
    )
  )('%s (%s %s): %j', (_id, effect, purpose, example) => {
    const found = classifyStep(step(example.run), only(example.file, example.text)).map(r => r.purpose)
    expect(found.includes(purpose)).toBe((effect === 'adds') === example.applies)
  })

  it('an unreadable or empty config leaves the command as the catalog reads it', () => {
    expect(
      classifyStep(step('npx lhci autorun'), only('lighthouserc.json', '')).map(r => r.purpose)
    ).toContain('performance-test')
    expect(classifyStep(step('make'), () => undefined).map(r => r.purpose)).toContain('build')
  })

  it("reads the config of the step's working directory first, and names it", () => {
    const read = (name: string): string | undefined =>
      ({
        'api/pyproject.toml': '[tool.pytest.ini_options]\naddopts = "--cov=api --cov-fail-under=85"\n',
        'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n'
      })[name]
    expect(classifyStep(step('pytest', 'api'), read).filter(r => r.purpose === 'coverage')).toEqual([
      {
        purpose: 'coverage',
        rule: 'pytest-config-coverage',
        command: 'pytest',
        via: ['api/pyproject.toml'],
        order: 0
      }
    ])
    expect(classifyStep(step('pytest'), read).map(r => r.purpose)).not.toContain('coverage')
  })

  check([
    {
      name: 'Rails specs with no readable Gemfile are unit tests only',
      yaml: workflow('rspec', '      - run: bin/rails spec\n'),
      job: 'rspec',
      has: ['unit-test'],
      not: ['acceptance-test']
    }
  ])
})
