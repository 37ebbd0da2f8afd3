import { readFileSync } from 'node:fs'
import path from 'node:path'
import { coverageThreshold } from '../../src/practices/coverage-threshold.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
import { actionCall, remoteCall } from '../helpers/opaque-calls.js'
import { reportsFrom } from '../helpers/reports-from.js'

const sample = (file: string): string =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/reports/coverage-samples', file), 'utf8')
const reports = (files: Record<string, string>) => ({ reports: reportsFrom(files) })

const jestCoverage = workflow(
  'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest --coverage\n'
)

testPractice(coverageThreshold, {
  valid: [
    {
      name: 'an istanbul summary above 80%',
      files: jestCoverage,
      evidence: reports({ 'coverage/coverage-summary.json': sample('coverage-summary.json') }),
      status: 'pass',
      messageId: 'meets',
      mentions: ['coverage/coverage-summary.json 86.5% of lines', 'min 80%'],
      at: 'coverage/coverage-summary.json:1'
    },
    {
      name: 'no report, but the test job fails below 85% itself (pytest addopts in pyproject.toml)',
      files: {
        ...workflow('on: push\njobs:\n  checks:\n    runs-on: x\n    steps:\n      - run: uv run pytest\n'),
        'pyproject.toml': '[tool.pytest.ini_options]\naddopts = ["--cov=src", "--cov-fail-under=85"]\n'
      },
      status: 'pass',
      messageId: 'enforced',
      mentions: ['`checks`', 'below 85%', 'pyproject.toml', 'min 80%']
    },
    {
      name: 'no report, but coverage.py fails the step below the bar on the command line',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: coverage run -m pytest && coverage report --fail-under=90\n'
      ),
      status: 'pass',
      messageId: 'enforced',
      mentions: ['below 90%']
    },
    {
      name: 'a lower min set by the policy',
      files: jestCoverage,
      options: { min: 70 },
      evidence: reports({ 'coverage.xml': sample('cobertura-rates-only.xml') }),
      status: 'pass',
      messageId: 'meets',
      mentions: ['81.3% of lines']
    },
    {
      name: 'a report is judged even when no workflow shows coverage (downloaded into the workspace)',
      files: {},
      options: { min: 50 },
      evidence: reports({ 'lcov.info': sample('lcov.info') }),
      status: 'pass',
      messageId: 'meets'
    }
  ],
  invalid: [
    {
      name: 'a remote test workflow may measure coverage in its own jobs: unknown, naming it (§10.2)',
      files: workflow(
        `on: pull_request\njobs:\n${remoteCall('test', 'run-tests.yml', '      node-version: 20\n')}`
      ),
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/platform/.github/workflows/run-tests.yml@main']
    },
    {
      name: 'near-miss: an action step that runs the tests is one step, and no coverage report exists',
      files: workflow(
        `on: pull_request\njobs:\n${actionCall('test', 'Unit test', 'acme/actions/nx-run@v2', '      target: test\n')}`
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'a report below min fails with the figure',
      files: jestCoverage,
      evidence: reports({ 'coverage.xml': sample('cobertura-rates-only.xml') }),
      status: 'fail',
      messageId: 'below',
      options: { min: 90 },
      mentions: ['coverage.xml covers 81.3% of lines', 'below min 90%'],
      at: 'coverage.xml:1'
    },
    {
      name: 'the lowest of several reports is named',
      files: jestCoverage,
      evidence: reports({
        'web/coverage/coverage-summary.json': sample('coverage-summary.json'),
        'api/coverage.json': sample('coverage-py.json')
      }),
      status: 'fail',
      messageId: 'below',
      mentions: ['api/coverage.json covers 75% of lines']
    },
    {
      name: 'coverage produced by the workflow but no report here: unknown, not pass',
      files: jestCoverage,
      status: 'unknown',
      messageId: 'not-in-workspace',
      mentions: ['`test`', 'known only from a run'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      // The false fail this avoids: a committed lcov.info below the bar decided a pipeline that measures afresh.
      name: 'coverage produced by the workflow, and only a committed report here: unknown, naming the report',
      files: jestCoverage,
      evidence: { reports: reportsFrom({}, ['coverage/lcov.info']) },
      status: 'unknown',
      messageId: 'not-in-workspace',
      mentions: ['known only from a run; the file matching them is committed unchanged (coverage/lcov.info)']
    },
    {
      name: 'a bar the pipeline enforces below the min is not enough (near miss): unknown, naming it',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --cov=app --cov-fail-under=60\n'
      ),
      status: 'unknown',
      messageId: 'not-in-workspace',
      mentions: ['fails only below 60%']
    },
    {
      name: 'a bar that a swallowed command carries enforces nothing (near miss)',
      files: workflow(
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest --cov=app --cov-fail-under=90 || true\n'
      ),
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'an unreadable report: unknown, saying so',
      files: jestCoverage,
      evidence: reports({ 'coverage.json': '{"neither": "format"}' }),
      status: 'unknown',
      messageId: 'unreadable',
      mentions: ['coverage.json could not be read']
    },
    {
      name: 'a committed coverage summary (a badge source) is no measurement of this run',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest\n'),
      evidence: { reports: reportsFrom({}, ['coverage/coverage-summary.json']) },
      status: 'fail',
      messageId: 'none',
      mentions: ['the file matching them is committed unchanged (coverage/coverage-summary.json)']
    },
    {
      name: 'no coverage anywhere',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
