import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub, paginated } from './helpers/fake-github.js'
import { branchRuleShape, jobShape, runClock, workflowRunShape } from './helpers/github-shapes.js'
import type { JobSpec } from './helpers/github-shapes.js'
import { readJson } from './helpers/read-json.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * The README's gate job as a new user copies it: its workflow and its minimal policy, in a repository whose
 * scripts do what the workflow's comments say, run through the action bundle against a fake REST API on which
 * every job of the run succeeded. It must pass without a warning; the same workflow with a judged job left out
 * of the gate's `needs:` must say so.
 */

const bundle = path.join(import.meta.dirname, '../dist/index.js')
const TOKEN = 'ghs_readmeGateJobTokenNeverPrinted00001'
const SHA = 'fedcba9876543210fedcba9876543210fedcba98'
const REPO = '/repos/acme/shop'
const WORKFLOW = '.github/workflows/ci.yml'
const README = readFileSync(path.join(import.meta.dirname, '../README.md'), 'utf8')

/** The first YAML block after `marker` in the README. */
function readmeBlock(marker: string): string {
  const from = README.indexOf(marker)
  const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(from))
  if (from < 0 || !block?.[1]) throw new Error(`README.md has no YAML block after ${marker}`)
  return block[1]
}

const GATE_WORKFLOW = readmeBlock('## Usage in a workflow')
const MINIMAL_POLICY = readmeBlock('A minimal `.maturity.yml`')

/** What the workflow's steps call: scripts that lint, build, write JUnit to reports/ and run integration tests. */
const PACKAGE_JSON = JSON.stringify({
  name: 'shop',
  private: true,
  scripts: {
    lint: 'eslint .',
    build: 'tsc -p tsconfig.build.json',
    test: 'jest --ci --reporters=default --reporters=jest-junit && npm run test:integration',
    'test:integration': 'jest --ci --config jest.integration.config.js'
  },
  'jest-junit': { outputDirectory: 'reports', outputName: 'junit.xml' }
})
/** The test job's report, as the gate job's download step puts it back. */
const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="3" failures="0">
  <testsuite name="cart" tests="3" failures="0">
    <testcase classname="cart" name="adds an item"/>
    <testcase classname="cart" name="removes an item"/>
    <testcase classname="cart" name="totals the order"/>
  </testsuite>
