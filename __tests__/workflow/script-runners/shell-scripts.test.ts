import { describe, expect, it } from '@jest/globals'
import { resolveScript } from '../../../src/workflow/script-resolution.js'
import type { ResolvedCommand } from '../../../src/workflow/script-resolution.js'

const files =
  (table: Record<string, string>) =>
  (file: string): string | undefined =>
    table[file]
const top = (command: string, extra: Partial<ResolvedCommand> = {}): ResolvedCommand => ({
  command,
  via: [],
  ...extra
})

const WORKLOADS = `#!/bin/bash
export PYTHONPATH=$PYTHONPATH:$PWD
mkdir results

# Test data
export RESULTS_FILE=results/test_data_results.txt
pytest --dataset-loc=$DATASET_LOC tests/data --verbose --disable-warnings > $RESULTS_FILE
cat $RESULTS_FILE

# Train
python madewithml/train.py \\
    --experiment-name "$EXPERIMENT_NAME" \\
    --results-fp $RESULTS_FILE
`

describe('shell scripts are followed like task-runner targets', () => {
  const valid: Array<[string, string, Record<string, string>, string | undefined, ResolvedCommand[]]> = [
    [
      './x.sh from run:, relative to the working directory',
      './scripts/test.sh',
      { 'api/scripts/test.sh': '#!/usr/bin/env bash\nset -euo pipefail\ngo test ./...\n' },
      'api',
      [
        top('./scripts/test.sh'),
        { command: 'set -euo pipefail', via: ['./scripts/test.sh', 'api/scripts/test.sh'] },
        { command: 'go test ./...', via: ['./scripts/test.sh', 'api/scripts/test.sh'] }
      ]
    ],
    [
      'bash x.sh runs where the command ran, so its cd carries inside it',
      'bash ci/build.sh --release',
      {
        'ci/build.sh': 'set -e\ncd web\nnpm run build\n',
        'web/package.json': '{"scripts":{"build":"vite build"}}'
      },
      undefined,
      [
        top('bash ci/build.sh --release'),
        { command: 'set -e', via: ['bash ci/build.sh --release', 'ci/build.sh'] },
        { command: 'npm run build', via: ['bash ci/build.sh --release', 'ci/build.sh'] },
        {
          command: 'vite build',
          via: [
            'bash ci/build.sh --release',
            'ci/build.sh',
            'npm run build',
            'web/package.json scripts.build'
          ]
        }
      ]
    ],
    [
      'sh -e x.sh',
      'sh -e deploy/release.sh',
      { 'deploy/release.sh': 'helm upgrade --install app chart/\n' },
      undefined,
      [
        top('sh -e deploy/release.sh'),
        {
          command: 'helm upgrade --install app chart/',
          via: ['sh -e deploy/release.sh', 'deploy/release.sh']
        }
      ]
    ],
    [
      'source and . read a script into the shell',
      'source ci/env.sh\n. ci/lint.sh',
      { 'ci/env.sh': 'export STAGE=ci\nruff check .\n', 'ci/lint.sh': 'mypy src\n' },
      undefined,
      [
        top('source ci/env.sh'),
        { command: 'ruff check .', via: ['source ci/env.sh', 'ci/env.sh'] },
        top('. ci/lint.sh'),
        { command: 'mypy src', via: ['. ci/lint.sh', 'ci/lint.sh'] }
      ]
    ],
    [
      'bash -c "…" runs the quoted script',
      `bash -c "cd app && pytest -q"`,
      {},
      undefined,
      [top('bash -c "cd app && pytest -q"'), { command: 'pytest -q', via: ['bash -c "cd app && pytest -q"'] }]
    ],
    [
      "sh -c '…' too",
      "sh -c 'make lint; make test'",
      {},
      undefined,
      [
        top("sh -c 'make lint; make test'"),
        { command: 'make lint', via: ["sh -c 'make lint; make test'"] },
        { command: 'make test', via: ["sh -c 'make lint; make test'"] }
      ]
    ],
    [
      'a script calling another script',
      './ci.sh',
      { 'ci.sh': 'set -e\n./scripts/unit.sh\n', 'scripts/unit.sh': 'set -e\ncargo test\n' },
      undefined,
      [
        top('./ci.sh'),
        { command: 'set -e', via: ['./ci.sh', 'ci.sh'] },
        { command: './scripts/unit.sh', via: ['./ci.sh', 'ci.sh'] },
        { command: 'set -e', via: ['./ci.sh', 'ci.sh', './scripts/unit.sh', 'scripts/unit.sh'] },
        { command: 'cargo test', via: ['./ci.sh', 'ci.sh', './scripts/unit.sh', 'scripts/unit.sh'] }
      ]
    ],
    [
      'a Makefile recipe running a script',
      'make test',
      { Makefile: 'test:\n\tbash scripts/test.sh\n', 'scripts/test.sh': 'set -e\npytest tests\n' },
      undefined,
      [
        top('make test'),
        { command: 'bash scripts/test.sh', via: ['make test', 'Makefile test'] },
        { command: 'set -e', via: ['make test', 'Makefile test', 'bash scripts/test.sh', 'scripts/test.sh'] },
        {
          command: 'pytest tests',
          via: ['make test', 'Makefile test', 'bash scripts/test.sh', 'scripts/test.sh']
        }
      ]
    ],
    [
      'without set -e, a test whose output goes to a file and the script goes on cannot fail it (§11)',
      'bash deploy/jobs/workloads.sh',
      { 'deploy/jobs/workloads.sh': WORKLOADS },
      undefined,
      [
        top('bash deploy/jobs/workloads.sh'),
        { command: 'mkdir results', via: ['bash deploy/jobs/workloads.sh', 'deploy/jobs/workloads.sh'] },
        {
          command:
            'pytest --dataset-loc=$DATASET_LOC tests/data --verbose --disable-warnings > $RESULTS_FILE',
          via: ['bash deploy/jobs/workloads.sh', 'deploy/jobs/workloads.sh'],
          swallowed: true
        },
        { command: 'cat $RESULTS_FILE', via: ['bash deploy/jobs/workloads.sh', 'deploy/jobs/workloads.sh'] },
        {
          command:
            'python madewithml/train.py --experiment-name "$EXPERIMENT_NAME" --results-fp $RESULTS_FILE',
          via: ['bash deploy/jobs/workloads.sh', 'deploy/jobs/workloads.sh']
        }
      ]
    ],
    [
      'a script swallowed by its caller swallows what it runs',
      'bash ci.sh',
      { 'ci.sh': './unit.sh > out.txt\necho done\n', 'unit.sh': 'set -e\ngo test ./...\n' },
      undefined,
      [
        top('bash ci.sh'),
        { command: './unit.sh > out.txt', via: ['bash ci.sh', 'ci.sh'], swallowed: true },
        {
          command: 'set -e',
          via: ['bash ci.sh', 'ci.sh', './unit.sh > out.txt', 'unit.sh'],
          swallowed: true
        },
        {
          command: 'go test ./...',
          via: ['bash ci.sh', 'ci.sh', './unit.sh > out.txt', 'unit.sh'],
          swallowed: true
        },
        { command: 'echo done', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'a script passes its parameters on ("$@"): `./ci.sh test` runs the Makefile target test',
      './ci.sh test',
      { 'ci.sh': 'set -e\nexec make "$@"\n', Makefile: 'test:\n\tgo test ./...\n' },
      undefined,
      [
        top('./ci.sh test'),
        { command: 'set -e', via: ['./ci.sh test', 'ci.sh'] },
        { command: 'make test', via: ['./ci.sh test', 'ci.sh'] },
        { command: 'go test ./...', via: ['./ci.sh test', 'ci.sh', 'make test', 'Makefile test'] }
      ]
    ],
    [
      'a shell given flags before the script passes on only what follows the script',
      'bash -e ci.sh lint',
      { 'ci.sh': 'make $*\n', Makefile: 'lint:\n\truff check .\ntest:\n\tpytest\n' },
      undefined,
      [
        top('bash -e ci.sh lint'),
        { command: 'make lint', via: ['bash -e ci.sh lint', 'ci.sh'] },
        { command: 'ruff check .', via: ['bash -e ci.sh lint', 'ci.sh', 'make lint', 'Makefile lint'] }
      ]
    ]
  ]
  it.each(valid)('%s', (_name, script, table, cwd, expected) => {
    expect(resolveScript(script, files(table), cwd === undefined ? {} : { cwd })).toEqual(expected)
  })
})

describe('near misses: what a shell runner must not follow or must not mark', () => {
  const invalid: Array<[string, string, Record<string, string>, ResolvedCommand[]]> = [
    [
      'set -e: a redirected test still fails the script',
      'bash ci.sh',
      { 'ci.sh': 'set -eo pipefail\npytest > out.txt\ncat out.txt\n' },
      [
        top('bash ci.sh'),
        { command: 'set -eo pipefail', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'pytest > out.txt', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'cat out.txt', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'the status is checked: || exit 1',
      'bash ci.sh',
      { 'ci.sh': 'pytest > out.txt || exit 1\npython train.py\n' },
      [
        top('bash ci.sh'),
        { command: 'pytest > out.txt', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'exit 1', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'python train.py', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'the status is read with $? on the next line',
      'bash ci.sh',
      { 'ci.sh': 'pytest > out.txt\nstatus=$?\ncat out.txt\nexit $status\n' },
      [
        top('bash ci.sh'),
        { command: 'pytest > out.txt', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'cat out.txt', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'exit $status', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'the last command decides the status: a redirected last test can fail',
      'bash ci.sh',
      { 'ci.sh': 'echo start\npytest tests > report.txt 2>&1\n' },
      [
        top('bash ci.sh'),
        { command: 'echo start', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'pytest tests > report.txt 2>&1', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'only stderr redirected (2>) is not hidden output',
      'bash ci.sh',
      { 'ci.sh': 'pytest 2> err.txt\necho done\n' },
      [
        top('bash ci.sh'),
        { command: 'pytest 2> err.txt', via: ['bash ci.sh', 'ci.sh'] },
        { command: 'echo done', via: ['bash ci.sh', 'ci.sh'] }
      ]
    ],
    [
      'a shebang of another interpreter is not shell',
      './scripts/check',
      { 'scripts/check': '#!/usr/bin/env python3\nimport subprocess\n' },
      [top('./scripts/check')]
    ],
    [
      'gradle and maven wrappers are not followed',
      './gradlew build',
      { gradlew: '#!/bin/sh\nexec java -jar x\n' },
      [top('./gradlew build')]
    ],
    [
      'a sourced file missing from the repository (a virtualenv) says nothing',
      'source .venv/bin/activate',
      {},
      [top('source .venv/bin/activate')]
    ],
    ['a script name as an argument of another command is not run', 'echo bash.sh', {}, [top('echo bash.sh')]],
    [
      'cycle protection: a script that runs itself',
      './loop.sh',
      { 'loop.sh': 'set -e\n./loop.sh\n' },
      [
        top('./loop.sh'),
        { command: 'set -e', via: ['./loop.sh', 'loop.sh'] },
        { command: './loop.sh', via: ['./loop.sh', 'loop.sh'] }
      ]
    ]
  ]
  it.each(invalid)('%s', (_name, script, table, expected) => {
    expect(resolveScript(script, files(table))).toEqual(expected)
  })
})

describe('unreadable scripts are marked, not silently empty (§10.3)', () => {
  const table: Array<[string, string, string | undefined, string]> = [
    ['missing script', './scripts/deploy.sh', undefined, 'scripts/deploy.sh was not found in the repository'],
    [
      'path from a variable',
      'bash $SCRIPT_DIR/train.sh',
      undefined,
      '$SCRIPT_DIR/train.sh is named by a variable, so it could not be read'
    ],
    [
      'outside the repository',
      'bash ../infra/deploy.sh',
      undefined,
      '../infra/deploy.sh is outside the repository'
    ],
    ['absolute path', 'bash /opt/ci/run.sh', undefined, '/opt/ci/run.sh is outside the repository'],
    [
      'missing script in a working directory',
      'sh ./run.sh',
      'svc',
      'svc/run.sh was not found in the repository'
    ]
  ]
  it.each(table)('%s', (_name, script, cwd, unread) => {
    const [first] = resolveScript(script, () => undefined, cwd === undefined ? {} : { cwd })
    expect(first).toEqual(top(script, { unread }))
  })
})
