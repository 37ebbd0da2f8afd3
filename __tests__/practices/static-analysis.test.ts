import { staticAnalysis } from '../../src/practices/static-analysis.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(staticAnalysis, {
  valid: [
    {
      name: 'deno lint, unnamed',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: denoland/setup-deno@v1\n      - run: deno lint\n      - run: deno test -A\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      // The ESLint code-scanning starter workflow: the lint may fail without stopping the job so that its
      // SARIF reaches code scanning, which keeps and shows the findings.
      name: 'a lint that continues on error and uploads its SARIF to code scanning',
      files: workflow(
        'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]\njobs:\n  eslint:\n    name: Run eslint scanning\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Run ESLint\n        run: npx eslint .\n          --format @microsoft/eslint-formatter-sarif\n          --output-file eslint-results.sarif\n        continue-on-error: true\n      - name: Upload analysis results to GitHub\n        uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: eslint-results.sarif\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`Run eslint scanning (eslint)`']
    },
    {
      name: 'lintr through Rscript (the lintr starter workflow)',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  lintr:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: r-lib/actions/setup-r@v2\n      - name: Run lintr\n        run: lintr::sarif_output(lintr::lint_dir("."), "lintr-results.sarif")\n        shell: Rscript {0}\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'a SAST action analyses the source statically too',
      files: workflow(
        'on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Checkmarx One scan\n        uses: checkmarx/ast-github-action@main\n        with:\n          base_uri: https://ast.checkmarx.net/\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'dart analyze',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dart-lang/setup-dart@v1\n      - run: dart pub get\n      - name: Analyze project source\n        run: dart analyze\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      // The Objective-C starter: `analyze` runs the Clang static analyzer; the pipe keeps its exit status.
      name: 'xcodebuild analyze',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    runs-on: macos-latest\n    steps:\n      - run: |\n          xcodebuild clean build analyze -scheme "$scheme" -project App.xcodeproj | xcpretty && exit ${PIPESTATUS[0]}\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      // The Android starter runs `./gradlew build`: with the Android Gradle plugin applied, `check` runs lint.
      name: 'gradle build of an Android project runs lint through check',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-java@v4\n      - run: chmod +x gradlew\n      - run: ./gradlew build\n'
        ),
        'build.gradle': "plugins {\n    id 'com.android.application' version '8.5.0' apply false\n}\n"
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'eslint on pull requests',
      files: workflow(
        'on: pull_request\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx eslint .\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`lint`', 'pull_request'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'npm run lint resolved through package.json',
      files: {
        ...workflow('on: push\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: npm run lint\n'),
        'package.json': '{"scripts":{"lint":"eslint src"}}'
      },
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'golangci-lint on a schedule still runs without a person',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 0 * * 1"\njobs:\n  go:\n    runs-on: x\n    steps:\n      - run: golangci-lint run\n'
      ),
      status: 'pass',
      messageId: 'runs',
      mentions: ['schedule']
    },
    {
      name: 'a job the policy names counts',
      files: workflow(
        'on: push\njobs:\n  quality:\n    runs-on: x\n    steps:\n      - run: ./tools/quality-gate\n'
      ),
      options: { jobs: ['qual*'] },
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      name: 'gradle build of a project that applies no analyser analyses nothing',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew build\n'
        ),
        'build.gradle': "plugins {\n    id 'java'\n}\n"
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'gradle build -x check skips the Android lint',
      files: {
        ...workflow(
          'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew build -x check\n'
        ),
        'build.gradle': "plugins {\n    id 'com.android.application'\n}\n"
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'xcodebuild build without analyze analyses nothing',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    runs-on: macos-latest\n    steps:\n      - run: xcodebuild clean build -scheme App -project App.xcodeproj\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      // Patterns §11.2: a linter that cannot fail the job, with nothing kept, is declared and not enforced.
      name: 'a linter swallowed by continue-on-error, its results kept nowhere: unknown, naming the step',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: npx eslint .\n        continue-on-error: true\n'
      ),
      status: 'unknown',
      messageId: 'swallowed',
      mentions: ['`lint` step `npx eslint .` (`continue-on-error: true`)'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'a linter whose failure is ignored (|| true): unknown, naming the step',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: ruff check . || true\n'
      ),
      status: 'unknown',
      messageId: 'swallowed',
      mentions: [
        '`lint` step `ruff check . || true` (a failure of its command is ignored)',
        'a gate or a report'
      ]
    },
    {
      name: 'near miss: a swallowed step that lints nothing',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: make\n        continue-on-error: true\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      // The trivy starter: an image scan whose SARIF goes to code scanning analyses no source code.
      name: 'an image scan uploaded to code scanning is not static analysis',
      files: workflow(
        'on: [push, pull_request]\njobs:\n  build:\n    name: Build\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t docker.io/my-organization/my-app:${{ github.sha }} .\n      - uses: aquasecurity/trivy-action@0.28.0\n        with:\n          image-ref: docker.io/my-organization/my-app:${{ github.sha }}\n          format: sarif\n          output: trivy-results.sarif\n      - uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: trivy-results.sarif\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a linter run only by hand (near miss points at the trigger)',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: ruff check .\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`lint`', 'workflow_dispatch'],
      at: '.github/workflows/ci.yml:1'
    },
    {
      name: 'prettier writing files is formatting, not analysis',
      files: workflow(
        'on: push\njobs:\n  fmt:\n    runs-on: x\n    steps:\n      - run: npx prettier --write .\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'tests only',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'policy globs that name no job do not help',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
      options: { jobs: ['lint'] },
      status: 'fail',
      messageId: 'none'
    }
  ]
})
