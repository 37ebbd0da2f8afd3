import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../../src/evaluate/report.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'
import type { SpawnResult } from '../helpers/spawn.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { SCRATCH_CI as CI, SCRATCH_POLICY as BASE_POLICY } from '../helpers/scratch-repo.js'

/**
 * Hostile and malformed repository content from the robustness review (shared/robustness-cases.md, cases D2,
 * D3, D6, D8, D9, D10, D12, D13, D16), each run through the CLI bundle as a user would: what the report and
 * the exit status say. A case that used to hang would time this test out.
 */

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js')

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A scratch repository (the review's: base policy, one CI workflow) with `files` added or replaced. */
async function repo(files: Record<string, string>): Promise<string> {
  const made = await tempRepo({ '.maturity.yml': BASE_POLICY, '.github/workflows/ci.yml': CI, ...files })
  cleanups.push(made.remove)
  return made.root
}

function check(root: string, ...args: string[]): Promise<SpawnResult> {
  return spawnNode([CLI, 'check', root, ...args], { cwd: path.dirname(root), env: runnerEnv({}) })
}

async function report(root: string): Promise<{ code: number | null; report: Report }> {
  const result = await check(root, '--format', 'json')
  expect(result.stderr).not.toMatch(/^\s+at /m)
  return { code: result.code, report: JSON.parse(result.stdout) as Report }
}

function finding(report: Report, practice: string) {
  const found = report.findings.find(f => f.practice === practice)
  if (!found) throw new Error(`no finding for ${practice}`)
  return found
}

const coveragePolicy = `${BASE_POLICY}practices:\n  coverage-threshold: { level: base, min: 80 }\n`
const metricsPolicy = (candidate: string) =>
  `${BASE_POLICY}practices:\n  model-ok: { title: m, level: base, category: test-verification, check: metrics, candidate: ${candidate}, metrics: { auc: { min: 0.8 } } }\n`

describe('D2: coverage percentages that are not percentages are unknown, never a pass', () => {
  it.each([
    [
      'istanbul pct 1e999 (Infinity)',
      'coverage/coverage-summary.json',
      '{"total":{"lines":{"pct":1e999},"branches":{"pct":1e999}}}',
      /pct Infinity is not a percentage between 0 and 100/
    ],
    [
      'istanbul pct 250',
      'coverage/coverage-summary.json',
      '{"total":{"lines":{"pct":250},"branches":{"pct":250}}}',
      /pct 250 is not a percentage/
    ],
    [
      'coverage.py percent_covered 250',
      'coverage.json',
      '{"meta":{"version":"7"},"totals":{"percent_covered":250}}',
      /percent_covered 250 is not a percentage/
    ],
    [
      'istanbul counts 1e999 beside a branch pct that meets the bar',
      'coverage/coverage-summary.json',
      '{"total":{"lines":{"total":1e999,"covered":1e999,"pct":0},"branches":{"pct":80}}}',
      /count Infinity is not a finite number/
    ]
  ])('%s', async (_name, file, text, message) => {
    const root = await repo({ '.maturity.yml': coveragePolicy, [file]: text })
    const { code, report: r } = await report(root)
    expect(finding(r, 'coverage-threshold')).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(message)
    })
    expect(code).toBe(1)
  })
})

describe('D3 and D10: policy regexes that backtrack or do not compile are refused at load (exit 2)', () => {
  const longLine = `      - run: ${'x'.repeat(2000)}\n`
  it.each([
    ['\\w*-?\\w*-?\\w*!', /two quantifiers in a row/],
    ['a*b?a*b?a*b?a*c', /two quantifiers in a row/],
    ['.*x?.*y', /two quantifiers in a row/]
  ])('run: %s, with a 2,000-character run: line it would hang on', async (pattern, message) => {
    const policy = `${BASE_POLICY}practices:\n  x:\n    level: base\n    category: build-deploy\n    check: workflow\n    run: '${pattern}'\n`
    const root = await repo({ '.maturity.yml': policy, '.github/workflows/ci.yml': CI + longLine })
    const result = await check(root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^\.maturity\.yml:9:10: practices\.x\.run: /m)
    expect(result.stderr).toMatch(message)
  })

  it.each([
    ['a{2,1}', /regex does not compile: .*numbers out of order/],
    ['(a+)+$', /nests quantifiers/]
  ])('files contains: %s, whether or not a file matches', async (pattern, message) => {
    for (const readme of [{ 'README.md': 'hi\n' }, {}] as Array<Record<string, string>>) {
      const policy = `${BASE_POLICY}practices:\n  x: { level: base, category: build-deploy, check: files, files: [README.md], contains: '${pattern}' }\n`
      const result = await check(await repo({ '.maturity.yml': policy, ...readme }))
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^\.maturity\.yml:5:\d+: practices\.x\.contains: /m)
      expect(result.stderr).toMatch(message)
    }
  })
})

