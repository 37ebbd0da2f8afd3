import { cmd, script, target } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/** SAST actions: each analyses the source statically and reports security problems (static analysis and a scan). */
const SAST_ACTIONS =
  '{shundor/python-bandit-scan,PyCQA/bandit-action,bearer/bearer-action,checkmarx-ts/checkmarx-cxflow-github-action,checkmarx/ast-github-action,clj-holmes/clj-holmes-action,codacy/codacy-analysis-cli-action,codescan-io/codescan-scanner-action,Contrast-Security-OSS/contrastscan-action,microsoft/security-devops-action,microsoft/DevSkim-Action,david-a-wheeler/flawfinder,github/ossar-action,ajinabraham/njsscan-action,MobSF/mobsfscan,psalm/psalm-github-security-scan,facebook/pysa-action,security-code-scan/security-code-scan-add-action,sobelow/action,RIGS-IT/xanitizer-action,fortify/github-action{,/**},synopsys-sig/synopsys-action,synopsys-sig/intelligent-security-scan}'
const SAST_ACTIONS_EXAMPLES = [
  'shundor/python-bandit-scan@v1',
  'bearer/bearer-action@v2',
  'checkmarx/ast-github-action@main',
  'codacy/codacy-analysis-cli-action@v4',
  'Contrast-Security-OSS/contrastscan-action@v2',
  'microsoft/security-devops-action@v1',
  'microsoft/DevSkim-Action@v1',
  'github/ossar-action@v1',
  'psalm/psalm-github-security-scan@v1',
  'facebook/pysa-action@v0.0.2',
  'sobelow/action@v1',
  'fortify/github-action@v1',
  'synopsys-sig/synopsys-action@v1.6.0'
]

