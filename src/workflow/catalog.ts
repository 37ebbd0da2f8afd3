/**
 * What commands, actions and job/step names mean (design §3): data only, so that it can grow and be tested
 * on real workflows without touching the practices that read it.
 *
 * Three kinds of entry:
 * - `run`: a regex over one shell command, as resolved by src/workflow/script-resolution.ts (so `npm test`
 *   and the `jest` its package.json script runs are both commands);
 * - `uses`: a picomatch glob over `owner/repo[/path]` of an action or reusable workflow (the `@ref` is
 *   ignored, case-insensitive), optionally narrowed by its `with:` inputs;
 * - `name`: a regex over a job id/name, step name/id or reusable workflow file name, normalised by
 *   `normaliseName` (lower case, `_-./` as spaces, expressions removed).
 *
 * Regexes are token-bounded with `cmd()` so that `--test` is not `latest` and `npm run test:lint` is not
 * `npm test`. Precision beats recall: an unknown command is "no evidence", which the practices report as a
 * near-miss, while a wrong match is a false pass.
 */

/** Every purpose, in the order reports list them. */
export const PURPOSES = [
  'build',
  'unit-test',
  'integration-test',
  'acceptance-test',
  'smoke-test',
  'static-analysis',
  'security-scan',
  'performance-test',
  'coverage',
  'test-report',
  'deploy',
  'artifact-store',
  'db-migration',
  'iac-apply',
  'rollout',
  'data-validation',
  'training',
  'model-evaluation',
  'model-deploy',
  'experiment-tracking',
  'pipeline-deploy'
] as const

export type Purpose = (typeof PURPOSES)[number]

export interface RunEntry {
  kind: 'run'
  id: string
  purpose: Purpose
  pattern: RegExp
}

export interface UsesEntry {
  kind: 'uses'
  id: string
  purpose: Purpose
  /** picomatch glob over `owner/repo[/path]`, matched case-insensitively. */
  pattern: string
  /** Every listed input must be present and match. */
  with?: Record<string, RegExp>
  /** No listed input may match (an absent input does not match). */
  withNot?: Record<string, RegExp>
}

export interface NameEntry {
  kind: 'name'
  id: string
  purpose: Purpose
  pattern: RegExp
  /** A name that also matches this is not evidence (`Record deployment to New Relic` is no deploy). */
  unless?: RegExp
}

export type CatalogEntry = RunEntry | UsesEntry | NameEntry

/** Actions whose inputs carry a shell command: those commands are classified like `run:` lines. */
export interface CommandInput {
  uses: string
  input: string
  /** Prepended to the input's value, e.g. `firebase ` for w9jds/firebase-action's `args`. */
  prefix?: string
}

/** Throwaway targets started inside a job (design §3, corpus labels rule 4): deploys into them are test fixtures. */
export type FixtureEntry =
  { kind: 'run'; id: string; pattern: RegExp } | { kind: 'uses'; id: string; pattern: string }

/** `s` as a whole command token: not glued to a word, a dot, a colon or a hyphen on either side. */
function cmd(source: string): RegExp {
  return new RegExp(`(?<![\\w.:-])(?:${source})(?![\\w.:-])`)
}

/** A package-manager script (`npm run X`, `yarn X`, `pnpm X`, `bun run X`) whose name matches `names`. */
function script(names: string): RegExp {
  return cmd(
    `(?:npm|pnpm|yarn|bun)(?:\\s+(?:--prefix|--cwd|--dir|-C|-w|--workspace|--filter|-F)[= ]\\S+|\\s+-\\S+)*\\s+(?:run(?:-script)?\\s+)?(?:${names})`
  )
}

/** A task-runner target (`make X`, `just X`, `task X`, `mage X`, `rake X`) whose name matches `names`. */
function target(names: string): RegExp {
  return cmd(
    `(?:make|\\$\\{MAKE\\}|just|task|mage|rake|invoke)(?:\\s+(?:-\\S+|\\w+=\\S*))*\\s+(?:\\S+\\s+)*?(?:${names})`
  )
}

/** A script file whose base name matches `names` (`./bin/ops/deploy.sh`, `scripts/smoke-test.sh`). */
function scriptFile(names: string): RegExp {
  return new RegExp(`(?:^|[\\s/])(?:${names})(?:[-_.][\\w-]+)*\\.(?:sh|bash|ps1|py)(?![\\w.-])`)
}

const run = (id: string, purpose: Purpose, pattern: RegExp): RunEntry => ({
  kind: 'run',
  id,
  purpose,
  pattern
})
const uses = (
  id: string,
  purpose: Purpose,
  pattern = id,
  conditions: Pick<UsesEntry, 'with' | 'withNot'> = {}
): UsesEntry => ({ kind: 'uses', id, purpose, pattern, ...conditions })
const name = (id: string, purpose: Purpose, pattern: RegExp, unless?: RegExp): NameEntry => ({
  kind: 'name',
  id,
  purpose,
  pattern,
  ...(unless ? { unless } : {})
})

/** A push to a registry on this runner (a `services:` registry) stores nothing. */
const NOT_LOCAL = '(?!.*(?:localhost|127\\.0\\.0\\.1|kind-registry))'
/** Uploads of test evidence are test reports, coverage or debugging aids, not build outputs. */
const NOT_BUILD_OUTPUT = /screenshot|video|trace|logs?\b|test-?results?|junit|report|coverage|lcov|sarif/i
const TEST_RESULTS = /junit|test-?results?|surefire-reports|xunit|\.trx\b|test-reports?/i
const COVERAGE_FILES = /coverage|lcov|cobertura|jacoco|\.coverage\b/i

