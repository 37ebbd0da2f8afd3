import { afterEach, describe, expect, it } from '@jest/globals'
import { EXIT, runCli } from '../src/command.js'
import { runGate } from '../src/gate.js'
import type { Report } from '../src/evaluate/report.js'
import { GATED, UNGATED, gatedPolicy } from './helpers/gated-delivery.js'
import { cloneRepo, gitRepo } from './helpers/git-repo.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitRepo } from './helpers/git-repo.js'
import { readJson } from './helpers/read-json.js'

/**
 * Regressions and policy trust on real git repositories (issue 7): a base commit, a head commit, and the gate
 * run on the head with the base as the reference.
 */

const repos: GitRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove()
})

function history(base: Record<string, string>, head: Record<string, string | null>) {
  const repo = gitRepo()
  repos.push(repo)
  const baseSha = repo.commit(base, 'base')
  repo.commit(head, 'head')
  return { repo, baseSha }
}

async function cli(root: string, args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['check', root, '--format', 'json', ...args], {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    cwd: root
  })
  return { code, stderr, report: JSON.parse(stdout) as Report }
}

describe('regressions against the base commit', () => {
  it('removing the e2e job that gated production is an acceptance-before-promotion regression (exit 1)', async () => {
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': GATED },
      { '.github/workflows/ci.yml': UNGATED }
    )
    const result = await cli(repo.root, ['--base', baseSha])
    expect(result.code).toBe(EXIT.failed)
    expect(result.report.base).toEqual({ status: 'compared', sha: baseSha, reason: '' })
    const regression = result.report.regressions.find(r => r.practice === 'acceptance-before-promotion')
    expect(regression).toMatchObject({ kind: 'practice', severity: 'error' })
    expect(regression?.base[0]).toMatchObject({ file: '.github/workflows/ci.yml' })
    expect(regression?.head[0]).toMatchObject({ file: '.github/workflows/ci.yml', line: 14 })
  })

  it('regression: warn reports a regression above target without failing on it', async () => {
    const warnPolicy = `${gatedPolicy('base').replace('  acceptance-before-promotion: { level: base }\n', '')}regression: warn\n`
    const { repo, baseSha } = history(
      { '.maturity.yml': warnPolicy, '.github/workflows/ci.yml': GATED },
      { '.github/workflows/ci.yml': UNGATED }
    )
    const result = await cli(repo.root, ['--base', baseSha])
    expect(result.code).toBe(EXIT.passed)
    const severities = result.report.regressions.map(r => [r.practice, r.severity])
    expect(severities).toContainEqual(['acceptance-before-promotion', 'warning'])
    expect(severities.every(([, severity]) => severity === 'warning')).toBe(true)
  })

  // A step named for tests whose script only builds: the head reads the script, and so must the base, or its
  // name alone passed unit-tests at the base and the unchanged pipeline "regressed".
  const NAMED_FOR_TESTS =
    'on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - name: Run unit tests\n        run: ./scripts/ci.sh\n'
  const BUILDS_ONLY = {
    '.maturity.yml': 'version: 1\nmodel: cdmm\ntarget: base\n',
    '.github/workflows/ci.yml': NAMED_FOR_TESTS,
    'scripts/ci.sh': '#!/bin/sh\nset -e\nmake build\n',
    Makefile: 'build:\n\tgo build ./...\n'
  }

  it('judges a script the base and the head both run on its content at both: no regression', async () => {
    const { repo, baseSha } = history(BUILDS_ONLY, { 'README.md': 'docs only' })
    const result = await cli(repo.root, ['--base', baseSha])
    expect(result.report.findings.find(f => f.practice === 'unit-tests')?.status).toBe('fail')
    expect(result.report.regressions).toEqual([])
  })

  it('reads a script only the base runs before judging it: no regression when the change stops calling it', async () => {
    const { repo, baseSha } = history(BUILDS_ONLY, {
      '.github/workflows/ci.yml': NAMED_FOR_TESTS.replace(
        '      - name: Run unit tests\n        run: ./scripts/ci.sh\n',
        '      - run: make build\n'
      )
    })
    const result = await cli(repo.root, ['--base', baseSha])
    expect(result.report.regressions).toEqual([])
  })

  it('no change: compared, no regressions, exit 0', async () => {
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': GATED },
      { 'README.md': 'docs only' }
    )
    const result = await cli(repo.root, ['--base', baseSha])
    expect(result.code).toBe(EXIT.passed)
    expect(result.report.regressions).toEqual([])
    expect(result.report.base.status).toBe('compared')
  })

  it('a shallow clone fetches the base commit', async () => {
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': GATED },
      { '.github/workflows/ci.yml': UNGATED }
    )
    const shallow = cloneRepo(repo, '--depth=1')
    repos.push(shallow)
    expect(() => shallow.git('cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    const result = await cli(shallow.root, ['--base', baseSha])
    expect(result.report.base).toMatchObject({ status: 'compared', sha: baseSha })
    expect(result.report.regressions.map(r => r.practice)).toContain('acceptance-before-promotion')
  })

  it('an unreachable base makes regressions unknown with the reason, not "none"; on the command line, exit 2', async () => {
    const { repo } = history({ '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': GATED }, {})
    const missing = 'f'.repeat(40)
    const report = await runGate({ root: repo.root, policyPath: '.maturity.yml', baseRef: missing })
    expect(report.base.status).toBe('unknown')
    expect(report.base.reason).toContain(missing)
    expect(report.regressions).toEqual([])
    let stderr = ''
    const code = await runCli(['check', repo.root, '--base', missing], {
      stdout: () => undefined,
      stderr: text => (stderr += text),
      cwd: repo.root
    })
    expect(code).toBe(EXIT.invalid)
    expect(stderr).toMatch(
      new RegExp(`^maturity-gate: --base names no commit this repository can read: .*\\(${missing}\\)\\n$`)
    )
  })
})