describe('D6: named pipes are "not a regular file", never a hang', () => {
  it('the policy file is a pipe', async () => {
    const root = await repo({})
    execFileSync('rm', [path.join(root, '.maturity.yml')])
    execFileSync('mkfifo', [path.join(root, '.maturity.yml')])
    const result = await check(root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.maturity.yml:1:1: policy file cannot be read: not a regular file')
  })

  it('a workflow symlinked to a pipe is a warning; the other workflows are judged', async () => {
    const root = await repo({})
    execFileSync('mkfifo', [path.join(root, 'pipe')])
    await symlink('../../pipe', path.join(root, '.github/workflows/pipe.yml'))
    const { code, report: r } = await report(root)
    expect(r.warnings).toContainEqual({
      message: 'workflow file not read: not a regular file',
      location: { file: '.github/workflows/pipe.yml', line: 1, column: 1 }
    })
    expect(finding(r, 'ci-on-change').status).toBe('pass')
    expect(code).toBe(0)
  })

  it('a metrics candidate that is a pipe is unknown', async () => {
    const root = await repo({ '.maturity.yml': metricsPolicy('metrics/candidate.json') })
    await mkdir(path.join(root, 'metrics'))
    execFileSync('mkfifo', [path.join(root, 'metrics/candidate.json')])
    const { report: r } = await report(root)
    expect(finding(r, 'model-ok')).toMatchObject({
      status: 'unknown',
      message: 'the metrics could not be compared: metrics/candidate.json: not a regular file'
    })
  })
})

describe("D8: a large workflow outside the fast reader's subset is refused with a warning, not read into gigabytes", () => {
  it('a 1.5 MB workflow with an anchor', async () => {
    const jobs = Array.from(
      { length: 25_000 },
      (_, i) => `  job${i}:\n    runs-on: ubuntu-latest\n    steps: [{run: npm test}]\n`
    )
    const workflow = `name: CI\non: [push, pull_request]\nenv: &shared {A: b}\njobs:\n${jobs.join('')}`
    expect(workflow.length).toBeGreaterThan(1.4 * 1024 * 1024)
    const { code, report: r } = await report(await repo({ '.github/workflows/ci.yml': workflow }))
    expect(r.warnings).toContainEqual({
      message: expect.stringMatching(
        /^file not read: at 1\.\d MB it is over the 1 MB limit for YAML outside the block style/
      ),
      location: { file: '.github/workflows/ci.yml', line: 1, column: 1 }
    })
    expect(finding(r, 'ci-on-change').status).not.toBe('pass')
    expect(code).toBe(1)
  })
})

describe('D9: files that cannot be read say why', () => {
  it('a 12 MB metrics file (under the 50 MB limit for metrics) is read', async () => {
    const slices = Array.from(
      { length: 120_000 },
      (_, i) => `"slice-${i}": {"auc": 0.91, "note": "${'n'.repeat(60)}"}`
    )
    const text = `{"auc": 0.9, "slices": {${slices.join(', ')}}}`
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024)
    const { code, report: r } = await report(
      await repo({ '.maturity.yml': metricsPolicy('metrics/candidate.json'), 'metrics/candidate.json': text })
    )
    expect(finding(r, 'model-ok')).toMatchObject({ status: 'pass' })
    expect(code).toBe(0)
  })

  it('a metrics candidate that is a directory, or a symlink out of the repository, is unknown with the reason', async () => {
    const root = await repo({ '.maturity.yml': metricsPolicy('metrics/candidate.json') })
    await mkdir(path.join(root, 'metrics/candidate.json'), { recursive: true })
    expect(finding((await report(root)).report, 'model-ok')).toMatchObject({
      status: 'unknown',
      message: 'the metrics could not be compared: metrics/candidate.json: not a regular file'
    })
    const outside = await repo({ 'candidate.json': '{"auc": 0.99}' })
    const linked = await repo({ '.maturity.yml': metricsPolicy('candidate.json') })
    await symlink(path.join(outside, 'candidate.json'), path.join(linked, 'candidate.json'))
    expect(finding((await report(linked)).report, 'model-ok')).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/candidate\.json: symlink resolves outside the workspace/)
    })
  })

  it.each([
    [
      'a policy over 10 MB',
      { '.maturity.yml': `${BASE_POLICY}# ${'x'.repeat(11 * 1024 * 1024)}\n` },
      'policy file cannot be read: 12 MB is larger than the 10 MB read limit'
    ],
    [
      'a policy that is a directory',
      { '.maturity.yml/x': '' },
      'policy file cannot be read: not a regular file'
    ]
  ])('%s', async (_name, files, message) => {
    const root = await repo({})
    execFileSync('rm', ['-f', path.join(root, '.maturity.yml')])
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true })
      await writeFile(path.join(root, file), text)
    }
    const result = await check(root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`.maturity.yml:1:1: ${message}`)
  })

  it('a file as the repository root', async () => {
    const root = await repo({})
    const result = await check(path.join(root, '.github/workflows/ci.yml'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/the repository root is a file, not a directory \(.*ci\.yml\)/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })
})