const RUN_ENTRIES: RunEntry[] = [
  // build
  run('npm-build', 'build', script('build(?::[\\w:-]+)?|compile|dist|bundle|package')),
  run('tsc', 'build', /(?<![\w.:-])tsc(?![\w.:-])(?!.*--noEmit)/),
  run(
    'js-bundler',
    'build',
    cmd(
      'webpack|rollup|esbuild|tsup|ncc\\s+build|vite\\s+build|parcel\\s+build|next\\s+build|nuxt\\s+build|ng\\s+build|gatsby\\s+build|astro\\s+build'
    )
  ),
  run(
    'static-site-build',
    'build',
    cmd('hugo(?!\\s+(?:server|version|mod|new))|jekyll\\s+build|mkdocs\\s+build|sphinx-build')
  ),
  run(
    'go-build',
    'build',
    cmd('go\\s+build|goreleaser\\s+build|xk6\\s+build|ko\\s+(?:apply|resolve|create)')
  ),
  // The IaC build: a plan (or synthesised template) is what an infrastructure repository's CI produces and checks.
  run(
    'iac-plan',
    'build',
    cmd(
      '(?:terraform|tofu|terragrunt)(?:\\s+-chdir=\\S+)?\\s+(?:run-all\\s+)?plan|pulumi\\s+(?:\\S+\\s+)*preview|cdk(?:tf)?\\s+synth'
    )
  ),
  run('make-build', 'build', target('build|all|compile|dist|package')),
  run('make-default', 'build', /^(?:make|\$\{MAKE\})(?:\s+-[\w-]+)*\s*$/),
  run('maven-build', 'build', cmd('(?:\\.\\/)?mvnw?(?:\\s+\\S+)*?\\s+(?:compile|package|install|verify)')),
  run(
    'gradle-build',
    'build',
    cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:build|assemble\\w*|jar|bootJar|shadowJar)')
  ),
  run('cargo-build', 'build', cmd('cargo\\s+build')),
  run('dotnet-build', 'build', cmd('dotnet\\s+(?:build|publish|pack)|msbuild')),
  run(
    'python-build',
    'build',
    cmd(
      'python3?\\s+-m\\s+build|python3?\\s+setup\\.py\\s+(?:build|bdist\\w*|sdist)|(?:poetry|uv|hatch|pdm|flit)\\s+build'
    )
  ),
  run(
    'docker-build',
    'build',
    cmd(
      'docker\\s+(?:buildx\\s+)?build|docker\\s+buildx\\s+bake|docker\\s+compose\\s+build|podman\\s+build|buildah\\s+bud|ko\\s+build|bazel\\s+build|cmake\\s+--build'
    )
  ),
  run('package-build', 'build', cmd('gem\\s+build|helm\\s+package')),
  run('sam-build', 'build', cmd('sam\\s+build')),
  run('build-script', 'build', scriptFile('build')),

  // unit tests
  run('npm-test', 'unit-test', script('t|test(?::(?:unit|ci|all|node|once|run|cov|coverage))?')),
  run(
    'js-test-runner',
    'unit-test',
    cmd('jest|vitest(?!\\s+bench)|mocha|ava|jasmine|karma|tape|uvu|node\\s+--test|bun\\s+test|deno\\s+test')
  ),
  run('pytest', 'unit-test', cmd('pytest|py\\.test')),
  run(
    'python-unittest',
    'unit-test',
    cmd('python3?\\s+-m\\s+(?:unittest|nose2?)|nose2|manage\\.py\\s+test|setup\\.py\\s+test|trial')
  ),
  run(
    'tox',
    'unit-test',
    /(?<![\w.:-])tox(?![\w.:-])(?!.*\s-e\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/
  ),
  run(
    'nox',
    'unit-test',
    /(?<![\w.:-])nox(?![\w.:-])(?!.*\s-s\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/
  ),
  run('hatch-test', 'unit-test', cmd('hatch\\s+(?:test|run\\s+(?:\\S+:)?test)')),
  run('go-test', 'unit-test', cmd('go\\s+test|gotestsum|ginkgo')),
  run(
    'maven-test',
    'unit-test',
    /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-])(?!.*-D(?:skipTests|maven\.test\.skip))(?:\s+\S+)*?\s+(?:test|verify|package|install)(?![\w.:-])/
  ),
  run(
    'gradle-test',
    'unit-test',
    /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-])(?!.*-x\s+test\b)(?:\s+\S+)*?\s+(?::?[\w-]+:)?(?:test|check|build)(?![\w.:-])/
  ),
  run('cargo-test', 'unit-test', cmd('cargo\\s+(?:test|nextest\\s+run)')),
  run('dotnet-test', 'unit-test', cmd('dotnet\\s+test|vstest\\.console(?:\\.exe)?')),
  run('ruby-test', 'unit-test', cmd('rspec|rake\\s+(?:test|spec)|rails\\s+test|bin\\/rails\\s+test')),
  run(
    'php-test',
    'unit-test',
    cmd('phpunit|pest|php\\s+artisan\\s+test|composer\\s+(?:run(?:-script)?\\s+)?test')
  ),
  run(
    'other-test-runner',
    'unit-test',
    cmd(
      'sbt\\s+(?:\\S+\\s+)*test|lein\\s+test|mix\\s+test|flutter\\s+test|swift\\s+test|ctest|bazel\\s+test|xcodebuild(?:\\s+\\S+)*\\s+test'
    )
  ),
  run('make-test', 'unit-test', target('test|tests|unit|unit-tests?|test-unit|test:unit|check')),

  // integration tests
  run(
    'npm-integration',
    'integration-test',
    script('(?:test:)?(?:integration|int|it)(?::[\\w:-]+)?|integration-tests?')
  ),
  run(
    'make-integration',
    'integration-test',
    target('integration|integration-tests?|test-integration|it|test:integration')
  ),
  run(
    'integration-tests-arg',
    'integration-test',
    /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*(?:[\s/=]integration(?:[-_]?tests?)?\b|-m\s+["']?integration\b)/
  ),
  run(
    'gradle-integration',
    'integration-test',
    cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:integrationTest|intTest|integTest)')
  ),
  run(
    'maven-failsafe',
    'integration-test',
    /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*(?:failsafe:integration-test|-P\s*integration|-Dit\.test)/
  ),
  run('testcontainers', 'integration-test', /testcontainers/i),
  run(
    'integration-script',
    'integration-test',
    scriptFile('integration(?:[-_]tests?)?|run[-_]integration[-_]tests?')
  ),

  // acceptance / end-to-end
  run('playwright', 'acceptance-test', cmd('playwright\\s+test')),
  run('cypress', 'acceptance-test', cmd('cypress\\s+run')),
  run(
    'selenium',
    'acceptance-test',
    /(?<![\w.:-])selenium(?:-side-runner)?(?![\w.:-])|(?<![\w.:-])(?:wdio|testcafe|nightwatch|codeceptjs\s+run)(?![\w.:-])/
  ),
  run('cucumber', 'acceptance-test', cmd('cucumber(?:-js)?|behave|behat|robot')),
  run(
    'npm-e2e',
    'acceptance-test',
    script('(?:test:)?(?:e2e|acceptance|ui)(?::[\\w:-]+)?|e2e-tests?|cy:run|playwright(?::[\\w:-]+)?')
  ),
  run(
    'make-e2e',
    'acceptance-test',
    target('e2e|e2e-tests?|test-e2e|acceptance|acceptance-tests?|test-acceptance')
  ),
  run(
    'e2e-tests-arg',
    'acceptance-test',
    /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*[\s/=](?:e2e|acceptance|end-to-end)\b/
  ),
  run('e2e-script', 'acceptance-test', scriptFile('e2e|acceptance|run[-_]e2e')),

  // smoke / synthetic / health checks
  run('npm-smoke', 'smoke-test', script('(?:test:)?smoke(?::[\\w:-]+)?|smoke-tests?')),
  run('make-smoke', 'smoke-test', target('smoke|smoke-tests?|test-smoke')),
  run(
    'smoke-script',
    'smoke-test',
    scriptFile('smoke(?:[-_]tests?)?|health[-_]?check|post[-_]deploy(?:[-_]check)?')
  ),
  run(
    'health-check',
    'smoke-test',
    /(?<![\w.:-])(?:curl|wget|http)(?![\w.:-]).*\/(?:health|healthz|healthcheck|readyz|livez|ready|ping)\b/
  ),
  run('checkly', 'smoke-test', cmd('checkly\\s+(?:test|trigger)')),

  // static analysis
  run(
    'npm-lint',
    'static-analysis',
    script(
      '(?:test:)?lint(?::[\\w:-]+)?|lint-\\w+|check-all|format:check|fmt:check|prettier:check|(?:type-?check|typecheck|tsc|types)(?::[\\w:-]+)?|biome(?:-check)?|stylelint|eslint'
    )
  ),
  run(
    'eslint',
    'static-analysis',
    cmd('eslint|tslint|stylelint|xo|standard|oxlint|biome\\s+(?:check|lint|ci)|tsd|markdownlint(?:-cli2)?')
  ),
  run(
    'prettier-check',
    'static-analysis',
    /(?<![\w.:-])prettier(?![\w.:-]).*\s(?:--check|-c|--list-different|-l)(?![\w-])/
  ),
  run('tsc-noemit', 'static-analysis', /(?<![\w.:-])(?:tsc|vue-tsc)(?![\w.:-]).*--noEmit/),
  run(
    'python-lint',
    'static-analysis',
    cmd(
      'flake8|pylint|pyflakes|pycodestyle|pydocstyle|mypy|pyright|pytype|pyre|ruff(?!\\s+format(?!.*--check))|djlint|pre-commit\\s+run|prospector'
    )
  ),
  run(
    'python-format-check',
    'static-analysis',
    /(?<![\w.:-])(?:black|isort|yapf|autopep8)(?![\w.:-]).*\s(?:--check|--check-only|--diff|-c)(?![\w-])/
  ),
  run(
    'go-lint',
    'static-analysis',
    cmd('golangci-lint|go\\s+vet|staticcheck|revive|errcheck|gofmt\\s+-[lds]+|goimports\\s+-l')
  ),
  run('cargo-lint', 'static-analysis', /(?<![\w.:-])cargo\s+(?:clippy|fmt(?:\s+\S+)*\s+--check)(?![\w.:-])/),
  run('dotnet-format-check', 'static-analysis', /(?<![\w.:-])dotnet\s+format\b.*--verify-no-changes/),
  run('ruby-lint', 'static-analysis', cmd('rubocop|standardrb|reek')),
  run(
    'php-lint',
    'static-analysis',
    /(?<![\w.:-])(?:phpstan|psalm|phpcs|phpmd|php-cs-fixer(?=.*--dry-run)|pint(?=.*--test))(?![\w.:-])/
  ),
  run(
    'composer-lint',
    'static-analysis',
    cmd('composer\\s+(?:run(?:-script)?\\s+)?(?:lint|cs|cs-check|phpcs|phpstan|psalm|analy[sz]e|stan)')
  ),
  run(
    'jvm-lint',
    'static-analysis',
    cmd(
      'ktlint|detekt|checkstyle\\w*|spotbugs\\w*|pmd\\w*|spotlessCheck|ktlintCheck|(?:checkstyle|spotless|pmd|spotbugs):check'
    )
  ),
  run(
    'shell-lint',
    'static-analysis',
    cmd('shellcheck|hadolint|yamllint|actionlint|swiftlint|sqlfluff\\s+lint|vale')
  ),
  run(
    'helm-lint',
    'static-analysis',
    cmd(
      'helm\\s+lint|ct\\s+lint|kubeconform|kubeval|kube-linter|flux-schema\\s+validate|timoni\\s+mod\\s+(?:lint|vet)|cue\\s+vet'
    )
  ),
  run(
    'terraform-check',
    'static-analysis',
    /(?<![\w.:-])(?:terraform|tofu)(?:\s+-chdir=\S+)?\s+(?:validate|fmt\s+(?:\S+\s+)*-check)(?![\w.:-])|(?<![\w.:-])tflint(?![\w.:-])/
  ),
  run(
    'make-lint',
    'static-analysis',
    target(
      'lint|lint-\\w+|vet|format-check|fmt-check|check-format|check-fmt|typecheck|type-check|static-analysis'
    )
  ),
  run('sonar-scanner', 'static-analysis', cmd('sonar-scanner|sonar:sonar|sonarqube')),
  // SAST tools analyse the code statically as well as scanning it for vulnerabilities.
  run('semgrep-static', 'static-analysis', cmd('semgrep(?:\\s+(?:ci|scan))?')),
  run(
    'tox-nox-lint',
    'static-analysis',
    /(?<![\w.:-])(?:tox\s+(?:\S+\s+)*-e\s*\S*|nox\s+(?:\S+\s+)*-s\s*\S*)\b(?:lint|flake8|ruff|mypy|pyright|type|typing|typecheck|format|pylint)\b/
  ),

  // security
  run('codeql-cli', 'security-scan', cmd('codeql\\s+database\\s+analyze')),
  run(
    'trivy',
    'security-scan',
    cmd('trivy\\s+(?:image|fs|filesystem|config|repo|repository|k8s|kubernetes|sbom|rootfs|vm)')
  ),
  run('snyk', 'security-scan', cmd('snyk\\s+(?:test|monitor|code\\s+test|container\\s+test|iac\\s+test)')),
  run('semgrep', 'security-scan', cmd('semgrep(?:\\s+(?:ci|scan))?')),
  run('gitleaks', 'security-scan', cmd('gitleaks|trufflehog|detect-secrets(?:-hook)?|ggshield')),
  run(
    'package-audit',
    'security-scan',
    cmd(
      '(?:npm|pnpm|yarn(?:\\s+npm)?)\\s+audit|audit-ci|better-npm-audit|pip-audit|safety\\s+(?:check|scan)|(?:bundle|bundler)[-\\s]audit|composer\\s+audit|cargo\\s+(?:audit|deny)'
    )
  ),
  run('govulncheck', 'security-scan', cmd('govulncheck|gosec|nancy')),
  run('python-sast', 'security-scan', cmd('bandit|brakeman')),
  run('dotnet-vulnerable', 'security-scan', /(?<![\w.:-])dotnet\s+list\b.*--vulnerable/),
  run(
    'osv-scanner',
    'security-scan',
    cmd('osv-scanner|grype|docker\\s+scout\\s+(?:cves|quickview)|dependency-check(?:\\.sh)?|retire')
  ),
  run(
    'owasp-dependency-check-maven',
    'security-scan',
    /dependency-check(?:-maven)?(?::[\w.]+)*:(?:check|aggregate)/
  ),
  run('zap', 'security-scan', cmd('zap-(?:baseline|full-scan|api-scan)\\.py|zap\\.sh')),
  run('iac-scan', 'security-scan', cmd('checkov|tfsec|kics\\s+scan|terrascan\\s+scan')),

  // performance
  run('k6', 'performance-test', cmd('(?:\\S*\\/)?k6\\s+(?:run|cloud)')),
  run(
    'load-tools',
    'performance-test',
    cmd(
      'jmeter|locust|artillery\\s+(?:run|quick)|vegeta\\s+attack|hyperfine|wrk|lhci\\s+autorun|gatling(?:\\.sh)?|gatling:test|gatlingRun'
    )
  ),
  run(
    'benchmarks',
    'performance-test',
    /(?<![\w.:-])(?:go\s+test(?![\w.:-]).*\s-bench\b|cargo\s+bench|pytest(?![\w.:-]).*--benchmark|vitest\s+bench|dotnet\s+run\b.*Benchmark)/
  ),
  run(
    'npm-perf',
    'performance-test',
    script('bench|benchmarks?|perf|load-?test|test:(?:perf|load|performance)')
  ),
  run('make-perf', 'performance-test', target('bench|benchmarks?|perf|performance|load-?test|loadtest')),
  run(
    'perf-script-dir',
    'performance-test',
    /^(?:\.\/)?(?:\S*\/)?(?:k6|perf|performance|load-?tests?|loadtest|benchmarks?|jmeter|locust|gatling)\/\S+/
  ),

  // coverage
  run(
    'coverage-py',
    'coverage',
    /(?<![\w.:-])coverage\s+(?:run|report|xml|html|json|lcov|combine)(?![\w.:-])|(?<![\w.:-])pytest(?![\w.:-]).*--cov\b/
  ),
  run(
    'js-coverage',
    'coverage',
    /(?<![\w.:-])(?:c8|nyc)(?![\w.:-])|(?<![\w.:-])(?:jest|vitest)(?![\w.:-]).*--coverage\b/
  ),
  run('npm-coverage', 'coverage', script('(?:test:)?cov(?:erage)?(?::[\\w:-]+)?')),
  run('go-coverage', 'coverage', /(?<![\w.:-])go\s+test(?![\w.:-]).*\s-(?:cover|coverprofile|covermode)\b/),
  run('rust-coverage', 'coverage', cmd('cargo\\s+(?:tarpaulin|llvm-cov)|grcov')),
  run(
    'dotnet-coverage',
    'coverage',
    /(?<![\w.:-])dotnet\s+test(?![\w.:-]).*(?:--collect[:\s]+"?XPlat Code Coverage|CollectCoverage)/
  ),
  run('jvm-coverage', 'coverage', /jacoco\w*|koverXmlReport|kover\w*Report/),
  run('php-coverage', 'coverage', /(?<![\w.:-])phpunit(?![\w.:-]).*--coverage-/),
  run('coverage-upload', 'coverage', cmd('codecov|coveralls|codacy-coverage-reporter')),
  run('make-coverage', 'coverage', target('cover|coverage|test-coverage')),

  // test reports
  run(
    'junit-reporter',
    'test-report',
    /--junit-?xml|--junitfile|--log-junit|jest-junit|mocha-junit-reporter|--reporters?[=\s]+\S*junit|go-junit-report|RspecJunitFormatter|--logger[:\s]+"?(?:trx|junit)/i
  ),

  // deploy
  run(
    'kubectl-apply',
    'deploy',
    /(?<![\w.:-])kubectl(?:\s+-{1,2}[\w-]+(?:[= ](?!apply|create|replace|set)\S+)?)*\s+(?:apply|replace|create\s+-f|set\s+image)(?![\w.:-])(?!.*--dry-run)/
  ),
  run('ko-apply', 'deploy', cmd('ko\\s+(?:apply|create)(?!.*--dry-run)')),
  run(
    'helm-upgrade',
    'deploy',
    /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/
  ),
  run('cf-push', 'deploy', cmd('cf\\s+(?:push|blue-green-deploy|zero-downtime-push)')),
  run('fly-deploy', 'deploy', cmd('fly(?:ctl)?\\s+deploy')),
  run('vercel-deploy', 'deploy', /(?<![\w.:-])vercel(?![\w.:-])(?:\s+deploy\b|.*\s--prod\b)/),
  run('netlify-deploy', 'deploy', cmd('netlify\\s+deploy')),
  run('firebase-deploy', 'deploy', cmd('firebase\\s+(?:deploy|hosting:channel:deploy)')),
  run(
    'aws-deploy',
    'deploy',
    cmd(
      'aws\\s+ecs\\s+(?:update-service|deploy)|ecs-deploy|aws\\s+lambda\\s+update-function-code|aws\\s+deploy\\s+create-deployment|aws\\s+elasticbeanstalk\\s+update-environment|eb\\s+deploy|sam\\s+deploy|copilot\\s+(?:svc\\s+)?deploy'
    )
  ),
  run('serverless-deploy', 'deploy', cmd('(?:serverless|sls)\\s+deploy')),
  run(
    'azure-deploy',
    'deploy',
    cmd(
      'az\\s+(?:webapp|functionapp)\\s+(?:deploy|up|deployment\\s+source\\s+config-zip)|az\\s+containerapp\\s+(?:update|up|create)|az\\s+spring\\s+app\\s+deploy|az\\s+staticwebapp|swa\\s+deploy'
    )
  ),
  run(
    'gcloud-deploy',
    'deploy',
    cmd(
      'gcloud\\s+(?:beta\\s+)?(?:run\\s+deploy|app\\s+deploy|functions\\s+deploy|run\\s+services\\s+replace|deploy\\s+releases\\s+create)'
    )
  ),
  run(
    'paas-deploy',
    'deploy',
    cmd(
      'git\\s+push\\s+(?:-\\S+\\s+)*(?:heroku|dokku)|heroku\\s+container:release|kamal\\s+deploy|cap\\s+(?:\\S+\\s+)?deploy|dokku|docker\\s+stack\\s+deploy|nomad\\s+(?:job\\s+)?run|wrangler\\s+(?:deploy|publish|pages\\s+deploy)|surge|gh-pages\\s+-d'
    )
  ),
  run(
    'gitops-deploy',
    'deploy',
    cmd(
      'argocd\\s+app\\s+sync|skaffold\\s+(?:run|deploy)|timoni\\s+(?:bundle\\s+)?apply|kapp\\s+deploy|ansible-playbook'
    )
  ),
  run('remote-copy-deploy', 'deploy', /(?<![\w.:-])(?:rsync|scp)(?![\w.:-]).*\s[\w.-]+@[\w.-]+:/),
  run('deploy-script', 'deploy', scriptFile('deploy')),
  run('npm-deploy', 'deploy', script('deploy(?::[\\w:-]+)?')),
  run('make-deploy', 'deploy', target('deploy|deploy-\\w+|release-deploy')),

  // artifact store
  run(
    'docker-push',
    'artifact-store',
    new RegExp(`(?<![\\w.:-])(?:docker|podman|buildah)(?:\\s+compose)?\\s+push(?![\\w.:-])${NOT_LOCAL}`)
  ),
  run(
    'docker-build-push',
    'artifact-store',
    new RegExp(`(?<![\\w.:-])docker\\s+buildx\\s+(?:build|bake)(?![\\w.:-]).*\\s--push\\b${NOT_LOCAL}`)
  ),
  run(
    'image-copy',
    'artifact-store',
    new RegExp(
      `(?<![\\w.:-])(?:skopeo\\s+copy|crane\\s+(?:push|copy)|ko\\s+(?:build|publish|apply|resolve|create)(?!.*--(?:local|push=false)))(?![\\w.:-])${NOT_LOCAL}`
    )
  ),
  run('jib', 'artifact-store', /(?<![\w-])jib(?::build)?(?![\w.:-])/),
  run(
    'npm-publish',
    'artifact-store',
    cmd(
      '(?:npm|pnpm|yarn(?:\\s+npm)?|bun)\\s+publish|changeset\\s+publish|lerna\\s+publish|semantic-release|vsce\\s+publish|ovsx\\s+publish'
    )
  ),
  run(
    'python-publish',
    'artifact-store',
    cmd('twine\\s+upload|(?:poetry|uv|hatch|flit|pdm)\\s+publish|anaconda\\s+upload')
  ),
  run('cargo-publish', 'artifact-store', cmd('cargo\\s+publish')),
  run('maven-deploy', 'artifact-store', /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*\sdeploy(?![\w.:-])/),
  run(
    'gradle-publish',
    'artifact-store',
    /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-]).*\s(?::?[\w-]+:)?publish\w*(?![\w.:-])/
  ),
  run('gem-push', 'artifact-store', cmd('gem\\s+push')),
  run('nuget-push', 'artifact-store', cmd('(?:dotnet\\s+)?nuget\\s+push')),
  run('gh-release', 'artifact-store', cmd('gh\\s+release\\s+(?:upload|create)')),
  run(
    'goreleaser',
    'artifact-store',
    /(?<![\w.:-])goreleaser(?![\w.:-])(?!\s+(?:build|check|healthcheck))(?!.*--snapshot)/
  ),
  run(
    'oci-push',
    'artifact-store',
    new RegExp(
      `(?<![\\w.:-])(?:helm\\s+(?:push|cm-push)|oras\\s+push|flux\\s+push\\s+artifact|timoni\\s+mod\\s+push|cr\\s+upload)(?![\\w.:-])${NOT_LOCAL}`
    )
  ),
  run('jfrog-upload', 'artifact-store', cmd('jf(?:rog)?\\s+rt\\s+(?:u|upload)')),
  // Remote builds that push their image (Cloud Build, ACR Tasks) and Azure ML components/environments stored in the workspace.
  run(
    'cloud-image-build',
    'artifact-store',
    cmd('gcloud\\s+builds\\s+submit|az\\s+acr\\s+build|az\\s+ml\\s+(?:component|environment)\\s+create')
  ),

  // database migrations
  run('alembic', 'db-migration', cmd('alembic\\s+(?:\\S+\\s+)*upgrade')),
  run('django-migrate', 'db-migration', cmd('manage\\.py\\s+migrate')),
  run('rails-migrate', 'db-migration', cmd('(?:bin\\/)?(?:rails|rake)\\s+db:(?:migrate|prepare)')),
  run(
    'flyway',
    'db-migration',
    /(?<![\w.:-])flyway(?![\w.:-]).*\smigrate(?![\w.:-])|flyway:migrate|flywayMigrate/
  ),
  run(
    'liquibase',
    'db-migration',
    /(?<![\w.:-])liquibase(?![\w.:-]).*\supdate(?:-\w+)?(?![\w.:-])|liquibase:update|liquibaseUpdate/
  ),
  run(
    'js-migrate',
    'db-migration',
    cmd(
      'prisma\\s+(?:migrate\\s+deploy|db\\s+push)|knex\\s+migrate:latest|sequelize(?:-cli)?\\s+db:migrate|typeorm(?:-ts-node-\\w+)?\\s+migration:run|drizzle-kit\\s+(?:migrate|push)|node-pg-migrate\\s+up'
    )
  ),
  run(
    'go-migrate',
    'db-migration',
    /(?<![\w.:-])(?:goose|migrate|dbmate)(?![\w.:-]).*\s(?:up|migrate)(?![\w.:-])|(?<![\w.:-])atlas\s+(?:migrate|schema)\s+apply/
  ),
  run(
    'other-migrate',
    'db-migration',
    cmd(
      'sqitch\\s+deploy|diesel\\s+migration\\s+run|sqlx\\s+migrate\\s+run|php\\s+artisan\\s+migrate|doctrine:migrations:migrate|mix\\s+ecto\\.migrate|dotnet\\s+ef\\s+database\\s+update'
    )
  ),
  run('npm-migrate', 'db-migration', script('(?:db:)?migrate(?::[\\w:-]+)?|migration:run')),
  run('make-migrate', 'db-migration', target('migrate|db-migrate|migrate-up|migrations')),
  run('migrate-script', 'db-migration', scriptFile('migrate|run[-_]migrations?')),

  // infrastructure as code
  run(
    'terraform-apply',
    'iac-apply',
    /(?<![\w.:-])(?:terraform|tofu|terragrunt)(?:\s+-chdir=\S+)?\s+(?:run-all\s+)?apply(?![\w.:-])/
  ),
  run('pulumi-up', 'iac-apply', cmd('pulumi\\s+(?:\\S+\\s+)*up')),
  run('cdk-deploy', 'iac-apply', cmd('cdk(?:tf)?\\s+deploy')),
  run(
    'helm-upgrade-iac',
    'iac-apply',
    /(?<![\w.:-])helm\s+upgrade(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/
  ),
  run(
    'azure-arm',
    'iac-apply',
    cmd(
      'az\\s+deployment\\s+(?:group|sub|mg|tenant)\\s+create|az\\s+stack\\s+(?:group|sub|mg)\\s+create|New-Az(?:ResourceGroup|Subscription)?Deployment'
    )
  ),
  run(
    'cloudformation',
    'iac-apply',
    cmd('aws\\s+cloudformation\\s+(?:deploy|create-stack|update-stack)|sam\\s+deploy|rain\\s+deploy')
  ),
  run(
    'gcloud-deployment-manager',
    'iac-apply',
    cmd('gcloud\\s+deployment-manager\\s+deployments\\s+(?:create|update)')
  ),

  // progressive rollout
  run('helm-atomic', 'rollout', /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-]).*\s--(?:atomic|wait)\b/),
  run(
    'kubectl-rollout-status',
    'rollout',
    cmd('kubectl(?:\\s+-{1,2}[\\w-]+(?:[= ]\\S+)?)*\\s+(?:rollout\\s+status|argo\\s+rollouts)')
  ),
  run(
    'rollout-strategy',
    'rollout',
    /(?<![\w-])(?:canary|blue[-_]?green)(?![\w-])|--strategy[= ](?:rolling|canary|bluegreen|blue-green)\b|cf\s+(?:blue-green-deploy|zero-downtime-push)|flagger/
  ),
  run(
    'slot-swap',
    'rollout',
    cmd('az\\s+(?:webapp|functionapp)\\s+deployment\\s+slot\\s+swap|Switch-AzWebAppSlot')
  ),
  run(
    'traffic-split',
    'rollout',
    cmd(
      'gcloud\\s+(?:beta\\s+)?run\\s+services\\s+update-traffic|gcloud\\s+app\\s+services\\s+set-traffic|az\\s+(?:containerapp\\s+ingress\\s+traffic\\s+set|ml\\s+online-endpoint\\s+update(?=.*--traffic))'
    )
  ),

  // ML
  run(
    'great-expectations',
    'data-validation',
    cmd('great_expectations|gx\\s+checkpoint|soda\\s+scan|deepchecks|evidently|pandera|tfdv')
  ),
  run(
    'data-validation-script',
    'data-validation',
    scriptFile('validate[-_]data|data[-_]validation|check[-_]data|data[-_]checks?')
  ),
  run(
    'train-script',
    'training',
    /(?:^|[\s/])train(?:[-_]\w+)*\.py(?![\w.-])|(?<![\w.:-])python3?\s+-m\s+\S*\btrain\b/
  ),
  run('dvc-repro', 'training', cmd('dvc\\s+(?:repro|exp\\s+run)|mlflow\\s+run')),
  run(
    'cloud-training',
    'training',
    cmd(
      'aws\\s+sagemaker\\s+create-training-job|az\\s+ml\\s+job\\s+create|gcloud\\s+ai\\s+custom-jobs\\s+create'
    )
  ),
  run('make-train', 'training', target('train|training|retrain')),
  run('eval-script', 'model-evaluation', /(?:^|[\s/])eval(?:uate)?(?:[-_]\w+)*\.py(?![\w.-])/),
  run('cml', 'model-evaluation', cmd('cml\\s+(?:comment|send-comment|publish|report)')),
  run('dvc-metrics', 'model-evaluation', cmd('dvc\\s+metrics\\s+(?:diff|show)')),
  run(
    'model-registry-cli',
    'model-deploy',
    cmd(
      'az\\s+ml\\s+(?:model\\s+(?:create|register)|online-deployment\\s+(?:create|update)|online-endpoint\\s+create|batch-deployment\\s+create|batch-endpoint\\s+create)|aws\\s+sagemaker\\s+(?:create-endpoint|update-endpoint|create-model)|gcloud\\s+ai\\s+(?:models\\s+upload|endpoints\\s+deploy-model)|bentoml\\s+(?:deploy|push)|bentoctl\\s+deploy|mlflow\\s+(?:deployments\\s+create|models\\s+build-docker)|truss\\s+push|cog\\s+push'
    )
  ),
  run(
    'register-model-script',
    'model-deploy',
    scriptFile('register(?:[-_]model)?|deploy[-_]model|promote[-_]model')
  ),
  run(
    'experiment-tracking-cli',
    'experiment-tracking',
    cmd('mlflow|wandb|dvc\\s+(?:exp|plots|metrics|params)|neptune|aim\\s+(?:up|runs)|cml')
  ),
  run(
    'pipeline-cli',
    'pipeline-deploy',
    cmd(
      'kfp\\s+(?:pipeline\\s+(?:create|upload)|run\\s+(?:create|submit))|aws\\s+sagemaker\\s+(?:create-pipeline|update-pipeline|start-pipeline-execution)|az\\s+ml\\s+(?:schedule\\s+create|job\\s+create(?=.*pipeline))'
    )
  ),
  run(
    'pipeline-script',
    'pipeline-deploy',
    scriptFile('(?:run|submit|deploy|upload|compile|publish)[-_]pipeline')
  )
]