describe('a pull request cannot weaken its own policy', () => {
  it('lowering target is evaluated against the base policy and reported as a weakening at its line', async () => {
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('advanced'), '.github/workflows/ci.yml': GATED },
      { '.maturity.yml': gatedPolicy('base') }
    )
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: baseSha,
      policySource: 'base'
    })
    expect(report.target).toBe('advanced')
    expect(report.policy.source).toBe('base')
    expect(report.policyChanges).toContainEqual(
      expect.objectContaining({
        kind: 'weakened',
        severity: 'error',
        location: { file: '.maturity.yml', line: 3, column: 9 }
      })
    )
    expect(report.passed).toBe(false)
    expect(report.reason).toMatch(/policy change weaken/)
  })

  it('allow-policy-changes keeps the weakening visible but not fatal', async () => {
    const { repo, baseSha } = history(
      {
        '.maturity.yml': gatedPolicy('base').replace('target: base', 'target: base\nstrict: true'),
        '.github/workflows/ci.yml': GATED
      },
      { '.maturity.yml': gatedPolicy('base') }
    )
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: baseSha,
      policySource: 'head',
      allowPolicyChanges: true
    })
    expect(report.policyChanges.map(c => [c.kind, c.severity])).toEqual([['weakened', 'warning']])
  })

  it('adding continue-on-error to the gate step is reported like a weakening', async () => {
    const withGate = `${GATED}  maturity:\n    needs: deploy\n    runs-on: x\n    steps:\n      - uses: maturity-gate/maturity-gate@v1\n`
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': withGate },
      {
        '.github/workflows/ci.yml': withGate.replace(
          '      - uses: maturity-gate',
          '      - continue-on-error: true\n        uses: maturity-gate'
        )
      }
    )
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: baseSha,
      policySource: 'base'
    })
    expect(report.policyChanges).toContainEqual(
      expect.objectContaining({ kind: 'weakened', severity: 'error' })
    )
    expect(report.passed).toBe(false)
  })
})

describe('a pull request whose base policy cannot be read', () => {
  it('is a blocking change: the head policy is not trusted in silence', async () => {
    const { repo } = history({ '.maturity.yml': gatedPolicy('base'), '.github/workflows/ci.yml': GATED }, {})
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: 'f'.repeat(40),
      policySource: 'base'
    })
    expect(report.policy.source).toBe('head')
    expect(report.policyChanges).toEqual([
      expect.objectContaining({
        kind: 'weakened',
        severity: 'error',
        message: expect.stringMatching(/base commit's policy could not be read/)
      })
    ])
    expect(report.passed).toBe(false)
  })

  it('a base without any policy is a first adoption: a notice, and the head policy decides', async () => {
    const { repo, baseSha } = history(
      { '.github/workflows/ci.yml': GATED },
      { '.maturity.yml': gatedPolicy('base') }
    )
    const report = await runGate({
      root: repo.root,
      policyPath: '.maturity.yml',
      baseRef: baseSha,
      policySource: 'base'
    })
    expect(report.policyChanges.map(c => [c.kind, c.severity])).toEqual([['strengthened', 'notice']])
    expect(report.passed).toBe(true)
  })

  it('the action reads the base from the event even without a token, so lowering target still fails', async () => {
    const { repo, baseSha } = history(
      { '.maturity.yml': gatedPolicy('advanced'), '.github/workflows/ci.yml': GATED },
      { '.maturity.yml': gatedPolicy('base') }
    )
    // Inside .git: removed with the repository, and never part of the workspace the gate reads.
    const event = path.join(repo.root, '.git', 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        pull_request: { number: 3, base: { sha: baseSha } },
        repository: { default_branch: 'main' }
      })
    )
    const result = await spawnNode([path.join(import.meta.dirname, '../dist/index.js')], {
      cwd: repo.root,
      env: runnerEnv({
        GITHUB_WORKSPACE: repo.root,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'octo/shop',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: repo.git('rev-parse', 'HEAD'),
        GITHUB_JOB: 'maturity',
        INPUT_TOKEN: '',
        'INPUT_REPORT-PATH': 'maturity-report.json'
      })
    })
    const report = readJson(path.join(repo.root, 'maturity-report.json')) as Report
    expect(report.policy.source).toBe('base')
    expect(report.target).toBe('advanced')
    expect(report.policyChanges).toContainEqual(
      expect.objectContaining({ kind: 'weakened', severity: 'error' })
    )
    expect(result.code).toBe(1)
  })
})
