import { describe, expect, it } from '@jest/globals'
import { CATALOG } from '../../../src/workflow/catalog/catalog.js'
import { PURPOSES } from '../../../src/workflow/catalog/purpose.js'
import type { Purpose } from '../../../src/workflow/catalog/purpose.js'
import { classifyStep } from '../../../src/workflow/classify-step.js'
import type { Step } from '../../../src/workflow/model.js'

/** What the catalog says about one command, action or name, read through classifyStep with nothing on disk. */
function step(fields: Partial<Step>): Step {
  return {
    index: 0,
    with: {},
    continueOnError: false,
    location: { file: 'w.yml', line: 1, column: 1 },
    ...fields
  }
}
const noFiles = (): undefined => undefined
const purposes = (s: Step): Purpose[] => [...new Set(classifyStep(s, noFiles).map(c => c.purpose))].sort()

describe('catalog data', () => {
  it('has unique ids per kind and only known purposes', () => {
    for (const kind of ['run', 'uses', 'name'] as const) {
      const ids = CATALOG.filter(e => e.kind === kind).map(e => `${e.id} ${e.purpose}`)
      expect(new Set(ids).size).toBe(ids.length)
    }
    for (const entry of CATALOG) expect(PURPOSES).toContain(entry.purpose)
  })

  it('reveals every purpose through at least one entry', () => {
    for (const purpose of PURPOSES) expect(CATALOG.some(e => e.purpose === purpose)).toBe(true)
  })
})