describe('D12: needs that GitHub refuses make the workflow no evidence, with a warning on the needs line', () => {
  const workflow = (jobs: string) => `name: CI\non: [push, pull_request]\njobs:\n${jobs}`
  const job = (id: string, needs: string) =>
    `  ${id}:\n    needs: ${needs}\n    runs-on: ubuntu-latest\n    steps: [{run: npm ci && npm run build && npm test}]\n`
  it.each([
    [
      'a missing job',
      job('test', '[does-not-exist]'),
      'job `test` needs `does-not-exist`, which is not a job of this workflow',
      5
    ],
    ['a job that needs itself', job('test', 'test'), 'job `test` needs itself', 5],
    ['a cycle', job('a', 'b') + job('b', '[a]'), 'jobs `a` → `b` → `a` need each other in a cycle', 5]
  ])('%s', async (_name, jobs, message, line) => {
    const { code, report: r } = await report(await repo({ '.github/workflows/ci.yml': workflow(jobs) }))
    expect(r.warnings).toContainEqual({
      message: `${message}; GitHub rejects this workflow, so none of its jobs runs`,
      location: { file: '.github/workflows/ci.yml', line, column: 5 }
    })
    for (const practice of ['ci-on-change', 'scripted-build', 'unit-tests'])
      expect(finding(r, practice).status).not.toBe('pass')
    expect(code).toBe(1)
  })
})

describe('D13: JUnit accepts a DOCTYPE without an internal subset, as the coverage reader does', () => {
  const cases = '<testsuite name="s" tests="1"><testcase classname="c" name="t"/></testsuite></testsuites>'
  it.each([
    ['<!DOCTYPE testsuites>', 'pass'],
    ['<!DOCTYPE testsuites SYSTEM "http://example.invalid/junit.dtd">', 'pass'],
    ['<!DOCTYPE testsuites [<!ENTITY x "y">]>', 'unknown']
  ])('%s → unit-tests %s', async (doctype, status) => {
    const junit = `<?xml version="1.0"?>\n${doctype}\n<testsuites>${cases}`
    const { report: r } = await report(await repo({ 'test-results/junit.xml': junit }))
    expect(finding(r, 'unit-tests').status).toBe(status)
    if (status === 'unknown') expect(finding(r, 'unit-tests').message).toMatch(/internal subset/)
  })
})

describe('D16: a metrics JSON key given twice is unknown, not the last value', () => {
  it('{"auc": 0.10, "auc": 0.95}', async () => {
    const { code, report: r } = await report(
      await repo({
        '.maturity.yml': metricsPolicy('metrics/candidate.json'),
        'metrics/candidate.json': '{\n  "auc": 0.10,\n  "auc": 0.95\n}\n'
      })
    )
    expect(finding(r, 'model-ok')).toMatchObject({
      status: 'unknown',
      message:
        'the metrics could not be compared: metrics/candidate.json: JSON metrics file: key "auc" appears twice in one object (line 3); keep one value'
    })
    expect(code).toBe(1)
  })
})
