import { readFileSync } from 'node:fs'
import path from 'node:path'
import { coverageThreshold } from '../../src/practices/coverage-threshold.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'
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
      name: 'an unreadable report: unknown, saying so',
      files: jestCoverage,
      evidence: reports({ 'coverage.json': '{"neither": "format"}' }),
      status: 'unknown',
      messageId: 'unreadable',
      mentions: ['coverage.json could not be read']
    },
    {
      name: 'no coverage anywhere',
      files: workflow('on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npx jest\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