const USES_ENTRIES: UsesEntry[] = [
  // build
  uses('docker/build-push-action', 'build'),
  uses('docker/bake-action', 'build'),
  uses('goreleaser/goreleaser-action (build)', 'build', 'goreleaser/goreleaser-action'),
  uses('gradle/gradle-build-action', 'build'),
  uses('peaceiris/actions-hugo', 'build'),

  // tests
  uses('cypress-io/github-action', 'acceptance-test'),
  uses('microsoft/playwright-github-action', 'acceptance-test'),
  uses('grafana/run-k6-action', 'performance-test', 'grafana/run-k6-action', {
    withNot: { 'only-verify-scripts': /^true$/ }
  }),
  uses('grafana/k6-action', 'performance-test'),
  uses('benchmark-action/github-action-benchmark', 'performance-test'),
  uses('treosh/lighthouse-ci-action', 'performance-test'),
  uses('jtalk/url-health-check-action', 'smoke-test'),
  uses('checkly/checkly-github-action', 'smoke-test'),

  // static analysis
  uses('golangci/golangci-lint-action', 'static-analysis'),
  uses('super-linter', 'static-analysis', '{github,super-linter}/super-linter{,/**}'),
  uses('reviewdog/*', 'static-analysis', 'reviewdog/*'),
  uses('wearerequired/lint-action', 'static-analysis'),
  uses('pre-commit/action', 'static-analysis'),
  uses('ludeeus/action-shellcheck', 'static-analysis'),
  uses('hadolint/hadolint-action', 'static-analysis'),
  uses('DavidAnson/markdownlint-cli2-action', 'static-analysis'),
  uses('psf/black', 'static-analysis'),
  uses('ruff-action', 'static-analysis', '{astral-sh,chartboost}/ruff-action'),
  uses('dflook/terraform-fmt-check', 'static-analysis', 'dflook/{terraform,tofu}-{fmt-check,validate}'),
  uses('terraform-linters/setup-tflint', 'static-analysis'),
  uses(
    'sonarsource',
    'static-analysis',
    'SonarSource/{sonarcloud-github-action,sonarqube-scan-action}{,/**}'
  ),
  uses('helm/chart-testing-action', 'static-analysis'),

  // security
  uses('github/codeql-action', 'security-scan', 'github/codeql-action/*'),
  uses('github/codeql-action analyze', 'static-analysis', 'github/codeql-action/analyze'),
  uses('rustsec/audit-check', 'security-scan'),
  uses('actions/dependency-review-action', 'security-scan'),
  uses('aquasecurity/trivy-action', 'security-scan', 'aquasecurity/{trivy,tfsec}-action'),
  uses('snyk/actions', 'security-scan', 'snyk/actions{,/**}'),
  uses('semgrep', 'security-scan', '{returntocorp,semgrep}/semgrep-action'),
  uses('semgrep static', 'static-analysis', '{returntocorp,semgrep}/semgrep-action'),
  uses('gitleaks/gitleaks-action', 'security-scan', '{gitleaks,zricethezav}/gitleaks-action'),
  uses('trufflesecurity/trufflehog', 'security-scan'),
  uses('golang/govulncheck-action', 'security-scan'),
  uses('securego/gosec', 'security-scan'),
  uses('google/osv-scanner-action', 'security-scan', 'google/osv-scanner-action{,/**}'),
  uses('anchore/scan-action', 'security-scan'),
  uses('zaproxy', 'security-scan', 'zaproxy/action-{baseline,full-scan,api-scan}'),
  uses('dependency-check/Dependency-Check_Action', 'security-scan'),
  uses('ossf/scorecard-action', 'security-scan'),
  uses('bridgecrewio/checkov-action', 'security-scan'),
  uses('docker/scout-action', 'security-scan'),
  uses('pypa/gh-action-pip-audit', 'security-scan'),

  // coverage
  uses('codecov/codecov-action', 'coverage'),
  uses('coverallsapp/github-action', 'coverage'),
  uses('irongut/CodeCoverageSummary', 'coverage'),
  uses('5monkeys/cobertura-action', 'coverage'),
  uses('py-cov-action/python-coverage-comment-action', 'coverage'),
  uses('ArtiomTr/jest-coverage-report-action', 'coverage'),
  uses('romeovs/lcov-reporter-action', 'coverage'),
  uses('zgosalvez/github-actions-report-lcov', 'coverage'),
  uses('danielpalme/ReportGenerator-GitHub-Action', 'coverage'),
  uses('codacy/codacy-coverage-reporter-action', 'coverage'),
  uses('paambaati/codeclimate-action', 'coverage'),
  uses('qltysh/qlty-action/coverage', 'coverage'),
  uses('actions/upload-artifact (coverage)', 'coverage', 'actions/upload-artifact', {
    with: { path: COVERAGE_FILES }
  }),

  // test reports
  uses('dorny/test-reporter', 'test-report'),
  uses(
    'EnricoMi/publish-unit-test-result-action',
    'test-report',
    'EnricoMi/publish-unit-test-result-action{,/**}'
  ),
  uses('mikepenz/action-junit-report', 'test-report'),
  uses('ScaCap/action-surefire-report', 'test-report'),
  uses('test-summary/action', 'test-report'),
  uses('phoenix-actions/test-reporting', 'test-report'),
  uses('pmeier/pytest-results-action', 'test-report'),
  uses('ctrf-io/github-test-reporter', 'test-report'),
  uses('actions/upload-artifact (test results)', 'test-report', 'actions/upload-artifact', {
    with: { path: TEST_RESULTS }
  }),

  // deploy
  uses('azure/webapps-deploy', 'deploy'),
  uses('azure/functions-action', 'deploy'),
  uses('azure/k8s-deploy', 'deploy'),
  uses('azure/container-apps-deploy-action', 'deploy'),
  uses('azure/static-web-apps-deploy', 'deploy'),
  uses('azure/aci-deploy', 'deploy'),
  uses('aws-actions/amazon-ecs-deploy-task-definition', 'deploy'),
  uses(
    'google-github-actions/deploy',
    'deploy',
    'google-github-actions/deploy-{cloudrun,appengine,cloud-functions}'
  ),
  uses('FirebaseExtended/action-hosting-deploy', 'deploy'),
  uses('amondnet/vercel-action', 'deploy'),
  uses('nwtgck/actions-netlify', 'deploy'),
  uses('peaceiris/actions-gh-pages', 'deploy'),
  uses('JamesIves/github-pages-deploy-action', 'deploy'),
  uses('actions/deploy-pages', 'deploy'),
  uses('cloudflare/wrangler-action', 'deploy', 'cloudflare/{wrangler-action,pages-action}'),
  uses('akhileshns/heroku-deploy', 'deploy'),
  uses('dokku/github-action', 'deploy'),
  uses('deliverybot/helm', 'deploy'),
  uses('easingthemes/ssh-deploy', 'deploy'),
  uses('SamKirkland/FTP-Deploy-Action', 'deploy'),
  uses('bitovi/github-actions-deploy', 'deploy', 'bitovi/github-actions-deploy-*'),
  uses(
    'Azure/mlops-templates create-deployment',
    'deploy',
    'Azure/mlops-templates/.github/workflows/create-{deployment,endpoint}.yml'
  ),

  // artifact store
  uses('actions/upload-artifact', 'artifact-store', 'actions/upload-artifact', {
    withNot: { path: NOT_BUILD_OUTPUT, name: NOT_BUILD_OUTPUT }
  }),
  uses('docker/build-push-action (push)', 'artifact-store', 'docker/{build-push,bake}-action', {
    with: { push: /^(?:true|\$\{\{.*\}\})$/ }
  }),
  uses('softprops/action-gh-release', 'artifact-store'),
  uses('ncipollo/release-action', 'artifact-store'),
  uses('actions/upload-release-asset', 'artifact-store'),
  uses('svenstaro/upload-release-action', 'artifact-store'),
  uses('pypa/gh-action-pypi-publish', 'artifact-store'),
  uses('JS-DevTools/npm-publish', 'artifact-store'),
  uses('changesets/action', 'artifact-store', 'changesets/action', { with: { publish: /\S/ } }),
  uses('helm/chart-releaser-action', 'artifact-store'),
  uses('stefanprodan/helm-gh-pages', 'artifact-store'),
  uses('appany/helm-oci-chart-releaser', 'artifact-store'),

  // migrations
  uses('joshuaavalon/flyway-action', 'db-migration'),
  uses('liquibase', 'db-migration', 'liquibase{,-github-actions}/{update,liquibase-github-action}'),

  // infrastructure as code
  uses(
    'hashicorp/tfc-workflows-github apply-run',
    'iac-apply',
    'hashicorp/tfc-workflows-github/actions/apply-run'
  ),
  uses('dflook/terraform-apply', 'iac-apply', 'dflook/{terraform,tofu}-apply'),
  uses('pulumi/actions', 'iac-apply', 'pulumi/actions', { with: { command: /^up$/ } }),
  uses('azure/arm-deploy', 'iac-apply', 'azure/{arm,bicep}-deploy'),
  uses('aws-actions/aws-cloudformation-github-deploy', 'iac-apply'),
  uses('hashicorp/terraform-github-actions', 'iac-apply', 'hashicorp/terraform-github-actions', {
    with: { tf_actions_subcommand: /^apply$/ }
  }),
  uses('gruntwork-io/terragrunt-action', 'iac-apply', 'gruntwork-io/terragrunt-action', {
    with: { tg_command: /\bapply\b/ }
  }),
  uses(
    'Azure/mlops-templates terraform apply',
    'iac-apply',
    'Azure/mlops-templates/.github/workflows/tf-gha-*.yml',
    {
      with: { TFAction: /^apply$/i }
    }
  ),

  // rollout
  uses('azure/k8s-deploy (strategy)', 'rollout', 'azure/k8s-deploy', {
    with: { strategy: /canary|blue-green/i }
  }),
  uses('azure/webapps-deploy (slot)', 'rollout', 'azure/webapps-deploy', { with: { 'slot-name': /\S/ } }),
  uses(
    'Azure/mlops-templates allocate-traffic (split)',
    'rollout',
    'Azure/mlops-templates/.github/workflows/allocate-traffic.yml',
    {
      with: { traffic_allocation: /=.*,.*=/ }
    }
  ),

  // ML
  uses('great-expectations/great_expectations_action', 'data-validation'),
  uses(
    'Azure/mlops-templates run-pipeline',
    'pipeline-deploy',
    'Azure/mlops-templates/.github/workflows/run-pipeline.yml'
  ),
  uses(
    'Azure/mlops-templates run-pipeline (training)',
    'training',
    'Azure/mlops-templates/.github/workflows/run-pipeline.yml',
    {
      with: { 'parameters-file': /(?:^|[/_-])train/i }
    }
  ),
  uses(
    'Azure/mlops-templates model deploy',
    'model-deploy',
    'Azure/mlops-templates/.github/workflows/{create-deployment,create-endpoint,register-model}.yml'
  ),
  uses('google-github-actions vertex', 'model-deploy', 'google-github-actions/deploy-vertex-ai-*')
]