describe('run commands', () => {
  const table: Array<[string, Purpose[]]> = [
    // build
    ['npm run build', ['build']],
    // A plan compares code with live infrastructure: it builds and applies nothing (patterns §2.2); a
    // synthesised template is built.
    ['terraform plan -out=tfplan', []],
    ['tofu -chdir=infra plan', []],
    ['pulumi preview --stack dev', []],
    ['npx cdk synth', ['build']],
    ['ko resolve -f config/', ['artifact-store', 'build']],
    ['ko apply -f config/', ['artifact-store', 'build', 'deploy']],
    ['tox -e lint', ['static-analysis']],
    ['nox -s typecheck', ['static-analysis']],
    ['semgrep ci', ['security-scan', 'static-analysis']],
    ['yarn build', ['build']],
    ['pnpm --dir web run build:prod', ['build']],
    ['tsc -p tsconfig.build.json', ['build']],
    ['go build ./...', ['build']],
    ['make build', ['build']],
    ['./gradlew assemble', ['build']],
    ['cargo build --release', ['build']],
    ['dotnet build -c Release', ['build']],
    ['python -m build', ['build']],
    ['docker build -t app .', ['build']],
    ['hugo --source=./hugo --minify', ['build']],
    ['./svelte/build.sh', ['build']],
    ['helm package charts/podinfo', ['build']],
    ['vertex-deployer check --all', ['build']],
    // Rendering configuration builds nothing to keep (near misses), a build script beside it still builds.
    ['python build_deployment_configs.py --region eu-west-1', []],
    ['./scripts/build-settings.sh', []],
    ['./scripts/build-release.sh', ['build']],
    ['kfp dsl compile --py pipelines/churn.py --output churn.yaml', ['build']],
    // Listing or configuring pipelines compiles nothing (near misses).
    ['vertex-deployer list', []],
    ['vertex-deployer config --all', []],
    // unit tests
    ['npm test', ['unit-test']],
    ['npm t', ['unit-test']],
    ['npm run test:ci', ['unit-test']],
    ['yarn test --coverage', ['unit-test']],
    ['npx jest --ci', ['unit-test']],
    ['npx mocha test-redirects.js', ['unit-test']],
    ['pytest -q tests/unit', ['unit-test']],
    ['python -m unittest discover', ['unit-test']],
    ['tox', ['unit-test']],
    ['nox -s tests', ['unit-test']],
    ['poetry run pytest', ['unit-test']],
    ['go test ./...', ['unit-test']],
    ['mvn -B test', ['unit-test']],
    ['./gradlew test', ['unit-test']],
    ['cargo test --all', ['unit-test']],
    ['dotnet test', ['unit-test']],
    ['bundle exec rspec', ['unit-test']],
    ['vendor/bin/phpunit', ['unit-test']],
    ['make test', ['unit-test']],
    ['just test', ['unit-test']],
    ['task test', ['unit-test']],
    [
      "docker compose run web bash -c 'coverage run manage.py test --parallel && coverage report --fail-under=85'",
      ['coverage', 'unit-test']
    ],
    ['mvn -B package', ['build', 'unit-test']],
    ['mvn -B package -DskipTests', ['build']],
    // integration
    ['npm run test:integration', ['integration-test']],
    ['go test -tags=integration ./...', ['integration-test', 'unit-test']],
    ['pytest tests/integration', ['integration-test', 'unit-test']],
    ['./gradlew integrationTest', ['integration-test']],
    // acceptance
    ['npx playwright test --shard=1/4', ['acceptance-test']],
    ['npx cypress run --browser chrome', ['acceptance-test']],
    ['npm run test:e2e', ['acceptance-test']],
    ['make e2e', ['acceptance-test']],
    ['npx cucumber-js', ['acceptance-test']],
    ['./test/e2e.sh', ['acceptance-test']],
    // smoke
    ['npm run smoke', ['smoke-test']],
    ['curl --fail https://app.example.com/healthz', ['smoke-test']],
    ['./scripts/smoke-test.sh https://staging.example.com', ['smoke-test']],
    // static analysis
    ['npm run lint', ['static-analysis']],
    ['npm run test:lint', ['static-analysis']],
    ['npx eslint .', ['static-analysis']],
    ['npx prettier --check .', ['static-analysis']],
    ['tsc --noEmit', ['static-analysis']],
    ['flake8 . --count', ['static-analysis']],
    ['black --check .', ['static-analysis']],
    ['mypy .', ['static-analysis']],
    ['ruff check .', ['static-analysis']],
    ['golangci-lint run', ['static-analysis']],
    ['go vet ./...', ['static-analysis']],
    ['cargo clippy -- -D warnings', ['static-analysis']],
    ['cargo fmt --all -- --check', ['static-analysis']],
    ['bundle exec rubocop', ['static-analysis']],
    ['vendor/bin/phpstan analyse', ['static-analysis']],
    ['composer run-script phpstan', ['static-analysis']],
    ['composer test', ['unit-test']],
    ['composer audit', ['security-scan']],
    ['bundle exec rake spec', ['unit-test']],
    ['uv run pytest -x', ['unit-test']],
    ['hatch test', ['unit-test']],
    ['uv build', ['build']],
    ['poetry publish --build', ['artifact-store']],
    ['helm lint ./charts/podinfo/', ['static-analysis']],
    ['timoni mod vet ./timoni/podinfo --debug', ['static-analysis']],
    ['terraform fmt -check -recursive', ['static-analysis']],
    ['terraform validate', ['static-analysis']],
    ['make format-check', ['static-analysis']],
    ['npm run biome-check', ['static-analysis']],
    // security
    ['npm audit --audit-level=high', ['security-scan']],
    ['pip-audit -r requirements.txt', ['security-scan']],
    ['bandit -c pyproject.toml -r .', ['security-scan', 'static-analysis']],
    ['govulncheck ./...', ['security-scan']],
    ['trivy image app:latest', ['security-scan']],
    ['snyk test', ['security-scan']],
    ['gitleaks detect --source .', ['security-scan']],
    ['osv-scanner -r .', ['security-scan']],
    ['zap-baseline.py -t https://example.com', ['security-scan']],
    // performance
    ['k6 run load.js', ['performance-test']],
    ['./k6/extensions/k6 run k6/extensions/01.quickpizzaext.js', ['performance-test']],
    ['./k6/run-tests.sh -t **/k6/foundations/*.js -u http://localhost:3333', ['performance-test']],
    ['jmeter -n -t plan.jmx', ['performance-test']],
    ['locust -f locustfile.py --headless', ['performance-test']],
    ['artillery run load.yml', ['performance-test']],
    ['go test -bench=. ./...', ['performance-test', 'unit-test']],
    // coverage and reports
    ['pytest --cov=app --junitxml=report.xml', ['coverage', 'test-report', 'unit-test']],
    ['npx jest --coverage', ['coverage', 'unit-test']],
    ['go test -coverprofile=cover.out ./...', ['coverage', 'unit-test']],
    ['gotestsum --junitfile unit.xml', ['test-report', 'unit-test']],
    // deploy
    ['kubectl apply -f k8s/', ['deploy']],
    ['kubectl -n prod set image deployment/app app=img:1', ['deploy']],
    ['helm upgrade --install app ./chart', ['deploy', 'iac-apply']],
    ['helm upgrade --install app ./chart --atomic --timeout 5m', ['deploy', 'iac-apply', 'rollout']],
    ['cf push my-app', ['deploy']],
    ['flyctl deploy --remote-only', ['deploy']],
    ['vercel deploy --prod', ['deploy']],
    ['netlify deploy --prod --dir dist', ['deploy']],
    ['firebase deploy --only hosting', ['deploy']],
    ['aws ecs update-service --cluster c --service s --force-new-deployment', ['deploy']],
    ['sam deploy --no-confirm-changeset', ['deploy', 'iac-apply']],
    ['npx serverless deploy --stage prod', ['deploy']],
    ['az webapp deploy --name app --src-path app.zip', ['deploy']],
    ['gcloud run deploy api --image gcr.io/p/api', ['deploy']],
    ['bin/ops/deploy.sh', ['deploy']],
    ['git push heroku main', ['deploy']],
    // artifact store
    ['docker push ghcr.io/org/app:1.0', ['artifact-store']],
    ['docker push --all-tags ghcr.io/gsa-tts/fac/web', ['artifact-store']],
    ['docker buildx build --push -t ghcr.io/org/app .', ['artifact-store', 'build']],
    ['npm publish --access public', ['artifact-store']],
    ['twine upload dist/*', ['artifact-store']],
    ['cargo publish', ['artifact-store']],
    ['mvn -B deploy', ['artifact-store']],
    ['gem push pkg/app.gem', ['artifact-store']],
    ['dotnet nuget push out/*.nupkg', ['artifact-store']],
    ['gh release upload v1 dist/app.tgz', ['artifact-store']],
    ['goreleaser release --clean', ['artifact-store']],
    ['helm push podinfo-1.0.0.tgz oci://ghcr.io/stefanprodan/charts', ['artifact-store']],
    ['oras push ghcr.io/org/a:1 file.txt', ['artifact-store']],
    // copies to object storage keep what they copy (§6.2)
    ['aws s3 cp --recursive dist s3://acme-artifacts/app/1.2.0/', ['artifact-store']],
    [
      'aws s3 cp ${{ env.TF_PLAN_FILE }} s3://${{ secrets.BUCKET }}/${{ inputs.environment }}/tfplan',
      ['artifact-store']
    ],
    ['gsutil -m rsync -r build/site gs://acme-site-builds/$GITHUB_SHA', ['artifact-store']],
    ['az storage blob upload -f dist/app.zip -c releases -n app-$GITHUB_SHA.zip', ['artifact-store']],
    [
      'databricks fs cp dist/pipeline-1.0-py3-none-any.whl dbfs:/FileStore/wheels/ --overwrite',
      ['artifact-store']
    ],
    // migrations
    ['alembic upgrade head', ['db-migration']],
    ['python manage.py migrate --noinput', ['db-migration']],
    ['bin/rails db:migrate', ['db-migration']],
    ['flyway -url=jdbc:x migrate', ['db-migration']],
    ['liquibase --changelog-file=c.xml update', ['db-migration']],
    ['npx prisma migrate deploy', ['db-migration']],
    ['npx knex migrate:latest', ['db-migration']],
    ['npx sequelize-cli db:migrate', ['db-migration']],
    ['goose -dir db postgres "$DSN" up', ['db-migration']],
    ['migrate -path db/migrations -database "$DB" up', ['db-migration']],
    // IaC
    ['terraform apply -auto-approve tfplan', ['iac-apply']],
    ['terraform -chdir=infra apply -auto-approve', ['iac-apply']],
    ['tofu apply', ['iac-apply']],
    ['pulumi up --yes', ['iac-apply']],
    ['npx cdk deploy --all', ['iac-apply']],
    ['az deployment group create -g rg -f main.bicep', ['iac-apply']],
    ['aws cloudformation deploy --template-file t.yml', ['iac-apply']],
    // rollout
    ['kubectl rollout status deployment/app', ['rollout']],
    ['kubectl argo rollouts promote app', ['rollout']],
    ['az webapp deployment slot swap -g rg -n app --slot staging', ['rollout']],
    ['gcloud run services update-traffic api --to-revisions r2=10', ['rollout']],
    // ML
    ['great_expectations checkpoint run data', ['data-validation']],
    ['python src/validate_data.py', ['data-validation']],
    ['python src/train.py --epochs 3', ['training']],
    ['dvc repro', ['training']],
    ['mlflow run . -P alpha=0.5', ['experiment-tracking', 'training']],
    ['python evaluate.py', ['model-evaluation']],
    ['cml comment create --publish report.md', ['experiment-tracking', 'model-evaluation']],
    ['az ml model create --name m --path model', ['model-deploy']],
    ['az ml online-deployment create -f deploy.yml', ['model-deploy']],
    ['aws sagemaker create-endpoint --endpoint-name e', ['model-deploy']],
    ['gcloud ai models upload --region r', ['model-deploy']],
    ['dvc exp diff main --md', ['experiment-tracking']],
    ['wandb login', ['experiment-tracking']],
    ['python pipelines/run_pipeline.py', ['pipeline-deploy']],
    ['aws sagemaker start-pipeline-execution --pipeline-name p', ['pipeline-deploy']]
  ]
  it.each(table)('%s → %j', (run, expected) => {
    expect(purposes(step({ run }))).toEqual(expected)
  })

  const traps: Array<[string, string]> = [
    ['echo deploy', 'printing a word is not doing it'],
    ['echo "run npm test and commit changes"', 'echo'],
    ['kind create cluster', 'a throwaway cluster is a fixture'],
    ['docker compose -f docker-compose.yml up -d', 'a compose stack is a fixture'],
    ['git push origin main', 'git push is not an artifact store'],
    ['terraform init -backend-config=x', 'init'],
    ['helm template ./chart', 'rendering'],
    ['helm repo add bitnami https://charts.bitnami.com/bitnami', 'repo config'],
    ['go install golang.org/x/tools/cmd/goimports@latest', 'installing a tool'],
    ['pip install pytest pytest-cov', 'installing test tools'],
    ['npm ci', 'dependency install is not a build'],
    ['npm install', 'dependency install is not a build'],
    ['npx playwright install chromium --with-deps', 'installing browsers'],
    ['python manage.py makemigrations --check --dry-run audit', 'checking migrations applies none'],
    ['docker pull postgrest/postgrest:v12', 'pulling stores nothing'],
    ['cosign sign ghcr.io/org/app:1 --yes', 'signing'],
    ['kubectl apply -f app.yaml --dry-run=client', 'dry run'],
    ['helm upgrade --install app ./chart --dry-run', 'dry run'],
    ['oras pull ghcr.io/aquasecurity/trivy-db:2', 'pulling a scanner database is not a scan'],
    ['firebase hosting:channel:delete pr1 --force', 'deleting a channel'],
    ['cf run-task gsa-fac --command "./fac-backup-util.sh v1 check_tables" --wait', 'a one-off task'],
    [
      'timoni mod push ./timoni/podinfo oci://localhost:5000/podinfo -v 0.0.0-devel',
      'a push to a runner-local registry'
    ],
    ['docker build -t x . && echo latest', '`latest` is not a `test` token'],
    ['kubectl kustomize ./kustomize/ | grep kind', 'rendering'],
    ['aws s3 cp s3://madewithml/octocat/results/ results/ --recursive', 'a download keeps nothing'],
    ['aws s3 cp --region us-east-1 s3://acme-models/churn/model.pkl ./model.pkl', 'a download with options'],
    ['aws s3 sync s3://acme-staging/app s3://acme-prod/app', 'a copy between buckets keeps nothing new'],
    [
      'aws --endpoint-url=http://127.0.0.1:4566 s3 cp fixture.json s3://test-bucket/',
      'localstack on the runner'
    ],
    ['aws s3 ls s3://acme-artifacts/', 'listing'],
    ['gsutil cp gs://acme-models/churn/model.joblib .', 'a download'],
    ['dbfs cp dbfs:/FileStore/results/metrics.json ./metrics.json', 'a download'],
    ['dbfs rm dbfs:/upload/app-0.0.1-py3-none-any.whl', 'removing'],
    ['azcopy copy "https://acme.blob.core.windows.net/models/churn.pkl" ./churn.pkl', 'a download'],
    [
      "az storage blob upload-batch -s build -d '$web'",
      'publishing a static website is no kept build output'
    ],
    ['dvc push -r storage', 'a DVC push may keep only data (§6.4)']
  ]
  it.each(traps)('%s is no evidence of deploy/test/store (%s)', run => {
    const found = purposes(step({ run }))
    expect(found.filter(p => p !== 'build')).toEqual([])
  })
})

