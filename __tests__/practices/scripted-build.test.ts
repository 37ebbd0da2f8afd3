import { scriptedBuild } from '../../src/practices/scripted-build.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (steps: string): string => `on: push\njobs:\n  ci:\n    runs-on: x\n    steps:\n${steps}`

testPractice(scriptedBuild, {
  valid: [
    {
      // The Gatsby/Nuxt Pages starters pick the package manager in an earlier step; no step names needed.
      name: 'a package script run by a package manager chosen at run time',
      files: workflow(
        'on:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: detect-package-manager\n        run: |\n          if [ -f yarn.lock ]; then echo "manager=yarn" >> $GITHUB_OUTPUT; else echo "manager=npm" >> $GITHUB_OUTPUT; fi\n      - run: ${{ steps.detect-package-manager.outputs.manager }} install\n      - run: ${{ steps.detect-package-manager.outputs.manager }} run build\n'
      ),
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'mdbook build, unnamed',
      files: workflow(
        'on: push\njobs:\n  pages:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo install mdbook\n      - run: mdbook build\n      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: ./book\n'
      ),
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'actions/jekyll-build-pages, unnamed',
      files: workflow(
        'on: push\njobs:\n  pages:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/configure-pages@v5\n      - uses: actions/jekyll-build-pages@v1\n        with:\n          source: ./\n'
      ),
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'mix compile, unnamed',
      files: workflow(
        'on: push\njobs:\n  elixir:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mix deps.get\n      - run: mix compile\n'
      ),
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'npm run build names the job and the step',
      files: workflow(job('      - run: npm ci\n      - run: npm run build\n')),
      status: 'pass',
      messageId: 'builds',
      mentions: ['`ci`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'docker/build-push-action',
      files: workflow(job('      - uses: docker/build-push-action@v6\n')),
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'make build resolved through the Makefile',
      files: { ...workflow(job('      - run: make build\n')), Makefile: 'build:\n\tgo build ./...\n' },
      status: 'pass',
      messageId: 'builds'
    },
    {
      name: 'npm run package (the bundling script of GitHub Actions templates)',
      files: {
        ...workflow(job('      - run: npm ci\n      - run: npm run package\n')),
        'package.json': '{"scripts": {"package": "node scripts/package.js"}}'
      },
      status: 'pass',
      messageId: 'builds'
    },
    // The native toolchains of the ci/ starter workflows, in a job whose name says nothing.
    ...(
      [
        ['gprbuild (Ada)', 'gprbuild -j0 -p'],
        ['dub build (D)', 'dub build --compiler=$DC'],
        ['cabal build (Haskell)', 'cabal build --enable-tests --enable-benchmarks all'],
        ['rebar3 compile (Erlang)', 'rebar3 compile'],
        [
          'xcodebuild build-for-testing (iOS)',
          'xcodebuild build-for-testing -scheme "$scheme" -workspace App.xcworkspace'
        ],
        ['rcmdcheck, which builds the package it checks (R)', 'rcmdcheck::rcmdcheck(args = "--no-manual")']
      ] satisfies Array<[string, string]>
    ).map(([name, run]) => ({
      name: `${name}, unnamed`,
      files: workflow(job(`      - run: ${JSON.stringify(run)}\n`)),
      status: 'pass' as const,
      messageId: 'builds'
    })),
    {
      name: 'a build that only runs by hand still is a scripted build',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: cargo build --release\n'
      ),
      status: 'pass',
      messageId: 'builds'
    }
  ],
  invalid: [
    {
      name: 'a run-time package manager running lint is no build',
      files: workflow(
        'on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${{ steps.pm.outputs.manager }} install\n      - run: ${{ steps.pm.outputs.manager }} run lint\n'
      ),
      status: 'fail',
      messageId: 'no-build'
    },
    {
      name: 'mdbook serve and mix deps.get build nothing',
      files: workflow(
        'on: push\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mix deps.get\n      - run: mdbook serve --open\n'
      ),
      status: 'fail',
      messageId: 'no-build'
    },
    {
      name: 'tests but no build (near miss names the test job)',
      files: workflow(job('      - run: npm install\n      - run: npm test\n')),
      status: 'fail',
      messageId: 'tests-only',
      mentions: ['`ci`']
    },
    {
      name: 'tsc --noEmit is a type check, not a build',
      files: workflow(job('      - run: npx tsc --noEmit\n')),
      status: 'fail',
      messageId: 'no-build'
    },
    {
      name: 'an echo in a job named build is not a build',
      files: workflow('on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: echo "OK"\n'),
      status: 'fail',
      messageId: 'no-build'
    },
    {
      // The SLSA generic generator starter: its placeholder writes files with echo and hashes them.
      name: 'a job named build that echoes placeholder files and hashes them builds nothing',
      files: workflow(
        'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - name: Build artifacts\n        run: |\n          echo "artifact1" > artifact1\n      - id: hash\n        run: |\n          set -euo pipefail\n          files=$(ls artifact*)\n          echo "hashes=$(sha256sum $files | base64 -w0)" >> "${GITHUB_OUTPUT}"\n'
      ),
      status: 'fail',
      messageId: 'no-build'
    },
    {
      name: 'crystal spec in a job named build only tests (the Crystal starter)',
      files: workflow(
        'on: push\njobs:\n  build:\n    runs-on: x\n    container:\n      image: crystallang/crystal\n    steps:\n      - run: shards install\n      - run: crystal spec\n'
      ),
      status: 'fail',
      messageId: 'tests-only'
    },
    {
      name: 'cabal build --only-dependencies installs, then cabal test only tests',
      files: workflow(
        job('      - run: cabal build --only-dependencies --enable-tests\n      - run: cabal test all\n')
      ),
      status: 'fail',
      messageId: 'tests-only'
    },
    {
      name: 'xcodebuild test of a project under build/ only tests',
      files: workflow(job('      - run: xcodebuild test -project build/App.xcodeproj -scheme App\n')),
      status: 'fail',
      messageId: 'tests-only'
    },
    {
      name: 'Datadog synthetic tests in a job named build build nothing',
      files: workflow(
        "on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: DataDog/synthetics-ci-github-action@v1.4.0\n        with:\n          test_search_query: 'tag:e2e-tests'\n"
      ),
      status: 'fail',
      messageId: 'no-build'
    },
    { name: 'no workflows', files: { 'README.md': '' }, status: 'fail', messageId: 'no-build' }
  ]
})