</testsuites>
`

const { at, ok } = runClock('2026-12-01T09')
const RUN_JOBS: JobSpec[] = [
  ok(1, 'build', 0, 2),
  ok(2, 'test', 0, 3),
  ok(3, 'e2e', 3, 7),
  ok(4, 'deploy-staging', 8, 9),
  { id: 5, name: 'Maturity gate', status: 'in_progress', startedAt: at(10) }
]

let fake: FakeGitHub
let dir: string

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-readme-gate-'))
})
afterEach(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

async function runGate(workflow: string, jobs = RUN_JOBS, junit = JUNIT) {
  const repo = path.join(dir, 'repo')
  await mkdir(path.join(repo, '.github/workflows'), { recursive: true })
  await mkdir(path.join(repo, 'scripts'), { recursive: true })
  await mkdir(path.join(repo, 'reports'), { recursive: true })
  await writeFile(path.join(repo, WORKFLOW), workflow)
  await writeFile(path.join(repo, '.maturity.yml'), MINIMAL_POLICY)
  await writeFile(path.join(repo, 'package.json'), PACKAGE_JSON)
  await writeFile(path.join(repo, 'scripts/deploy.sh'), '#!/bin/sh\nkubectl apply -k "k8s/$1"\n')
  await writeFile(path.join(repo, 'reports/junit.xml'), junit)
  await writeFile(path.join(dir, 'outputs'), '')
  await writeFile(path.join(dir, 'summary.md'), '')
  const target = { owner: 'acme', repo: 'shop', runId: 7, attempt: 1, headSha: SHA }
  fake
    .on('GET', `${REPO}/actions/runs/7`, {
      body: workflowRunShape({ ...target, id: 7, event: 'push', headBranch: 'main', path: WORKFLOW })
    })
    .on(
      'GET',
      `${REPO}/actions/runs/7/attempts/1/jobs`,
      paginated(
        jobs.map(job => jobShape(target, job)),
        'jobs'
      )
    )
    .on('GET', `${REPO}/deployments`, { body: [] })
    .on('GET', `${REPO}/rules/branches/main`, {
      body: [
        branchRuleShape('pull_request'),
        branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'Maturity gate' }] })
      ]
    })
  const event = {
    repository: { full_name: 'acme/shop', default_branch: 'main' },
    before: '0'.repeat(40),
    after: SHA
  }
  await writeFile(path.join(dir, 'event.json'), JSON.stringify(event))
  const result = await spawnNode([bundle], {
    cwd: repo,
    env: runnerEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: path.join(dir, 'outputs'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_JOB: 'maturity',
      GITHUB_WORKFLOW_REF: `acme/shop/${WORKFLOW}@refs/heads/main`,
      GITHUB_API_URL: fake.url,
      INPUT_TOKEN: TOKEN,
      INPUT_POLICY: '.maturity.yml',
      'INPUT_REPORT-PATH': 'maturity-report.json'
    })
  })
  const report = readJson(path.join(repo, 'maturity-report.json')) as Report
  const summary = await readFile(path.join(dir, 'summary.md'), 'utf8')
  return { ...result, report, summary }
}

const NOT_BEFORE = /which does not finish before this gate/

describe("the README's gate job", () => {
  it('needs every job the policy judges, fetches the reports without failing, and passes with no warning', async () => {
    expect(GATE_WORKFLOW).toMatch(/needs: \[build, test, e2e, deploy-staging\]/)
    expect(GATE_WORKFLOW).toMatch(/download-artifact@v4.*\n\s+continue-on-error: true/)
    const result = await runGate(GATE_WORKFLOW)
    expect(result.stdout).not.toMatch(NOT_BEFORE)
    expect(result.report.warnings).toEqual([])
    expect({ code: result.code, passed: result.report.passed, level: result.report.level }).toEqual({
      code: 0,
      passed: true,
      level: result.report.target
    })
    expect(result.report.findings.find(f => f.practice === 'acceptance-tests')).toMatchObject({
      status: 'pass',
      strength: 'run'
    })
  })

  it('warns, on the gate job, about a judged job it does not wait for', async () => {
    // The gate job as the README once had it: e2e runs beside the deploy, and the gate does not need it.
    const workflow = GATE_WORKFLOW.replace('needs: [build, test, e2e]', 'needs: [build, test]').replace(
      'needs: [build, test, e2e, deploy-staging]',
      'needs: [build, test, deploy-staging]'
    )
    expect(workflow).not.toBe(GATE_WORKFLOW)
    const result = await runGate(workflow)
    const warning =
      'ci-on-change, acceptance-tests judged from job `e2e`, which does not finish before this gate: add it to the `needs:` of job `maturity`'
    const gateLine = workflow.split('\n').findIndex(line => line === '  maturity:') + 1
    expect(result.report.warnings).toEqual([
      {
        message: warning,
        location: { file: WORKFLOW, line: gateLine, column: 3 },
        title: 'judged job not needed'
      }
    ])
    expect(result.stdout).toContain(
      `::warning title=maturity-gate%3A judged job not needed,file=${WORKFLOW},line=${gateLine}`
    )
    expect(result.summary).toContain(
      '- ⚠️ **judged job not needed**: ci-on-change, acceptance-tests judged from job `e2e`'
    )
  })

  it('a failed test job whose reports are uploaded `if: always()` fails unit-tests, not also test-reports', async () => {
    const jobs = RUN_JOBS.map(job => {
      if (job.name === 'test') return { ...job, conclusion: 'failure' }
      if (job.name === 'deploy-staging') return { id: 4, name: 'deploy-staging', conclusion: 'skipped' }
      return job
    })
    const failing = JUNIT.replace(/tests="3" failures="0"/g, 'tests="3" failures="1"').replace(
      '<testcase classname="cart" name="totals the order"/>',
      '<testcase classname="cart" name="totals the order"><failure message="expected 42"/></testcase>'
    )
    const result = await runGate(GATE_WORKFLOW, jobs, failing)
    const status = (id: string) => result.report.findings.find(f => f.practice === id)?.status
    expect(status('unit-tests')).toBe('fail')
    expect(status('test-reports')).toBe('pass')
    expect(result.stdout).not.toMatch(/::error[^\n]*test-reports/)
    expect(result.code).toBe(1)
  })
})