describe('actions', () => {
  const table: Array<[string, Record<string, string>, Purpose[]]> = [
    ['actions/upload-artifact@v4', { name: 'dist', path: 'dist/' }, ['artifact-store']],
    ['actions/upload-artifact@v7', { name: 'cypress-screenshots', path: 'backend/cypress/screenshots' }, []],
    ['actions/upload-artifact@v4', { name: 'results', path: 'test-results/junit.xml' }, ['test-report']],
    ['actions/upload-artifact@v4', { name: 'cov', path: 'coverage/lcov.info' }, ['coverage']],
    ['docker/build-push-action@v6', { push: 'true', tags: 'x' }, ['artifact-store', 'build']],
    [
      'docker/build-push-action@v6',
      { push: "${{ github.event_name != 'pull_request' }}" },
      ['artifact-store', 'build']
    ],
    ['docker/build-push-action@v6', { load: 'true' }, ['build']],
    ['github/codeql-action/analyze@v3', {}, ['security-scan', 'static-analysis']],
    ['github/codeql-action/init@v3', {}, ['security-scan']],
    ['rustsec/audit-check@v2', {}, ['security-scan']],
    ['actions/dependency-review-action@v4', {}, ['security-scan']],
    ['aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25', {}, ['security-scan']],
    ['golang/govulncheck-action@v1', {}, ['security-scan']],
    ['zaproxy/action-baseline@v0.15.0', {}, ['security-scan']],
    ['snyk/actions/node@master', {}, ['security-scan']],
    ['codecov/codecov-action@v5', {}, ['coverage']],
    ['coverallsapp/github-action@v2', {}, ['coverage']],
    ['dorny/test-reporter@v2', {}, ['test-report']],
    ['EnricoMi/publish-unit-test-result-action/composite@v2', {}, ['test-report']],
    ['cypress-io/github-action@v7', { spec: 'cypress/e2e/a.cy.js' }, ['acceptance-test']],
    ['grafana/run-k6-action@v1', { path: 'k6/a.js' }, ['performance-test']],
    ['grafana/run-k6-action@v1', { path: 'k6/a.js', 'only-verify-scripts': 'true' }, []],
    ['benchmark-action/github-action-benchmark@v1', {}, ['performance-test']],
    ['FirebaseExtended/action-hosting-deploy@v0', { channelId: 'live' }, ['deploy']],
    ['Azure/webapps-deploy@v3', { 'app-name': 'a' }, ['deploy']],
    ['azure/webapps-deploy@v3', { 'app-name': 'a', 'slot-name': 'staging' }, ['deploy', 'rollout']],
    ['aws-actions/amazon-ecs-deploy-task-definition@v2', {}, ['deploy']],
    ['google-github-actions/deploy-cloudrun@v2', {}, ['deploy']],
    ['softprops/action-gh-release@v2', {}, ['artifact-store']],
    ['goreleaser/goreleaser-action@v6', { args: 'release --skip=validate' }, ['artifact-store', 'build']],
    ['goreleaser/goreleaser-action@v6', { args: 'release --snapshot --clean' }, ['build']],
    ['pypa/gh-action-pypi-publish@release/v1', {}, ['artifact-store']],
    ['hashicorp/tfc-workflows-github/actions/apply-run@v1.0.0', {}, ['iac-apply']],
    ['hashicorp/tfc-workflows-github/actions/create-run@v1.0.0', { plan_only: 'true' }, []],
    ['dflook/terraform-apply@v3.0.0', {}, ['iac-apply']],
    ['dflook/terraform-plan@v3.0.0', {}, []],
    ['dflook/terraform-fmt-check@v3.0.0', {}, ['static-analysis']],
    ['pulumi/actions@v6', { command: 'up' }, ['iac-apply']],
    ['pulumi/actions@v6', { command: 'preview' }, []],
    ['golangci/golangci-lint-action@v6', {}, ['static-analysis']],
    ['cloud-gov/cg-cli-tools@main', { command: 'bin/ops/deploy.sh' }, ['deploy']],
    ['cloud-gov/cg-cli-tools@main', { command: 'cf restart https-proxy' }, []],
    ['w9jds/firebase-action@v15', { args: 'deploy --only hosting' }, ['deploy']],
    ['azure/cli@v2', { inlineScript: 'az ml online-deployment create -f d.yml' }, ['model-deploy']],
    // Unknown actions and calls: a name joining an IaC tool with apply/deploy, or an IaC call told to apply (§10.1).
    ['sofianhamiti/composite-action-cdk-deploy@main', { folder: 'src/stack' }, ['iac-apply']],
    ['some-org/actions/terraform-apply@v1', {}, ['iac-apply']],
    ['some-org/actions/terraform-plan@v1', {}, []],
    ['some-org/actions/cdk-diff@v1', {}, []],
    [
      'acme/ci/.github/workflows/tf-gha-install-terraform.yml@main',
      { TFAction: "${{ inputs.action || 'apply' }}" },
      ['iac-apply']
    ],
    ['acme/ci/.github/workflows/tf-gha-install-terraform.yml@main', { TFAction: 'plan' }, []],
    ['acme/ci/.github/workflows/tf-gha-install-terraform.yml@main', { TFAction: 'destroy' }, []],
    // `apply` given to a call named for no IaC tool says nothing about infrastructure.
    ['acme/ci/.github/actions/deploy-app@v1', { command: 'apply' }, []],
    ['actions/checkout@v4', {}, []],
    ['helm/kind-action@v1', {}, []],
    ['actions/setup-node@v4', {}, []]
  ]
  it.each(table)('%s %j → %j', (uses, inputs, expected) => {
    expect(purposes(step({ uses, with: inputs }))).toEqual(expected)
  })
})