/** Setup, install and cache steps name a tool without running it (`Install linters`, `Restore cache - playwright`). */
export const NAME_IGNORED =
  /^(?:set ?up|install|restore|cache|save|download|checkout|login|log in|configure|prepare|clean ?up|delete|remove)\b/

const NAME_ENTRIES: NameEntry[] = [
  name('name:build', 'build', /\b(?:build|compile)\b/, /\b(?:rebuild cache|trivy)\b/),
  name('name:unit-test', 'unit-test', /\bunit ?tests?\b|\bunit testing\b/),
  name(
    'name:integration',
    'integration-test',
    /(?<!continuous )\bintegration(?: tests?| testing)?\b|\binteg tests?\b/
  ),
  name('name:e2e', 'acceptance-test', /\b(?:e2e|end to end|acceptance|ui tests?)\b/),
  name(
    'name:smoke',
    'smoke-test',
    /\b(?:smoke|synthetic|sanity)\b|\bhealth ?checks?\b|\bpost deploy (?:tests?|checks?|verification)\b/
  ),
  name(
    'name:lint',
    'static-analysis',
    /\blint(?:s|ing|ers?)?\b|\bformat(?:ting)? check\b|\bcheck (?:\w+ )?format(?:ting)?\b|\btype ?check(?:ing|s)?\b|\bstatic analysis\b/
  ),
  name(
    'name:security',
    'security-scan',
    /\b(?:security|vulnerabilit(?:y|ies)|vuln|cve|sast|dast|secrets?|dependency|zap|owasp) (?:scans?|scanning|checks?|audit)\b|\bcodeql\b|\bsnyk\b|\btrivy scan\b/
  ),
  name(
    'name:performance',
    'performance-test',
    /\b(?:load|stress|soak|performance|perf) (?:tests?|testing)\b|\bbenchmarks?\b|\bperf\b/
  ),
  name('name:coverage', 'coverage', /\bcoverage\b/),
  name('name:test-report', 'test-report', /\btest (?:reports?|results?)\b|\bjunit\b/),
  name(
    'name:deploy',
    'deploy',
    /\bdeploy(?:s|ed|ing|ment)?\b/,
    /\b(?:record|marker|notify|notification|status|review|approval|preview url|key|token|undeploy|teardown|destroy|delete|cleanup|post deploy|new ?relic|datadog|sentry|slack)\b/
  ),
  name(
    'name:migrate',
    'db-migration',
    /\b(?:migrate|run migrations|apply migrations|database migrations?|db migrations?)\b/,
    /\b(?:check|validat\w*|lint|verify|integrity|makemigrations)\b/
  ),
  name(
    'name:iac',
    'iac-apply',
    /\b(?:terraform|tofu|terragrunt|pulumi|cdk|bicep|arm) (?:apply|up|deploy)\b|\bdeploy infra(?:structure)?\b|\binfra(?:structure)? (?:apply|deploy(?:ment)?)\b/
  ),
  name(
    'name:rollout',
    'rollout',
    /\b(?:canary|blue ?green|progressive rollout|rollout|slot swap|swap slots?|traffic (?:split|shift))\b/
  ),
  name(
    'name:data-validation',
    'data-validation',
    /\b(?:data validation|validate data|data quality|great expectations)\b/
  ),
  name('name:training', 'training', /\b(?:re)?train(?:ing)?\b(?! (?:test|station))/),
  name('name:evaluation', 'model-evaluation', /\b(?:model )?eval(?:uate|uation)?(?: model)?\b/),
  name(
    'name:model-deploy',
    'model-deploy',
    /\b(?:register|registration|deploy|promote|serve) (?:the )?model\b|\bmodel (?:deploy(?:ment)?|registry|registration|register|serving)\b/
  ),
  name(
    'name:pipeline-deploy',
    'pipeline-deploy',
    /\b(?:run|submit|deploy|upload|compile|publish|create) (?:(?:ml|training|kubeflow|vertex|sagemaker|aml) )?pipeline\b/
  )
]

