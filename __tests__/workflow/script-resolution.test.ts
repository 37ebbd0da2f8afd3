import { describe, expect, it } from '@jest/globals'
import { resolveScript } from '../../src/workflow/script-resolution.js'
import type { ResolvedCommand } from '../../src/workflow/script-resolution.js'

const files =
  (table: Record<string, string>) =>
  (file: string): string | undefined =>
    table[file]
const pkg = (scripts: Record<string, string>): string => JSON.stringify({ name: 'x', scripts })
const top = (command: string): ResolvedCommand => ({ command, via: [] })

describe('resolveScript', () => {
  const table: Array<[string, string, Record<string, string>, string | undefined, ResolvedCommand[]]> = [
    ['no definition file: the command alone', 'npm test', {}, undefined, [top('npm test')]],
    [
      'npm test through package.json with pre/post',
      'npm test',
      { 'package.json': pkg({ pretest: 'tsc', test: 'jest --ci', posttest: 'eslint .' }) },
      undefined,
      [
        top('npm test'),
        { command: 'tsc', via: ['npm test', 'package.json scripts.pretest'] },
        { command: 'jest --ci', via: ['npm test', 'package.json scripts.test'] },
        { command: 'eslint .', via: ['npm test', 'package.json scripts.posttest'] }
      ]
    ],
    [
      'npm t and chained script text',
      'npm t',
      { 'package.json': pkg({ test: 'xo && c8 ava && tsd' }) },
      undefined,
      [
        top('npm t'),
        { command: 'xo', via: ['npm t', 'package.json scripts.test'] },
        { command: 'c8 ava', via: ['npm t', 'package.json scripts.test'] },
        { command: 'tsd', via: ['npm t', 'package.json scripts.test'] }
      ]
    ],
    [
      'nested npm run',
      'npm run test:ci',
      { 'package.json': pkg({ 'test:ci': 'npm run lint && vitest run', lint: 'eslint .' }) },
      undefined,
      [
        top('npm run test:ci'),
        { command: 'npm run lint', via: ['npm run test:ci', 'package.json scripts.test:ci'] },
        {
          command: 'eslint .',
          via: [
            'npm run test:ci',
            'package.json scripts.test:ci',
            'npm run lint',
            'package.json scripts.lint'
          ]
        },
        { command: 'vitest run', via: ['npm run test:ci', 'package.json scripts.test:ci'] }
      ]
    ],
    [
      'pnpm X, no pre/post',
      'pnpm build',
      { 'package.json': pkg({ prebuild: 'rm -rf dist', build: 'tsc' }) },
      undefined,
      [top('pnpm build'), { command: 'tsc', via: ['pnpm build', 'package.json scripts.build'] }]
    ],
    [
      'yarn run X',
      'yarn run e2e',
      { 'package.json': pkg({ e2e: 'playwright test' }) },
      undefined,
      [top('yarn run e2e'), { command: 'playwright test', via: ['yarn run e2e', 'package.json scripts.e2e'] }]
    ],
    [
      'bun run X; bun test is the runner itself',
      'bun run lint\nbun test',
      { 'package.json': pkg({ lint: 'biome check .', test: 'never' }) },
      undefined,
      [
        top('bun run lint'),
        { command: 'biome check .', via: ['bun run lint', 'package.json scripts.lint'] },
        top('bun test')
      ]
    ],
    [
      'yarn install is not a script',
      'yarn install',
      { 'package.json': pkg({ test: 'jest' }) },
      undefined,
      [top('yarn install')]
    ],
    [
      'working-directory',
      'npm run build',
      { 'backend/package.json': pkg({ build: 'webpack' }) },
      'backend',
      [
        top('npm run build'),
        { command: 'webpack', via: ['npm run build', 'backend/package.json scripts.build'] }
      ]
    ],
    [
      'cd dir && carries to later commands',
      'cd pkg/web && npm run biome-check\nnpm run build',
      { 'pkg/web/package.json': pkg({ 'biome-check': 'biome ci .', build: 'vite build' }) },
      undefined,
      [
        top('npm run biome-check'),
        { command: 'biome ci .', via: ['npm run biome-check', 'pkg/web/package.json scripts.biome-check'] },
        top('npm run build'),
        { command: 'vite build', via: ['npm run build', 'pkg/web/package.json scripts.build'] }
      ]
    ],
    [
      'npm --prefix',
      'npm --prefix ui test',
      { 'ui/package.json': pkg({ test: 'karma start' }) },
      undefined,
      [
        top('npm --prefix ui test'),
        { command: 'karma start', via: ['npm --prefix ui test', 'ui/package.json scripts.test'] }
      ]
    ],
    [
      'cd with a variable: unknown directory',
      'cd $DIR && npm test',
      { 'package.json': pkg({ test: 'jest' }) },
      undefined,
      [top('npm test')]
    ],
    [
      'cd to the workspace root',
      'cd "$GITHUB_WORKSPACE/api" && npm test',
      { 'api/package.json': pkg({ test: 'jest' }) },
      'web',
      [top('npm test'), { command: 'jest', via: ['npm test', 'api/package.json scripts.test'] }]
    ],
    [
      'cd out of the workspace is never read',
      'cd ../.. && npm test',
      { 'package.json': pkg({ test: 'jest' }) },
      undefined,
      [top('npm test')]
    ],
    [
      'make target: prerequisites, tabs, @, $(MAKE)',
      'make test',
      {
        Makefile:
          '.PHONY: test\nGO := go\n\ntest: fmt\n\t@$(GO) test ./... -coverprofile cover.out\n\t$(MAKE) vet\n\nfmt:\n\tgofmt -l .\nvet:\n\t-go vet ./...\n'
      },
      undefined,
      [
        top('make test'),
        { command: 'gofmt -l .', via: ['make test', 'Makefile test', 'Makefile fmt'] },
        { command: '${GO} test ./... -coverprofile cover.out', via: ['make test', 'Makefile test'] },
        { command: '${MAKE} vet', via: ['make test', 'Makefile test'] },
        { command: 'go vet ./...', via: ['make test', 'Makefile test', '${MAKE} vet', 'Makefile vet'] }
      ]
    ],
    [
      'make default goal and -C',
      'make -C backend',
      { 'backend/Makefile': 'VAR = 1\nall: build\nbuild:\n\tnpm run build\n' },
      undefined,
      [
        top('make -C backend'),
        {
          command: 'npm run build',
          via: ['make -C backend', 'backend/Makefile all', 'backend/Makefile build']
        }
      ]
    ],
    [
      'make recipe continuation lines',
      'make deploy',
      { Makefile: 'deploy:\n\thelm upgrade --install app ./chart \\\n\t  --atomic\n' },
      undefined,
      [
        top('make deploy'),
        { command: 'helm upgrade --install app ./chart  --atomic', via: ['make deploy', 'Makefile deploy'] }
      ]
    ],
    [
      'just recipe with dependencies',
      'just ci',
      {
        justfile:
          'set shell := ["bash", "-c"]\n\ndefault:\n  just --list\n\nci: lint (test "x")\n  @echo done\n\nlint:\n  ruff check .\n\ntest arg="":\n  pytest {{arg}}\n'
      },
      undefined,
      [
        top('just ci'),
        { command: 'ruff check .', via: ['just ci', 'justfile ci', 'justfile lint'] },
        { command: 'pytest {{arg}}', via: ['just ci', 'justfile ci', 'justfile test'] },
        { command: 'echo done', via: ['just ci', 'justfile ci'] }
      ]
    ],
    [
      'just recipe in another interpreter is not shell',
      'just train',
      { justfile: 'train:\n  #!/usr/bin/env python3\n  import os\n' },
      undefined,
      [top('just train')]
    ],
    [
      'task with cmds, deps, nested task and dir',
      'task ci',
      {
        'Taskfile.yml':
          "version: '3'\ntasks:\n  ci:\n    deps: [lint]\n    cmds:\n      - cmd: go test ./...\n      - task: build\n  lint: golangci-lint run\n  build:\n    dir: cmd/app\n    cmds:\n      - npm run build\n"
      },
      undefined,
      [
        top('task ci'),
        {
          command: 'golangci-lint run',
          via: ['task ci', 'Taskfile.yml tasks.ci', 'Taskfile.yml tasks.lint']
        },
        { command: 'npm run build', via: ['task ci', 'Taskfile.yml tasks.ci', 'Taskfile.yml tasks.build'] },
        { command: 'go test ./...', via: ['task ci', 'Taskfile.yml tasks.ci'] }
      ]
    ],
    [
      'cycles stop',
      'npm run a',
      { 'package.json': pkg({ a: 'npm run b', b: 'npm run a && jest' }) },
      undefined,
      [
        top('npm run a'),
        { command: 'npm run b', via: ['npm run a', 'package.json scripts.a'] },
        {
          command: 'npm run a',
          via: ['npm run a', 'package.json scripts.a', 'npm run b', 'package.json scripts.b']
        },
        {
          command: 'jest',
          via: ['npm run a', 'package.json scripts.a', 'npm run b', 'package.json scripts.b']
        }
      ]
    ],
    ['unparseable package.json', 'npm test', { 'package.json': '{ not json' }, undefined, [top('npm test')]],
    ['unknown target', 'make nothing', { Makefile: 'test:\n\tgo test\n' }, undefined, [top('make nothing')]],
    [
      'pre-commit run: its security hooks state their purpose, linters and other stages do not',
      'pre-commit run --all-files',
      {
        '.pre-commit-config.yaml':
          'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.24.3\n    hooks:\n      - id: gitleaks\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n    hooks:\n      - id: ruff\n  - repo: local\n    hooks:\n      - id: audit\n        entry: pip-audit\n        language: system\n        stages: [pre-push]\n'
      },
      undefined,
      [
        top('pre-commit run --all-files'),
        {
          command: 'hook gitleaks',
          via: ['pre-commit run --all-files', '.pre-commit-config.yaml:5 hook gitleaks'],
          purposes: ['security-scan']
        }
      ]
    ],
    [
      'uv run --project: prek run of prek.toml, a local hook by the command it runs, comments not read',
      'uv run --project tests/tools prek run --all-files',
      {
        'prek.toml':
          '# gitleaks runs in CI\ndefault_stages = ["pre-commit"]\n[[repos]]\nrepo = "local"\n[[repos.hooks]]\nid = "sast"\nentry = "gosec"\nargs = ["./..."]\n[[repos]]\nrepo = "https://github.com/x/y"\nhooks = [\n  { id = "check-yaml" },\n]\n'
      },
      undefined,
      [
        top('uv run --project tests/tools prek run --all-files'),
        {
          command: 'hook sast',
          via: ['uv run --project tests/tools prek run --all-files', 'prek.toml:6 hook sast'],
          purposes: ['security-scan']
        }
      ]
    ],
    [
      'uv run --directory runs elsewhere: not followed (near miss)',
      'uv run --directory web prek run',
      { 'prek.toml': '[[repos.hooks]]\nid = "gitleaks"\n' },
      undefined,
      [top('uv run --directory web prek run')]
    ]
  ]
  it.each(table)('%s', (_name, script, table, cwd, expected) => {
    expect(resolveScript(script, files(table), { cwd })).toEqual(expected)
  })

  it('stops at a depth of 5 definitions', () => {
    const scripts: Record<string, string> = { s0: 'npm run s1' }
    for (let i = 1; i < 8; i++) scripts[`s${i}`] = `npm run s${i + 1} && step${i}`
    const commands = resolveScript('npm run s0', files({ 'package.json': pkg(scripts) })).map(c => c.command)
    expect(commands).toContain('step4')
    expect(commands).not.toContain('step5')
  })
})