/** Code quality and security: linters, formatters in check mode, type checks, static analysis and security scans. */
export const QUALITY: readonly CatalogEntry[] = [
  // static-analysis
  run(
    'npm-lint',
    'static-analysis',
    ['npm run lint', 'npm run test:lint', 'npm run typecheck', 'npm run format:check', 'npm run biome-check'],
    script(
      '(?:test:)?lint(?::[\\w:-]+)?|lint-\\w+|check-all|format:check|fmt:check|prettier:check|(?:type-?check|typecheck|tsc|types)(?::[\\w:-]+)?|biome(?:-check)?|stylelint|eslint'
    )
  ),
  run(
    'eslint',
    'static-analysis',
    ['npx eslint .', 'npx biome ci .', 'npx markdownlint-cli2 "**/*.md"'],
    cmd('eslint|tslint|stylelint|xo|standard|oxlint|biome\\s+(?:check|lint|ci)|tsd|markdownlint(?:-cli2)?')
  ),
  run(
    'prettier-check',
    'static-analysis',
    ['npx prettier --check .'],
    /(?<![\w.:-])prettier(?![\w.:-]).*\s(?:--check|-c|--list-different|-l)(?![\w-])/
  ),
  run(
    'tsc-noemit',
    'static-analysis',
    ['tsc --noEmit', 'npx vue-tsc --noEmit'],
    /(?<![\w.:-])(?:tsc|vue-tsc)(?![\w.:-]).*--noEmit/
  ),
  run(
    'python-lint',
    'static-analysis',
    ['flake8 . --count', 'mypy .', 'ruff check .', 'pre-commit run --all-files'],
    cmd(
      'flake8|pylint|pyflakes|pycodestyle|pydocstyle|mypy|pyright|pytype|pyre|ruff(?!\\s+format(?!.*--check))|djlint|pre-commit\\s+run|prospector'
    )
  ),
  run(
    'python-format-check',
    'static-analysis',
    ['black --check .', 'isort --check-only --diff .'],
    /(?<![\w.:-])(?:black|isort|yapf|autopep8)(?![\w.:-]).*\s(?:--check|--check-only|--diff|-c)(?![\w-])/
  ),
  run(
    'go-lint',
    'static-analysis',
    ['golangci-lint run', 'go vet ./...', 'staticcheck ./...', 'gofmt -l .'],
    cmd('golangci-lint|go\\s+vet|staticcheck|revive|errcheck|gofmt\\s+-[lds]+|goimports\\s+-l')
  ),
  run(
    'cargo-lint',
    'static-analysis',
    ['cargo clippy -- -D warnings', 'cargo fmt --all -- --check'],
    /(?<![\w.:-])cargo\s+(?:clippy|fmt(?:\s+\S+)*\s+--check)(?![\w.:-])/
  ),
  run(
    'dotnet-format-check',
    'static-analysis',
    ['dotnet format --verify-no-changes'],
    /(?<![\w.:-])dotnet\s+format\b.*--verify-no-changes/
  ),
  run(
    'ruby-lint',
    'static-analysis',
    ['bundle exec rubocop', 'bundle exec standardrb'],
    cmd('rubocop|standardrb|reek')
  ),
  run(
    'php-lint',
    'static-analysis',
    [
      'vendor/bin/phpstan analyse',
      'vendor/bin/php-cs-fixer fix --dry-run --diff',
      './vendor/bin/pint --test'
    ],
    /(?<![\w.:-])(?:phpstan|psalm|phpcs|phpmd|php-cs-fixer(?=.*--dry-run)|pint(?=.*--test))(?![\w.:-])/
  ),
  run(
    'composer-lint',
    'static-analysis',
    ['composer run-script phpstan', 'composer lint'],
    cmd('composer\\s+(?:run(?:-script)?\\s+)?(?:lint|cs|cs-check|phpcs|phpstan|psalm|analy[sz]e|stan)')
  ),
  run(
    'jvm-lint',
    'static-analysis',
    ['./gradlew ktlintCheck detekt', 'mvn checkstyle:check'],
    cmd(
      'ktlint|detekt|checkstyle\\w*|spotbugs\\w*|pmd\\w*|spotlessCheck|ktlintCheck|(?:checkstyle|spotless|pmd|spotbugs):check'
    )
  ),
  run(
    'shell-lint',
    'static-analysis',
    ['shellcheck scripts/*.sh', 'hadolint Dockerfile', 'yamllint .', 'actionlint'],
    cmd('shellcheck|hadolint|yamllint|actionlint|swiftlint|sqlfluff\\s+lint|vale')
  ),
  run(
    'helm-lint',
    'static-analysis',
    ['helm lint ./charts/podinfo/', 'ct lint --all', 'timoni mod vet ./timoni/podinfo --debug'],
    cmd(
      'helm\\s+lint|ct\\s+lint|kubeconform|kubeval|kube-linter|flux-schema\\s+validate|timoni\\s+mod\\s+(?:lint|vet)|cue\\s+vet'
    )
  ),
  run(
    'terraform-check',
    'static-analysis',
    ['terraform validate', 'terraform fmt -check -recursive', 'tflint --recursive'],
    /(?<![\w.:-])(?:terraform|tofu)(?:\s+-chdir=\S+)?\s+(?:validate|fmt\s+(?:\S+\s+)*-check)(?![\w.:-])|(?<![\w.:-])tflint(?![\w.:-])/
  ),
  run(
    'make-lint',
    'static-analysis',
    ['make lint', 'make vet', 'make format-check'],
    target(
      'lint|lint-\\w+|vet|format-check|fmt-check|check-format|check-fmt|typecheck|type-check|static-analysis'
    )
  ),
  run(
    'sonar-scanner',
    'static-analysis',
    [
      'sonar-scanner -Dsonar.projectKey=app',
      'mvn sonar:sonar',
      'dotnet sonarscanner begin /k:"app" /o:"org"'
    ],
    cmd('sonar-scanner|sonar:sonar|sonarqube|dotnet(?:\\s+|-)sonarscanner\\s+begin')
  ),
  // SAST tools analyse the code statically as well as scanning it for vulnerabilities.
  run('semgrep-static', 'static-analysis', ['semgrep ci'], cmd('semgrep(?:\\s+(?:ci|scan))?')),
  run(
    'tox-nox-lint',
    'static-analysis',
    ['tox -e lint', 'nox -s typecheck'],
    /(?<![\w.:-])(?:tox\s+(?:\S+\s+)*-e\s*\S*|nox\s+(?:\S+\s+)*-s\s*\S*)\b(?:lint|flake8|ruff|mypy|pyright|type|typing|typecheck|format|pylint)\b/
  ),
  uses('golangci/golangci-lint-action', 'static-analysis', ['golangci/golangci-lint-action@v6']),
  uses(
    'super-linter',
    'static-analysis',
    ['super-linter/super-linter@v7', 'github/super-linter/slim@v4'],
    '{github,super-linter}/super-linter{,/**}'
  ),
  uses('reviewdog/*', 'static-analysis', ['reviewdog/action-eslint@v1'], 'reviewdog/*'),
  uses('wearerequired/lint-action', 'static-analysis', ['wearerequired/lint-action@v2']),
  uses('pre-commit/action', 'static-analysis', ['pre-commit/action@v3.0.1']),
  uses('ludeeus/action-shellcheck', 'static-analysis', ['ludeeus/action-shellcheck@2.0.0']),
  uses('hadolint/hadolint-action', 'static-analysis', ['hadolint/hadolint-action@v3.1.0']),
  uses('DavidAnson/markdownlint-cli2-action', 'static-analysis', ['DavidAnson/markdownlint-cli2-action@v16']),
  uses('psf/black', 'static-analysis', ['psf/black@stable']),
  uses(
    'ruff-action',
    'static-analysis',
    ['astral-sh/ruff-action@v3', 'chartboost/ruff-action@v1'],
    '{astral-sh,chartboost}/ruff-action'
  ),
  uses(
    'dflook/terraform-fmt-check',
    'static-analysis',
    ['dflook/terraform-fmt-check@v1', 'dflook/tofu-validate@v1'],
    'dflook/{terraform,tofu}-{fmt-check,validate}'
  ),
  uses('terraform-linters/setup-tflint', 'static-analysis', ['terraform-linters/setup-tflint@v4']),
  uses(
    'sonarsource',
    'static-analysis',
    ['SonarSource/sonarqube-scan-action@v4', 'SonarSource/sonarcloud-github-action@v3'],
    'SonarSource/{sonarcloud-github-action,sonarqube-scan-action}{,/**}'
  ),
  uses('helm/chart-testing-action', 'static-analysis', ['helm/chart-testing-action@v2.6.1']),
  uses(
    'github/codeql-action analyze',
    'static-analysis',
    ['github/codeql-action/analyze@v3'],
    'github/codeql-action/analyze'
  ),
  uses(
    'semgrep static',
    'static-analysis',
    ['semgrep/semgrep-action@v1'],
    '{returntocorp,semgrep}/semgrep-action'
  ),
  run(
    'more-lint',
    'static-analysis',
    [
      'puppet-lint . --sarif',
      'mix credo --strict',
      'dart analyze',
      'flutter analyze --no-fatal-infos',
      "Rscript -e 'lintr::lint_package()'",
      'Invoke-ScriptAnalyzer -Path . -Recurse',
      'deno lint',
      'deno fmt --check',
      'xcodebuild clean build analyze -scheme App'
    ],
    /(?<![\w.:-])(?:puppet-lint|mix\s+credo|(?:dart|flutter)\s+analyze|Invoke-ScriptAnalyzer|deno\s+lint|deno\s+fmt\s+(?:\S+\s+)*--check|xcodebuild(?:\s+\S+)*?\s+analyze(?=\s|$))(?![\w.:-])|(?<![\w.:-])lintr::lint(?:_dir|_package)?\b/
  ),
  uses(
    'linter actions',
    'static-analysis',
    [
      'pmd/pmd-github-action@v2',
      'microsoft/psscriptanalyzer-action@v1.1',
      'facebook/pyre-action@v0.0.2',
      'microsoft/msvc-code-analysis-action@v0.1.1',
      'datreeio/action-datree@v1'
    ],
    '{pmd/pmd-github-action,microsoft/psscriptanalyzer-action,facebook/pyre-action,microsoft/msvc-code-analysis-action,datreeio/action-datree}'
  ),
  // SAST tools analyse the source statically as well as scanning it for vulnerabilities (as semgrep above).
  run(
    'sast-static',
    'static-analysis',
    [
      'bandit -r .',
      'bundle exec brakeman',
      'flawfinder --sarif .',
      'njsscan --sarif .',
      'mobsfscan .',
      'mix sobelow --config',
      'gosec ./...',
      'jf audit --sast --format=sarif',
      'snyk code test --sarif',
      'java -jar pipeline-scan.jar --file app.zip',
      'tfsec .',
      'checkov -d .'
    ],
    /(?<![\w.:-])(?:bandit|brakeman|flawfinder|njsscan|mobsfscan|(?:mix\s+)?sobelow|gosec|checkov|tfsec|kics\s+scan|terrascan\s+scan|snyk\s+(?:code|iac)\s+test)(?![\w.:-])|(?<![\w.:-])jf\s+audit\b.*--sast\b|(?<![\w.:-])pipeline-scan\.jar(?![\w.-])/
  ),
  uses('sast action static', 'static-analysis', SAST_ACTIONS_EXAMPLES, SAST_ACTIONS),
  uses(
    'iac scan action static',
    'static-analysis',
    [
      'aquasecurity/tfsec-sarif-action@v0.1.4',
      'aquasecurity/tfsec-action@v1.0.0',
      'controlplaneio/kubesec-action@v0.0.2',
      'bridgecrewio/checkov-action@v12',
      'snyk/actions/iac@master'
    ],
    '{aquasecurity/tfsec{,-sarif}-action,controlplaneio/kubesec-action,bridgecrewio/checkov-action,snyk/actions/iac,prisma-cloud-shiftleft/iac-scan-action,ZscalerCWP/Zscaler-IaC-Action}'
  ),
  // CodeQL analyses code statically as its action does (github/codeql-action analyze): a job or a called
  // workflow named for it is static analysis as well as a security scan.
  name('name:codeql', 'static-analysis', ['CodeQL', 'codeql.yml'], /\bcodeql\b/),
  name(
    'name:lint',
    'static-analysis',
    ['Lint with flake8', 'Check formatting', 'typecheck'],
    /\blint(?:s|ing|ers?)?\b|\bformat(?:ting)? check\b|\bcheck (?:\w+ )?format(?:ting)?\b|\btype ?check(?:ing|s)?\b|\bstatic analysis\b/
  ),

  // security-scan
  run(
    'codeql-cli',
    'security-scan',
    ['codeql database analyze db --format=sarif-latest --output=out.sarif'],
    cmd('codeql\\s+database\\s+analyze')
  ),
  run(
    'trivy',
    'security-scan',
    ['trivy image app:latest', 'trivy fs --exit-code 1 .'],
    cmd('trivy\\s+(?:image|fs|filesystem|config|repo|repository|k8s|kubernetes|sbom|rootfs|vm)')
  ),
  run(
    'snyk',
    'security-scan',
    ['snyk test', 'snyk container test app:latest'],
    cmd('snyk\\s+(?:test|monitor|code\\s+test|container\\s+test|iac\\s+test)')
  ),
  run(
    'semgrep',
    'security-scan',
    ['semgrep ci', 'semgrep scan --config auto'],
    cmd('semgrep(?:\\s+(?:ci|scan))?')
  ),
  run(
    'gitleaks',
    'security-scan',
    ['gitleaks detect --source .', 'trufflehog git file://. --fail'],
    cmd('gitleaks|trufflehog|detect-secrets(?:-hook)?|ggshield')
  ),
  run(
    'package-audit',
    'security-scan',
    [
      'npm audit --audit-level=high',
      'pip-audit -r requirements.txt',
      'bundle audit check --update',
      'composer audit',
      'cargo deny check advisories',
      'cargo-audit audit'
    ],
    cmd(
      '(?:npm|pnpm|yarn(?:\\s+npm)?)\\s+audit|audit-ci|better-npm-audit|pip-audit|safety\\s+(?:check|scan)|(?:bundle|bundler)[-\\s]audit|composer\\s+audit|cargo[-\\s](?:audit|deny)'
    )
  ),
  // zizmor audits the workflows themselves for injection, excessive permissions and unpinned actions.
  run('zizmor', 'security-scan', ['zizmor --format=sarif .github/workflows'], cmd('zizmor')),
  run('govulncheck', 'security-scan', ['govulncheck ./...', 'gosec ./...'], cmd('govulncheck|gosec|nancy')),
  run(
    'python-sast',
    'security-scan',
    ['bandit -c pyproject.toml -r .', 'bundle exec brakeman'],
    cmd('bandit|brakeman')
  ),
  run(
    'dotnet-vulnerable',
    'security-scan',
    ['dotnet list package --vulnerable --include-transitive'],
    /(?<![\w.:-])dotnet\s+list\b.*--vulnerable/
  ),
  run(
    'osv-scanner',
    'security-scan',
    ['osv-scanner -r .', 'grype app:latest', 'docker scout cves app:latest'],
    cmd('osv-scanner|grype|docker\\s+scout\\s+(?:cves|quickview)|dependency-check(?:\\.sh)?|retire')
  ),
  run(
    'owasp-dependency-check-maven',
    'security-scan',
    ['mvn org.owasp:dependency-check-maven:check'],
    /dependency-check(?:-maven)?(?::[\w.]+)*:(?:check|aggregate)/
  ),
  run(
    'zap',
    'security-scan',
    ['zap-baseline.py -t https://example.com'],
    cmd('zap-(?:baseline|full-scan|api-scan)\\.py|zap\\.sh')
  ),
  run(
    'iac-scan',
    'security-scan',
    ['checkov -d .', 'tfsec .', 'kics scan -p .'],
    cmd('checkov|tfsec|kics\\s+scan|terrascan\\s+scan')
  ),
  // `upload-sarif` only uploads what another tool found (a linter's SARIF as often as a scanner's): the tool
  // decides, not the upload.
  uses(
    'github/codeql-action',
    'security-scan',
    ['github/codeql-action/init@v3', 'github/codeql-action/analyze@v3'],
    'github/codeql-action/{init,autobuild,analyze}'
  ),
  uses('rustsec/audit-check', 'security-scan', ['rustsec/audit-check@v2']),
  uses('actions-rust-lang/audit', 'security-scan', ['actions-rust-lang/audit@v1']),
  uses('EmbarkStudios/cargo-deny-action', 'security-scan', ['EmbarkStudios/cargo-deny-action@v2']),
  uses('zizmorcore/zizmor-action', 'security-scan', ['zizmorcore/zizmor-action@v0.1.1']),
  uses('actions/dependency-review-action', 'security-scan', ['actions/dependency-review-action@v4']),
  uses(
    'aquasecurity/trivy-action',
    'security-scan',
    ['aquasecurity/trivy-action@0.28.0', 'aquasecurity/tfsec-action@v1.0.0'],
    'aquasecurity/{trivy,tfsec}-action'
  ),
  uses('snyk/actions', 'security-scan', ['snyk/actions/node@master'], 'snyk/actions{,/**}'),
  uses(
    'semgrep',
    'security-scan',
    ['returntocorp/semgrep-action@v1'],
    '{returntocorp,semgrep}/semgrep-action'
  ),
  uses(
    'gitleaks/gitleaks-action',
    'security-scan',
    ['gitleaks/gitleaks-action@v2'],
    '{gitleaks,zricethezav}/gitleaks-action'
  ),
  uses('trufflesecurity/trufflehog', 'security-scan', ['trufflesecurity/trufflehog@main']),
  uses('golang/govulncheck-action', 'security-scan', ['golang/govulncheck-action@v1']),
  uses('securego/gosec', 'security-scan', ['securego/gosec@master']),
  uses(
    'google/osv-scanner-action',
    'security-scan',
    ['google/osv-scanner-action/osv-scanner-action@v1.9.0'],
    'google/osv-scanner-action{,/**}'
  ),
  uses('anchore/scan-action', 'security-scan', ['anchore/scan-action@v4']),
  uses(
    'zaproxy',
    'security-scan',
    ['zaproxy/action-baseline@v0.15.0', 'zaproxy/action-full-scan@v0.12.0'],
    'zaproxy/action-{baseline,full-scan,api-scan}'
  ),
  uses('dependency-check/Dependency-Check_Action', 'security-scan', [
    'dependency-check/Dependency-Check_Action@main'
  ]),
  uses('ossf/scorecard-action', 'security-scan', ['ossf/scorecard-action@v2.4.0']),
  uses('bridgecrewio/checkov-action', 'security-scan', ['bridgecrewio/checkov-action@v12']),
  uses('docker/scout-action', 'security-scan', ['docker/scout-action@v1']),
  run(
    'more-security-scan',
    'security-scan',
    [
      'flawfinder --sarif .',
      'njsscan --sarif .',
      'mobsfscan .',
      'mix sobelow --config',
      'jf audit --sast --format=sarif',
      'jf audit',
      'java -jar pipeline-scan.jar --file app.zip'
    ],
    /(?<![\w.:-])(?:flawfinder|njsscan|mobsfscan|(?:mix\s+)?sobelow)(?![\w.:-])|(?<![\w.:-])jf\s+audit(?![\w.:-])|(?<![\w.:-])pipeline-scan\.jar(?![\w.-])/
  ),
  uses('sast action', 'security-scan', SAST_ACTIONS_EXAMPLES, SAST_ACTIONS),
  // Dependency (SCA), image, API and mobile-app scanners, and IaC security checks.
  uses(
    'security scan actions',
    'security-scan',
    [
      'blackduck-inc/black-duck-security-scan@v2',
      'blackducksoftware/github-action@v2',
      'redhat-actions/crda@v1',
      'jfrog/frogbot@v2',
      'debricked/actions@v4',
      'endorlabs/github-action@v1',
      'clj-holmes/clj-watson-action@v1',
      'sysdiglabs/scan-action@v3',
      'apisec-inc/apisec-run-scan@v1',
      'apisec-inc/ethicalcheck-action@v1',
      'NeuraLegion/run-scan@v1',
      'stackhawk/hawkscan-action@v2',
      'ForAllSecure/mapi-action@v1',
      'soos-io/soos-dast-github-action@v2',
      '42Crunch/api-security-audit-action@v3',
      'appknox/appknox-github-action@v1',
      'nowsecure/nowsecure-action@v3',
      'zimperium/zscanmarketplace@v1',
      'controlplaneio/kubesec-action@v0.0.2',
      'aquasecurity/tfsec-sarif-action@v0.1.4',
      'prisma-cloud-shiftleft/iac-scan-action@v1',
      'ZscalerCWP/Zscaler-IaC-Action@v1',
      'indeni/cloudrail-run-ga@v1'
    ],
    '{blackduck-inc/black-duck-security-scan,blackducksoftware/github-action,redhat-actions/crda,jfrog/frogbot,debricked/actions{,/**},endorlabs/github-action,clj-holmes/clj-watson-action,sysdiglabs/scan-action,apisec-inc/{apisec-run-scan,ethicalcheck-action},NeuraLegion/run-scan,stackhawk/hawkscan-action,ForAllSecure/mapi-action,soos-io/soos-*-action,42Crunch/api-security-audit-action,appknox/appknox-github-action,nowsecure/nowsecure-action,zimperium/zscanmarketplace,controlplaneio/kubesec-action,aquasecurity/tfsec-sarif-action,prisma-cloud-shiftleft/iac-scan-action,ZscalerCWP/Zscaler-IaC-Action,indeni/cloudrail-run-ga}'
  ),
  // An action the catalog does not know whose name says it scans for security problems (patterns §10.1):
  // `aliyun/acr-scan`, `acme/security-scan-action`. A guess from the name: the call stays opaque otherwise.
  uses(
    'security action',
    'security-scan',
    ['aliyun/acr-scan@v1', 'acme/actions/security-scan@v2', 'acme/vulnerability-check-action@v1'],
    '*/{,**/}{,*[-_.]}{scan,scanner,scanning,security,sast,dast,vuln,vulnerability,vulnerabilities,cve}{,[-_.]*}'
  ),
  uses('pypa/gh-action-pip-audit', 'security-scan', ['pypa/gh-action-pip-audit@v1.1.0']),
  name(
    'name:security',
    'security-scan',
    ['Vulnerability scan', 'Dependency audit', 'CodeQL'],
    /\b(?:security|vulnerabilit(?:y|ies)|vuln|cve|sast|dast|secrets?|dependency|zap|owasp) (?:scans?|scanning|checks?|audit)\b|\bcodeql\b|\bsnyk\b|\btrivy scan\b/
  )
]