export const CATALOG: readonly CatalogEntry[] = [...RUN_ENTRIES, ...USES_ENTRIES, ...NAME_ENTRIES]

export const COMMAND_INPUTS: readonly CommandInput[] = [
  { uses: 'cloud-gov/cg-cli-tools', input: 'command' },
  { uses: 'cloud-gov/cg-cli-tools', input: 'cf_command', prefix: 'cf ' },
  { uses: 'w9jds/firebase-action', input: 'args', prefix: 'firebase ' },
  { uses: 'superfly/flyctl-actions', input: 'args', prefix: 'flyctl ' },
  { uses: 'azure/cli', input: 'inlineScript' },
  { uses: 'azure/powershell', input: 'inlineScript' },
  { uses: 'azure/aml-cli', input: 'inlineScript' },
  { uses: 'goreleaser/goreleaser-action', input: 'args', prefix: 'goreleaser ' }
]

export const FIXTURES: readonly FixtureEntry[] = [
  {
    kind: 'run',
    id: 'kind-cluster',
    pattern: cmd(
      'kind\\s+create\\s+cluster|k3d\\s+cluster\\s+create|minikube\\s+start|microk8s|ctlptl\\s+create'
    )
  },
  {
    kind: 'run',
    id: 'compose-up',
    pattern: cmd('docker(?:\\s+|-)compose(?:\\s+-\\S+(?:\\s+[^-\\s]\\S*)?)*\\s+up')
  },
  {
    kind: 'uses',
    id: 'kind-action',
    pattern:
      '{helm/kind-action,engineerd/setup-kind,container-tools/kind-action,medyagh/setup-minikube,AbsaOSS/k3d-action,nolar/setup-k3d-k3s,debianmaster/actions-k3s}'
  }
]