describe('step names', () => {
  const table: Array<[string, Purpose[]]> = [
    ['Run unit tests', ['unit-test']],
    ['Run integration tests', ['integration-test']],
    ['E2E', ['acceptance-test']],
    ['Smoke test production', ['smoke-test']],
    ['Lint with flake8', ['static-analysis']],
    ['Vulnerability scan', ['security-scan']],
    // CodeQL analyses code statically, as its action is read.
    ['CodeQL', ['security-scan', 'static-analysis']],
    ['Load test', ['performance-test']],
    ['Deploy to Firebase', ['deploy']],
    ['Run database migrations', ['db-migration']],
    ['Train model', ['training']],
    ['Register model', ['model-deploy']],
    ['Build deployment configs', []],
    ['Build docker image', ['build']],
    // traps
    ['Install linters', []],
    ['Restore cache - playwright binaries', []],
    ['Add New Relic Application Deployment Marker', []],
    ['Run Migration Check', []],
    ['Load fixtures', []],
    ['Setup k6', []]
  ]
  it.each(table)('%s → %j', (name, expected) => {
    expect(purposes(step({ name, run: 'some-tool --flag' }))).toEqual(expected)
  })

  it('ignores the name of a step that only prints', () => {
    expect(purposes(step({ name: 'deploy-aml-workspace', run: 'echo "OK"' }))).toEqual([])
  })
})
