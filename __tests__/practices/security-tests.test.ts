import { securityTests } from '../../src/practices/security-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(securityTests, {
  valid: [
    {
      name: 'gitleaks among the pre-commit hooks a lint job runs',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pre-commit run --all-files\n'
        ),
        '.pre-commit-config.yaml':
          'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.24.3\n    hooks:\n      - id: gitleaks\n'
      },
      status: 'pass',
      messageId: 'runs',
      mentions: ['`lint`']
    },
    {
      name: 'a SAST action that uploads its own results (the Bandit starter workflow)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  bandit:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Bandit Scan\n        uses: shundor/python-bandit-scan@v1\n        with:\n          exit_zero: true\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      // alibabacloud starter: the image pushed to ACR is scanned by an action the catalog does not know,
      // read by its name (patterns §10.1).
      name: 'an unknown action named for scanning after an image push',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker build --tag "$REGISTRY/app:$TAG" .\n          docker push "$REGISTRY/app:$TAG"\n      - name: Scan image in ACR\n        uses: aliyun/acr-scan@v1\n        with:\n          repository: ns/app\n          tag: ${{ github.sha }}\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a scan that continues on error and uploads its SARIF (the Brakeman starter)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  brakeman-scan:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gem install brakeman\n      - name: Scan\n        continue-on-error: true\n        run: brakeman -f sarif -o output.sarif.json .\n      - uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: output.sarif.json\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a DAST action that continues on error but sends its alerts to code scanning itself',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  stackhawk:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Run HawkScan\n        uses: stackhawk/hawkscan-action@v2\n        continue-on-error: true\n        with:\n          apiKey: ${{ secrets.HAWK_API_KEY }}\n          codeScanningAlerts: true\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'CodeQL on push and pull request',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  analyze:\n    runs-on: x\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`analyze`', 'pull_request, push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'dependency review on pull requests',
      files: workflow(
        'on: pull_request\njobs:\n  deps:\n    runs-on: x\n    steps:\n      - uses: actions/dependency-review-action@v4\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'npm audit in a CI step',
      files: workflow(
        'on: push\njobs:\n  audit:\n    runs-on: x\n    steps:\n      - run: npm audit --audit-level=high\n'
      ),
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'pre-commit hooks that only lint are no security scan (near miss)',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pre-commit run --all-files\n'
        ),
        '.pre-commit-config.yaml':
          'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n    hooks:\n      - id: ruff\n      # - id: gitleaks\n'
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a scanner swallowed by continue-on-error, its results kept nowhere: unknown (patterns §11.2)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  audit:\n    runs-on: x\n    steps:\n      - run: npm audit --audit-level=high\n        continue-on-error: true\n'
      ),
      status: 'unknown',
      messageId: 'swallowed',
      mentions: ['`audit` step `npm audit --audit-level=high`']
    },
    {
      // upload-sarif only uploads what the linter found; "scanning" in the job name is GitHub's feature name.
      name: 'a linter whose SARIF is uploaded to code scanning is not a security scan',
      files: workflow(
        'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]\njobs:\n  eslint:\n    name: Run eslint scanning\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Run ESLint\n        run: npx eslint .\n          --format @microsoft/eslint-formatter-sarif\n          --output-file eslint-results.sarif\n        continue-on-error: true\n      - name: Upload analysis results to GitHub\n        uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: eslint-results.sarif\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'an SBOM is an inventory, not a scan',
      files: workflow(
        'on: push\njobs:\n  sbom:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build . --tag localbuild/testimage:latest\n      - name: Scan the image and upload dependency results\n        uses: anchore/sbom-action@v0\n        with:\n          image: localbuild/testimage:latest\n          dependency-snapshot: true\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'Trivy only when dispatched',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  scan:\n    runs-on: x\n    steps:\n      - uses: aquasecurity/trivy-action@0.28.0\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`scan`']
    },
    {
      name: 'lint only is not security testing',
      files: workflow('on: push\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