/** Purposes that a fixture in the same job turns into test scaffolding (migrating a compose database is test setup). */
export const FIXTURE_PURPOSES: readonly Purpose[] = ['deploy', 'rollout', 'iac-apply', 'db-migration']

/** Installing a tool is not running it (`pip install pytest`, `go install .../goimports@latest`). */
export const INSTALL_COMMAND =
  /^(?:pip[3x]?|python3?\s+-m\s+pip|uv\s+(?:pip|tool)|npm|pnpm|yarn|bun|gem|go|cargo|apt(?:-get)?|brew|choco|apk|dnf|yum|conda|mamba|micromamba|poetry|composer|dotnet\s+tool|helm\s+(?:plugin|repo)|npx\s+playwright)\s+(?:install|i|add|ci|update|upgrade|require|sync)(?![\w.:-])/

/** Commands that only print, wait or move files: their words are never evidence (`echo deploy`). */
export const TRIVIAL_COMMAND =
  /^(?:echo|printf|true|false|:|exit|sleep|cat|ls|pwd|touch|mkdir|rm|cp|mv|ln|chmod|cd|export|set|unset|test|\[\[?|df|du|date|whoami|env|tee|grep|jq|yq|wc|head|tail|sort|uniq|tr|cut|sed|awk|read|shift|return|local|declare|source|\.(?=\s)|git\s+(?:diff|status|log|rev-parse|config|fetch|checkout))(?![\w.:-])/
