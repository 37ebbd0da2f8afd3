import { describe, it, expect, afterEach } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { EXIT, runCli } from '../../src/command.js'
import type { Report } from '../../src/evaluate/report.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { loadPolicy } from '../../src/policy/load.js'

const examples = path.join(import.meta.dirname, '../../examples')
const dirs: string[] = []
afterEach(async () => Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true }))))

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mg-init-'))
  dirs.push(dir)
  return dir
}

async function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: text => (stdout += text), stderr: text => (stderr += text), cwd })
  return { code, stdout, stderr }
}

/** The gate job init printed: from its `maturity:` line to the blank line after it. */
function printedJob(stdout: string): string {
  const lines = stdout.split('\n')
  const start = lines.indexOf('  maturity:')
  const end = lines.indexOf('', start)
  return lines.slice(start, end).join('\n')
}

/** The workflow with the printed job added under `jobs:`, as a person would paste it. */
function withGateJob(workflowText: string, job: string): string {
  const doc = parseDocument(workflowText)
  const jobDoc = parseDocument(job)
  expect(jobDoc.errors).toEqual([])
  doc.setIn(['jobs', 'maturity'], jobDoc.get('maturity', true))
  return doc.toString()
}

/** What `check` (on the policy init wrote) cites as job evidence in `workflow`: the jobs the gate must need. */
function judgedJobs(report: Report, workflow: string): string[] {
  const jobs = report.findings.flatMap(finding =>
    finding.evidence.flatMap(item =>
      item.kind === 'job' && item.workflow === workflow ? [item.job.split('/')[0] as string] : []
    )
  )
  return [...new Set(jobs)].filter(job => job !== 'maturity')
}

/**
 * Runs init in dir, then checks what it wrote and printed against the project's own loader, workflow parser
 * and a `check` run of the written policy.
 */
async function initAndVerify(dir: string, argv: string[] = []) {
  const result = await cli(['init', dir, ...argv], dir)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(EXIT.passed)
  const text = await readFile(path.join(dir, '.maturity.yml'), 'utf8')
  const loaded = loadPolicy(text, '.maturity.yml', { today: '2026-01-01' })
  expect(loaded.ok ? [] : loaded.errors).toEqual([])
  const workflow = /under `jobs:` in ([^\s:]+)/.exec(result.stdout)?.[1] as string
  const job = printedJob(result.stdout)
  const combined = withGateJob(await readFile(path.join(dir, workflow), 'utf8'), job)
  const parsed = parseWorkflow(combined, workflow)
  expect(parsed.problems).toEqual([])
  const ids = parsed.workflow?.jobs.map(j => j.id) ?? []
  const gate = parsed.workflow?.jobs.find(j => j.id === 'maturity')
  expect(gate?.if).toBe('always()')
  for (const need of gate?.needs ?? []) expect(ids).toContain(need)
  const check = await cli(['check', dir, '--format', 'json'], dir)
  const report = JSON.parse(check.stdout) as Report
  expect(gate?.needs).toEqual(expect.arrayContaining(judgedJobs(report, workflow)))
  return { ...result, text, report, workflow, job, gate }
}

async function copyExample(name: string): Promise<string> {
  const dir = await tempDir()
  await cp(path.join(examples, name), dir, { recursive: true })
  return dir
}

