import { cmd, script, scriptFile, target } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/**
 * Machine-readable test results (JUnit XML, TRX): Gradle's `build/reports/tests/` HTML and Playwright's
 * `test-results/` traces or `playwright-report/` are for people, not report readers (patterns §2.2).
 */
const TEST_RESULTS = /junit|surefire-reports|failsafe-reports|xunit|nunit|\.trx\b|test\S*\.xml\b/i
/** A compose service or image named for the runner (`cypress`, `e2e-tests`, `k6`), as the last word of the command. */
const CONTAINER_SUITE = (names: string): string => `\\S*(?:^|[-_/])?(?:${names})(?:[-_]\\S*)?(?:\\s|$)`
const COVERAGE_FILES = /coverage|lcov|cobertura|jacoco|\.coverage\b/i

/** Testing: unit, integration, acceptance, smoke and performance tests, and the coverage and reports they leave. */
export const TESTS: readonly CatalogEntry[] = [
  // unit-test
  run(
    'npm-test',
    'unit-test',
    ['npm test', 'npm t', 'npm run test:ci', 'yarn test'],
    script('t|test(?::(?:unit|ci|all|node|once|run|cov|coverage))?')
  ),
  run(
    'js-test-runner',
    'unit-test',
    ['npx jest --ci', 'npx vitest run', 'npx mocha test-redirects.js', 'node --test', 'bun test'],
    cmd('jest|vitest(?!\\s+bench)|mocha|ava|jasmine|karma|tape|uvu|node\\s+--test|bun\\s+test|deno\\s+test')
  ),
  run(
    'pytest',
    'unit-test',
    ['pytest -q tests/unit', 'poetry run pytest', 'python -m pytest'],
    cmd('pytest|py\\.test')
  ),
  run(
    'python-unittest',
    'unit-test',
    ['python -m unittest discover', 'python manage.py test'],
    cmd('python3?\\s+-m\\s+(?:unittest|nose2?)|nose2|manage\\.py\\s+test|setup\\.py\\s+test|trial')
  ),
  run(
    'tox',
    'unit-test',
    ['tox', 'tox -e py312'],
    /(?<![\w.:-])tox(?![\w.:-])(?!.*\s-e\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/
  ),
  run(
    'nox',
    'unit-test',
    ['nox -s tests'],
    /(?<![\w.:-])nox(?![\w.:-])(?!.*\s-s\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/
  ),
  run(
    'hatch-test',
    'unit-test',
    ['hatch test', 'hatch run test'],
    cmd('hatch\\s+(?:test|run\\s+(?:\\S+:)?test)')
  ),
  run(
    'go-test',
    'unit-test',
    ['go test ./...', 'gotestsum --format testname', 'ginkgo -r'],
    cmd('go\\s+test|gotestsum|ginkgo')
  ),
  run(
    'maven-test',
    'unit-test',
    ['mvn -B test', './mvnw verify'],
    /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-])(?!.*-D(?:skipTests|maven\.test\.skip))(?:\s+\S+)*?\s+(?:test|verify|package|install)(?![\w.:-])/
  ),
  run(
    'gradle-test',
    'unit-test',
    ['./gradlew test', './gradlew :app:check'],
    /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-])(?!.*-x\s+test\b)(?:\s+\S+)*?\s+(?::?[\w-]+:)?(?:test|check|build)(?![\w.:-])/
  ),
  run(
    'cargo-test',
    'unit-test',
    ['cargo test --all', 'cargo nextest run', 'cargo insta test --review', 'cargo llvm-cov nextest'],
    cmd('cargo\\s+(?:test|nextest\\s+run|insta\\s+test|llvm-cov(?!\\s+(?:report|clean|show-env)))')
  ),
  run(
    'dotnet-test',
    'unit-test',
    ['dotnet test --no-build'],
    cmd('dotnet\\s+test|vstest\\.console(?:\\.exe)?')
  ),
  run(
    'ruby-test',
    'unit-test',
    [
      'bundle exec rspec',
      'bundle exec rake spec',
      'bin/rails test',
      'bin/rails spec',
      'bundle exec rails spec'
    ],
    cmd('rspec|rake\\s+(?:test|spec)|rails\\s+(?:test|spec)')
  ),
  run(
    'php-test',
    'unit-test',
    ['vendor/bin/phpunit', 'php artisan test', 'composer test'],
    cmd('phpunit|pest|php\\s+artisan\\s+test|composer\\s+(?:run(?:-script)?\\s+)?test')
  ),
  run(
    'other-test-runner',
    'unit-test',
    [
      'sbt test',
      'mix test',
      'flutter test',
      'dart test',
      'swift test',
      'ctest --output-on-failure',
      'crystal spec',
      'dub test --compiler=$DC',
      'cabal test all',
      'stack test',
      'rebar3 do eunit, ct',
      'xcodebuild test-without-building -scheme App -destination "platform=iOS Simulator,name=iPhone 15"'
    ],
    cmd(
      'sbt\\s+(?:\\S+\\s+)*test|lein\\s+test|mix\\s+test|(?:flutter|dart)\\s+test|swift\\s+test|ctest|bazel\\s+test|xcodebuild(?:\\s+\\S+)*?\\s+test(?:-without-building)?(?=\\s|$)|crystal\\s+spec|dub\\s+test|cabal\\s+(?:v2-)?test|stack\\s+test|rebar3(?:\\s+[\\w,]+)*?\\s+(?:eunit|ct)'
    )
  ),
  // R CMD check installs the package and runs its tests (rcmdcheck and devtools::check build it first).
  run(
    'r-cmd-check',
    'unit-test',
    [
      'R CMD check --no-manual app_1.0.tar.gz',
      'rcmdcheck::rcmdcheck(args = "--no-manual", error_on = "error")',
      "Rscript -e 'devtools::test()'"
    ],
    /(?<![\w.:-])(?:R\s+CMD\s+check|(?:rcmdcheck::)?rcmdcheck\s*\(|devtools::(?:check|test)\s*\(|testthat::test_(?:dir|local|package|check)\s*\()/
  ),
  // `rake` with no task runs the default task, which Rails and `bundle gem` projects define as the test suite.
  run(
    'rake-default',
    'unit-test',
    ['bundle exec rake', 'bin/rake'],
    /(?<![\w.:-])(?:bundle\s+exec\s+)?(?:bin\/)?rake\s*$/
  ),
  run(
    'make-test',
    'unit-test',
    ['make test', 'just test', 'task test'],
    target('test|tests|unit|unit-tests?|test-unit|test:unit|check')
  ),
  name('name:unit-test', 'unit-test', ['Run unit tests', 'unit-test'], /\bunit ?tests?\b|\bunit testing\b/),

  // integration-test
  run(
    'npm-integration',
    'integration-test',
    ['npm run test:integration', 'yarn integration'],
    script('(?:test:)?(?:integration|int|it)(?::[\\w:-]+)?|integration-tests?')
  ),
  run(
    'make-integration',
    'integration-test',
    ['make integration-test', 'make test-integration'],
    target('integration|integration-tests?|test-integration|it|test:integration')
  ),
  run(
    'integration-tests-arg',
    'integration-test',
    ['pytest tests/integration', 'go test -tags=integration ./...', 'pytest -m integration'],
    /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*(?:[\s/=]integration(?:[-_]?tests?)?\b|-m\s+["']?integration\b)/
  ),
  run(
    'gradle-integration',
    'integration-test',
    ['./gradlew integrationTest'],
    cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:integrationTest|intTest|integTest)')
  ),
  run(
    'maven-failsafe',
    'integration-test',
    ['mvn verify -P integration', './mvnw failsafe:integration-test'],
    /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*(?:failsafe:integration-test|-P\s*integration|-Dit\.test)/
  ),
  run(
    'testcontainers',
    'integration-test',
    ['npx jest --config jest.testcontainers.config.js'],
    /testcontainers/i
  ),
  run(
    'integration-script',
    'integration-test',
    ['./scripts/integration-tests.sh', './run_integration_tests.sh'],
    scriptFile('integration(?:[-_]tests?)?|run[-_]integration[-_]tests?')
  ),
  name(
    'name:integration',
    'integration-test',
    ['Run integration tests', 'integration'],
    /(?<!continuous )\bintegration(?: tests?| testing)?\b|\binteg tests?\b/
  ),

  // acceptance-test
  // A script that calls the deployed endpoint (§9.6 `test_endpoint*.py`) tests the service where it runs.
  run(
    'endpoint-test-script',
    'acceptance-test',
    ['python3 test/test_endpoint.py', 'python scripts/test_endpoints.py --stage staging'],
    cmd('python3?\\s+(?:\\S+/)?test[-_]endpoints?\\w*\\.py')
  ),
  run('playwright', 'acceptance-test', ['npx playwright test --shard=1/4'], cmd('playwright\\s+test')),
  run('cypress', 'acceptance-test', ['npx cypress run --browser chrome'], cmd('cypress\\s+run')),
  run(
    'selenium',
    'acceptance-test',
    ['npx wdio run wdio.conf.js', 'npx testcafe chrome tests/', 'selenium-side-runner tests.side'],
    /(?<![\w.:-])selenium(?:-side-runner)?(?![\w.:-])|(?<![\w.:-])(?:wdio|testcafe|nightwatch|codeceptjs\s+run)(?![\w.:-])/
  ),
  run(
    'cucumber',
    'acceptance-test',
    ['npx cucumber-js', 'behave features/', 'robot tests/'],
    cmd('cucumber(?:-js)?|behave|behat|robot')
  ),
  run(
    'npm-e2e',
    'acceptance-test',
    ['npm run test:e2e', 'yarn e2e', 'npm run cy:run'],
    script('(?:test:)?(?:e2e|acceptance|ui)(?::[\\w:-]+)?|e2e-tests?|cy:run|playwright(?::[\\w:-]+)?')
  ),
  run(
    'make-e2e',
    'acceptance-test',
    ['make e2e', 'make acceptance-tests'],
    target('e2e|e2e-tests?|test-e2e|acceptance|acceptance-tests?|test-acceptance')
  ),
  run(
    'e2e-tests-arg',
    'acceptance-test',
    ['pytest tests/e2e', 'go test ./test/e2e/...'],
    /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*[\s/=](?:e2e|acceptance|end-to-end)\b/
  ),
  run(
    'e2e-script',
    'acceptance-test',
    ['./test/e2e.sh', 'scripts/run-e2e.sh'],
    scriptFile('e2e|acceptance|run[-_]e2e')
  ),
  run(
    'rails-system-tests',
    'acceptance-test',
    [
      'bin/rails test:system',
      'bundle exec rspec spec/system',
      'bundle exec rspec spec/features/checkout_spec.rb'
    ],
    /(?<![\w.:-])rails\s+test:system(?![\w.:-])|(?<![\w.:-])rspec(?![\w.:-]).*\sspec\/(?:system|features)\b/
  ),
  // A compose service or image that names the runner runs its suite (patterns §7.1).
  run(
    'container-e2e',
    'acceptance-test',
    [
      'docker compose up --exit-code-from cypress',
      'docker compose -f docker-compose.e2e.yml run --rm playwright',
      'docker run -v $PWD:/e2e -w /e2e cypress/included:13.6.0'
    ],
    new RegExp(
      `(?<![\\w.:-])docker(?:\\s+|-)compose(?![\\w.:-])(?:.*\\s--exit-code-from[= ]|.*\\srun\\s(?:.*\\s)?)${CONTAINER_SUITE('cypress|playwright|selenium|puppeteer|e2e')}|(?<![\\w.:-])(?:docker|podman)\\s+run(?![\\w.:-]).*\\s(?:cypress\\/included|mcr\\.microsoft\\.com\\/playwright)\\b`
    )
  ),
  uses('cypress-io/github-action', 'acceptance-test', ['cypress-io/github-action@v6']),
  uses('microsoft/playwright-github-action', 'acceptance-test', ['microsoft/playwright-github-action@v1']),
  name(
    'name:e2e',
    'acceptance-test',
    ['E2E', 'End-to-end tests', 'acceptance-tests'],
    /\b(?:e2e|end to end|acceptance|ui tests?)\b/
  ),

  // smoke-test
  run(
    'npm-smoke',
    'smoke-test',
    ['npm run smoke', 'npm run test:smoke'],
    script('(?:test:)?smoke(?::[\\w:-]+)?|smoke-tests?')
  ),
  run('make-smoke', 'smoke-test', ['make smoke-test'], target('smoke|smoke-tests?|test-smoke')),
  run(
    'smoke-script',
    'smoke-test',
    ['./scripts/smoke-test.sh https://staging.example.com', './healthcheck.sh'],
    scriptFile('smoke(?:[-_]tests?)?|health[-_]?check|post[-_]deploy(?:[-_]check)?')
  ),
  run(
    'health-check',
    'smoke-test',
    ['curl --fail https://app.example.com/healthz'],
    /(?<![\w.:-])(?:curl|wget|http)(?![\w.:-]).*\/(?:health|healthz|healthcheck|readyz|livez|ready|ping)\b/
  ),
  run(
    'checkly',
    'smoke-test',
    ['npx checkly test', 'npx checkly trigger --record'],
    cmd('checkly\\s+(?:test|trigger)')
  ),
  uses('jtalk/url-health-check-action', 'smoke-test', ['jtalk/url-health-check-action@v4']),
  uses('checkly/checkly-github-action', 'smoke-test', ['checkly/checkly-github-action@v1']),
  // Synthetic tests run the browser and API checks a monitoring service holds against a deployed site: they
  // verify where it runs, not the change being built.
  run(
    'datadog-synthetics',
    'smoke-test',
    ['npx @datadog/datadog-ci synthetics run-tests -s tag:e2e-tests', 'datadog-ci synthetics run-tests'],
    cmd('datadog-ci\\s+synthetics\\s+run-tests')
  ),
  uses('DataDog/synthetics-ci-github-action', 'smoke-test', ['DataDog/synthetics-ci-github-action@v1.4.0']),
  name(
    'name:smoke',
    'smoke-test',
    ['Smoke test production', 'Post-deploy verification', 'health-check'],
    /\b(?:smoke|synthetic|sanity)\b|\bhealth ?checks?\b|\bpost deploy (?:tests?|checks?|verification)\b/
  ),

  // performance-test
  run(
    'k6',
    'performance-test',
    ['k6 run load.js', './k6/extensions/k6 run k6/extensions/01.quickpizzaext.js'],
    cmd('(?:\\S*\\/)?k6\\s+(?:run|cloud)')
  ),
  run(
    'load-tools',
    'performance-test',
    ['jmeter -n -t plan.jmx', 'locust -f locustfile.py --headless', 'artillery run load.yml', 'lhci autorun'],
    cmd(
      'jmeter|locust|artillery\\s+(?:run|quick)|vegeta\\s+attack|hyperfine|wrk|lhci\\s+autorun|gatling(?:\\.sh)?|gatling:test|gatlingRun'
    )
  ),
  run(
    'benchmarks',
    'performance-test',
    ['go test -bench=. ./...', 'cargo bench', 'pytest --benchmark-only'],
    /(?<![\w.:-])(?:go\s+test(?![\w.:-]).*\s-bench\b|cargo\s+bench|pytest(?![\w.:-]).*--benchmark|vitest\s+bench|dotnet\s+run\b.*Benchmark)/
  ),
  run(
    'npm-perf',
    'performance-test',
    ['npm run bench', 'npm run test:perf'],
    script('bench|benchmarks?|perf|load-?test|test:(?:perf|load|performance)')
  ),
  run(
    'make-perf',
    'performance-test',
    ['make bench', 'make load-test'],
    target('bench|benchmarks?|perf|performance|load-?test|loadtest')
  ),
  run(
    'perf-script-dir',
    'performance-test',
    ['./k6/run-tests.sh -t **/k6/foundations/*.js -u http://localhost:3333', 'perf/run.sh'],
    /^(?:\.\/)?(?:\S*\/)?(?:k6|perf|performance|load-?tests?|loadtest|benchmarks?|jmeter|locust|gatling)\/\S+/
  ),
  run(
    'container-load-test',
    'performance-test',
    [
      'docker compose up --exit-code-from k6',
      'docker compose run --rm locust',
      'docker run --rm locustio/locust -f /mnt/locustfile.py --headless'
    ],
    new RegExp(
      `(?<![\\w.:-])docker(?:\\s+|-)compose(?![\\w.:-])(?:.*\\s--exit-code-from[= ]|.*\\srun\\s(?:.*\\s)?)${CONTAINER_SUITE('k6|locust|jmeter|gatling')}|(?<![\\w.:-])(?:docker|podman)\\s+run(?![\\w.:-]).*\\s(?:grafana\\/k6|loadimpact\\/k6|locustio\\/locust|justb4\\/jmeter)\\b`
    )
  ),
  uses(
    'grafana/run-k6-action',
    'performance-test',
    [{ uses: 'grafana/run-k6-action@v1', with: { path: 'tests/load.js' } }],
    'grafana/run-k6-action',
    {
      withNot: { 'only-verify-scripts': /^true$/ }
    }
  ),
  uses('grafana/k6-action', 'performance-test', ['grafana/k6-action@v0.3.1']),
  uses('benchmark-action/github-action-benchmark', 'performance-test', [
    'benchmark-action/github-action-benchmark@v1'
  ]),
  uses('treosh/lighthouse-ci-action', 'performance-test', ['treosh/lighthouse-ci-action@v12']),
  name(
    'name:performance',
    'performance-test',
    ['Load test', 'Benchmarks'],
    /\b(?:load|stress|soak|performance|perf) (?:tests?|testing)\b|\bbenchmarks?\b|\bperf\b/
  ),

  // coverage
  run(
    'coverage-py',
    'coverage',
    [
      'coverage run -m pytest',
      'coverage report --fail-under=80',
      'pytest --cov=app',
      'pytest --cov-fail-under=90'
    ],
    /(?<![\w.:-])coverage\s+(?:run|report|xml|html|json|lcov|combine)(?![\w.:-])|(?<![\w.:-])pytest(?![\w.:-]).*--cov\b/
  ),
  run(
    'js-coverage',
    'coverage',
    [
      'npx jest --coverage',
      'npx c8 node --test',
      'npx nyc mocha',
      `npx jest --coverageThreshold='{"global":{"lines":80}}'`
    ],
    /(?<![\w.:-])(?:c8|nyc)(?![\w.:-])|(?<![\w.:-])(?:jest|vitest)(?![\w.:-]).*--coverage(?:Threshold)?\b/
  ),
  run(
    'npm-coverage',
    'coverage',
    ['npm run coverage', 'npm run test:cov'],
    script('(?:test:)?cov(?:erage)?(?::[\\w:-]+)?')
  ),
  run(
    'go-coverage',
    'coverage',
    ['go test -coverprofile=cover.out ./...'],
    /(?<![\w.:-])go\s+test(?![\w.:-]).*\s-(?:cover|coverprofile|covermode)\b/
  ),
  run(
    'rust-coverage',
    'coverage',
    ['cargo llvm-cov --lcov --output-path lcov.info', 'cargo tarpaulin'],
    cmd('cargo\\s+(?:tarpaulin|llvm-cov)|grcov')
  ),
  run(
    'dotnet-coverage',
    'coverage',
    [
      'dotnet test --collect:"XPlat Code Coverage"',
      'dotnet coverage collect "dotnet test" -f xml -o coverage.xml'
    ],
    /(?<![\w.:-])dotnet\s+test(?![\w.:-]).*(?:--collect[:\s]+"?XPlat Code Coverage|CollectCoverage)|(?<![\w.:-])dotnet(?:\s+|-)coverage\s+collect(?![\w.:-])/
  ),
  run(
    'jvm-coverage',
    'coverage',
    ['./gradlew test jacocoTestReport', './gradlew koverXmlReport'],
    /jacoco\w*|koverXmlReport|kover\w*Report/
  ),
  run(
    'php-coverage',
    'coverage',
    ['vendor/bin/phpunit --coverage-clover coverage.xml'],
    /(?<![\w.:-])phpunit(?![\w.:-]).*--coverage-/
  ),
  run(
    'coverage-upload',
    'coverage',
    ['codecov --file coverage.xml', 'coveralls'],
    cmd('codecov|coveralls|codacy-coverage-reporter')
  ),
  run('make-coverage', 'coverage', ['make coverage'], target('cover|coverage|test-coverage')),
  uses('codecov/codecov-action', 'coverage', ['codecov/codecov-action@v5']),
  uses('coverallsapp/github-action', 'coverage', ['coverallsapp/github-action@v2']),
  uses('irongut/CodeCoverageSummary', 'coverage', ['irongut/CodeCoverageSummary@v1.3.0']),
  uses('5monkeys/cobertura-action', 'coverage', ['5monkeys/cobertura-action@master']),
  uses('py-cov-action/python-coverage-comment-action', 'coverage', [
    'py-cov-action/python-coverage-comment-action@v3'
  ]),
  uses('ArtiomTr/jest-coverage-report-action', 'coverage', ['ArtiomTr/jest-coverage-report-action@v2']),
  uses('romeovs/lcov-reporter-action', 'coverage', ['romeovs/lcov-reporter-action@v0.4.0']),
  uses('zgosalvez/github-actions-report-lcov', 'coverage', ['zgosalvez/github-actions-report-lcov@v4']),
  uses('danielpalme/ReportGenerator-GitHub-Action', 'coverage', [
    'danielpalme/ReportGenerator-GitHub-Action@5'
  ]),
  uses('codacy/codacy-coverage-reporter-action', 'coverage', ['codacy/codacy-coverage-reporter-action@v1']),
  uses('paambaati/codeclimate-action', 'coverage', ['paambaati/codeclimate-action@v9']),
  uses('qltysh/qlty-action/coverage', 'coverage', ['qltysh/qlty-action/coverage@v1']),
  uses(
    'actions/upload-artifact (coverage)',
    'coverage',
    [{ uses: 'actions/upload-artifact@v4', with: { name: 'coverage', path: 'coverage/lcov.info' } }],
    'actions/upload-artifact',
    {
      with: { path: COVERAGE_FILES }
    }
  ),
  name(
    'name:coverage',
    'coverage',
    ['Upload coverage', 'Upload coverage report'],
    /\bcoverage\b/,
    undefined,
    true
  ),

  // test-report
  run(
    'junit-reporter',
    'test-report',
    [
      'pytest --junitxml=report.xml',
      'gotestsum --junitfile unit.xml',
      'npx jest --ci --reporters=default --reporters=jest-junit'
    ],
    /--junit-?xml|--junitfile|--log-junit|jest-junit|mocha-junit-reporter|--reporters?[=\s]+\S*junit|go-junit-report|RspecJunitFormatter|--logger[:\s]+"?(?:trx|junit)/i
  ),
  uses('dorny/test-reporter', 'test-report', ['dorny/test-reporter@v1']),
  uses(
    'EnricoMi/publish-unit-test-result-action',
    'test-report',
    ['EnricoMi/publish-unit-test-result-action@v2', 'EnricoMi/publish-unit-test-result-action/composite@v2'],
    'EnricoMi/publish-unit-test-result-action{,/**}'
  ),
  uses('mikepenz/action-junit-report', 'test-report', ['mikepenz/action-junit-report@v5']),
  uses('ScaCap/action-surefire-report', 'test-report', ['ScaCap/action-surefire-report@v1']),
  uses('test-summary/action', 'test-report', ['test-summary/action@v2']),
  uses('phoenix-actions/test-reporting', 'test-report', ['phoenix-actions/test-reporting@v15']),
  uses('pmeier/pytest-results-action', 'test-report', ['pmeier/pytest-results-action@main']),
  uses('ctrf-io/github-test-reporter', 'test-report', ['ctrf-io/github-test-reporter@v1']),
  uses(
    'actions/upload-artifact (test results)',
    'test-report',
    [{ uses: 'actions/upload-artifact@v4', with: { name: 'results', path: 'test-results/junit.xml' } }],
    'actions/upload-artifact',
    {
      with: { path: TEST_RESULTS }
    }
  ),
  name(
    'name:test-report',
    'test-report',
    ['Publish test results', 'JUnit report', 'Upload unit test results'],
    /\btest (?:reports?|results?)\b|\bjunit\b/,
    undefined,
    true
  )
]