describe('maturity-gate init', () => {
  it.each([
    ['library', 'cdmm', 'base', '.github/workflows/ci.yml'],
    ['node-web-service', 'cdmm', 'beginner', '.github/workflows/delivery.yml'],
    ['python-ml', 'mlops', 'manual', '.github/workflows/train.yml']
  ])(
    'on examples/%s with --force proposes %s, target %s, and a gate job for %s',
    async (name, model, target, workflow) => {
      const dir = await copyExample(name)
      const result = await initAndVerify(dir, ['--force'])
      expect(result.report.model).toBe(model)
      expect(result.report.target).toBe(target)
      expect(result.workflow).toBe(workflow)
      expect(result.text).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+maturity\.schema\.json\n/)
      for (const key of ['version', 'model', 'target', 'mode', 'practices']) {
        expect(result.text).toMatch(new RegExp(`^#.*\\n${key}: `, 'm'))
      }
      expect(result.stdout).toContain('Wrote .maturity.yml')
      expect(result.stdout).toContain('Next: run `maturity-gate check .`')
      expect(result.gate?.steps.slice(-2).map(step => step.uses)).toEqual([
        'maturity-gate/maturity-gate@v0',
        'actions/upload-artifact@v4'
      ])
      expect(result.gate?.steps.at(-1)?.with).toEqual({
        name: 'maturity-report',
        path: 'maturity-report.json'
      })
    },
    30_000
  )

  it('fetches the uploaded test reports, with continue-on-error, only where the workflow uploads them', async () => {
    const withReports = await initAndVerify(await copyExample('node-web-service'), ['--force'])
    const download = withReports.gate?.steps.find(step => step.uses === 'actions/download-artifact@v4')
    expect(download).toMatchObject({
      continueOnError: true,
      with: { name: 'test-reports', path: 'reports/' }
    })
    const without = await initAndVerify(await copyExample('library'), ['--force'])
    expect(without.job).not.toContain('download-artifact')
  })

  it('says which judged jobs live in workflows the gate job cannot need', async () => {
    const result = await initAndVerify(await copyExample('python-ml'), ['--force'])
    expect(result.stdout).toContain('cannot need jobs of other workflows')
    expect(result.stdout).toContain('.github/workflows/ci.yml (test, image)')
  })

  it('names the practices between the pipeline and the next level as comments', async () => {
    const result = await initAndVerify(await copyExample('library'), ['--force'])
    expect(result.text).toContain('# What stands between the pipeline and beginner, the next level:')
    expect(result.text).toMatch(/^# {3}integration-tests \(fail\): /m)
    expect(result.text).toContain('mode: enforce')
    expect(result.stdout).toContain('in .github/workflows/ci.yml (it replaces the job `maturity` there):')
  })

  it('proposes mlops for an ML repository, and --model overrides the proposal', async () => {
    const dir = await copyExample('python-ml')
    expect((await initAndVerify(dir, ['--force'])).report.model).toBe('mlops')
    expect((await initAndVerify(dir, ['--force', '--model', 'cdmm'])).report.model).toBe('cdmm')
  })

  it('on a repository with no policy: a reusable workflow call and a matrix of report uploads', async () => {
    const dir = await tempDir()
    const files: Record<string, string> = {
      'go.mod': 'module example.com/tool\n',
      '.github/workflows/ci.yml': `name: CI
on: [push, pull_request]
jobs:
  lint:
    uses: ./.github/workflows/lint.yml
  test:
    strategy:
      matrix:
        go: ['1.22', '1.23']
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: go build ./...
      - run: go test -v ./... 2>&1 | go-junit-report > test-results/junit.xml
      - uses: actions/upload-artifact@v4
        with:
          name: junit-\${{ matrix.go }}
          path: test-results/junit.xml
`,
      '.github/workflows/lint.yml': `on: workflow_call
jobs:
  golangci:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: golangci/golangci-lint-action@v6
`
    }
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
      await writeFile(path.join(dir, file), content)
    }
    const result = await initAndVerify(dir)
    expect(result.report.model).toBe('cdmm')
    expect(result.gate?.needs).toEqual(['lint', 'test'])
    const download = result.gate?.steps.find(step => step.uses === 'actions/download-artifact@v4')
    expect(download?.with).toEqual({ pattern: 'junit-*', 'merge-multiple': 'true', path: 'test-results/' })
  })

  it('refuses to overwrite a policy without --force: exit 2, one line naming the file, nothing written', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, '.maturity.yml'), 'version: 1\nmodel: cdmm\ntarget: base\n')
    const result = await cli(['init'], dir)
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('maturity-gate: .maturity.yml already exists; use --force to overwrite it\n')
    expect(await readFile(path.join(dir, '.maturity.yml'), 'utf8')).toBe(
      'version: 1\nmodel: cdmm\ntarget: base\n'
    )
  })

  it('--force overwrites it', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, '.maturity.yml'), 'version: 1\nmodel: mlops\ntarget: manual\n')
    const result = await cli(['init', '.', '--force'], dir)
    expect(result.code).toBe(EXIT.passed)
    const text = await readFile(path.join(dir, '.maturity.yml'), 'utf8')
    expect(text).toContain('model: cdmm')
    expect(text).toContain("No level is reached today: base is the model's first level.")
    expect(text).toContain('mode: advise')
    expect(result.stdout).toContain('no job is judged yet')
  })

  it.each([
    [['init', '.', '--format', 'json'], '--format is an option of check, history and dora, not of init'],
    [['init', '.', '--model', 'dora'], "--model is 'dora'; expected one of: cdmm, mlops"],
    [['check', '.', '--force'], '--force is an option of init, not of check']
  ])('usage error %j exits 2', async (argv, message) => {
    const result = await cli(argv, process.cwd())
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stderr).toContain(message)
  })
})
