import { describe, it, expect } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { EXIT, runCli } from '../src/command.js'
import type { Report } from '../src/evaluate/report.js'
import { tempRepo } from './helpers/temp-repo.js'
import { defined } from './helpers/defined.js'

async function cli(files: Record<string, string>, args: string[] = []) {
  const repo = await tempRepo(files)
  let stdout = ''
  let stderr = ''
  try {
    const code = await runCli(['check', repo.root, ...args], {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      cwd: repo.root
    })
    const written = args.includes('--output') ? await readFile(path.join(repo.root, 'out.json'), 'utf8') : ''
    return { code, stdout, stderr, written }
  } finally {
    await repo.remove()
  }
}

const customPolicy = (target: string, extra = '') => `version: 1
model: custom
levels: [crawl, walk, run]
categories: [delivery, culture]
target: ${target}
practices:
  has-readme: { level: crawl, category: delivery, check: files, files: [README.md] }
  readme-has-usage: { level: walk, category: delivery, check: files, files: [README.md], contains: '^## Usage' }
  lint-passes: { level: walk, category: delivery, check: command, command: 'test -f README.md && echo ok' }
  stable-team: { level: run, category: culture, check: attest }
${extra}`

describe('maturity-gate check', () => {
  it('evaluates files, command and attest practices and passes at target (exit 0)', async () => {
    const result = await cli({ '.maturity.yml': customPolicy('walk'), 'README.md': '# x\n\n## Usage\n' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain('PASSED — level walk reached, target walk')
    expect(result.stdout).toMatch(/FAIL {12}stable-team — no attestation in the policy/)
  })

  it('fails below target and names the practices that do not hold (exit 1)', async () => {
    const result = await cli({ '.maturity.yml': customPolicy('walk'), 'README.md': '# x\n' })
    expect(result.code).toBe(EXIT.failed)
    expect(result.stdout).toContain(
      'FAILED — level crawl reached, target walk: readme-has-usage does not hold'
    )
  })

  it('a failing command fails its practice, with the exit code', async () => {
    const policy = customPolicy('walk').replace("'test -f README.md && echo ok'", "'echo broken >&2; exit 3'")
    const result = await cli({ '.maturity.yml': policy, 'README.md': '## Usage\n' }, [
      '--format',
      'json',
      '--output',
      'out.json'
    ])
    expect(result.code).toBe(EXIT.failed)
    const report = JSON.parse(result.written) as Report
    const lint = report.findings.find(f => f.practice === 'lint-passes')
    expect(lint).toMatchObject({ status: 'fail', strength: 'run', messageId: 'failed' })
    expect(lint?.evidence[0]).toMatchObject({
      kind: 'command',
      exitCode: 3,
      output: 'broken\n',
      timedOut: false
    })
  })

  it('an attestation makes the top level hold', async () => {
    const attested = customPolicy(
      'run',
      "attestations:\n  - { practice: stable-team, by: '@team', expires: 2099-01-01 }\n"
    )
    const result = await cli({ '.maturity.yml': attested, 'README.md': '## Usage\n' })
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toMatch(
      /pass {12}stable-team \[attested\] — attested by @team until 2099-01-01 \(\.maturity\.yml:12\)/
    )
  })

  it('a waiver lets a failing practice count, shown as waived with its reason', async () => {
    const waived = customPolicy(
      'walk',
      'waivers:\n  - { practice: readme-has-usage, reason: docs rewrite, expires: 2099-01-01 }\n'
    )
    const result = await cli({ '.maturity.yml': waived, 'README.md': '# x\n' })
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain(
      'waived          readme-has-usage [definition] — waived until 2099-01-01: docs rewrite'
    )
  })

  it('advise mode reports a failure but exits 0', async () => {
    const result = await cli({
      '.maturity.yml': customPolicy('run').replace('target: run', 'target: run\nmode: advise')
    })
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain('FAILED (advisory, exit 0) — level none reached')
  })

  it('prints every policy error with its position and exits 2', async () => {
    const result = await cli({
      '.maturity.yml': `version: 1
model: cdmm
target: intermediat
practices:
  unit-tests:
    min-test: 3
max-waiver-days: 30
waivers:
  - practice: security-tests
    reason: scanner licence
    expires: 2099-06-30
`
    })
    expect(result.code).toBe(EXIT.invalid)
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toBe('maturity-gate: the policy is invalid')
    expect(lines.slice(1).map(line => line.split(': ')[0])).toEqual([
      '.maturity.yml:3:9',
      '.maturity.yml:6:5',
      '.maturity.yml:11:14'
    ])
  })

  it('exits 2 when the policy file is missing', async () => {
    const result = await cli({ 'README.md': '' })
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stderr).toContain('.maturity.yml:1:1: policy file not found')
  })

  it('writes the JSON report with the documented shape and stable ordering', async () => {
    const result = await cli({ '.maturity.yml': customPolicy('walk'), 'README.md': '## Usage\n' }, [
      '--format',
      'json',
      '--output',
      'out.json'
    ])
    const report = JSON.parse(result.written) as Report
    expect(Object.keys(report)).toEqual([
      'version',
      'model',
      'target',
      'level',
      'levelIndex',
      'levels',
      'passed',
      'mode',
      'reason',
      'profile',
      'targets',
      'findings',
      'disabled',
      'expiries',
      'warnings',
      'regressions',
      'policyChanges',
      'base',
      'gaps',
      'pipeline',
      'policy',
      'evidence'
    ])
    expect(report).toMatchObject({ version: 1, model: 'custom', level: 'walk', levelIndex: 1, passed: true })
    expect(report.profile).toEqual({ delivery: 'run', culture: 'walk' })
    expect(report.findings.map(f => f.practice)).toEqual([
      'has-readme',
      'lint-passes',
      'readme-has-usage',
      'stable-team'
    ])
    expect(Object.keys(defined(report.findings[0], 'a finding'))).toEqual([
      'practice',
      'title',
      'level',
      'category',
      'status',
      'strength',
      'messageId',
      'message',
      'evidence',
      'locations',
      'remediation'
    ])
  })

  it.each([
    ['markdown', /^## .*Maturity gate/m],
    ['sarif', /"version": "2\.1\.0"/]
  ])('--format %s renders the same report as %s', async (format, pattern) => {
    const result = await cli({ '.maturity.yml': customPolicy('walk'), 'README.md': '## Usage\n' }, [
      '--format',
      format
    ])
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toMatch(pattern)
  })

  it('colours the text report only for a terminal without NO_COLOR', async () => {
    const repo = await tempRepo({ '.maturity.yml': customPolicy('walk'), 'README.md': '## Usage\n' })
    const outputs: string[] = []
    for (const noColor of [false, true]) {
      let stdout = ''
      await runCli(['check', repo.root], {
        stdout: text => (stdout += text),
        stderr: () => undefined,
        cwd: repo.root,
        isTTY: true,
        noColor
      })
      outputs.push(stdout)
    }
    await repo.remove()
    expect(outputs[0]).toContain('\u001b[')
    expect(outputs[1]).not.toContain('\u001b[')
  })

  it.each([
    [['check', '.', '--format', 'xml'], "--format is 'xml'; expected one of: text, json, markdown, sarif"],
    [['check', '.', '--bogus'], "Unknown option '--bogus'"],
    [['lint'], "unknown command 'lint'; expected check, init, explain, history, dora, audit"],
    [[], 'no command given; expected check']
  ])('usage error %j exits 2 with the usage', async (argv, message) => {
    let stderr = ''
    const code = await runCli(argv, {
      stdout: () => undefined,
      stderr: text => (stderr += text),
      cwd: process.cwd()
    })
    expect(code).toBe(EXIT.invalid)
    expect(stderr).toContain(message)
    expect(stderr).toContain('Usage: maturity-gate check [dir]')
  })

  it('the synopsis names every option the parser accepts', async () => {
    let stdout = ''
    await runCli(['--help'], { stdout: text => (stdout += text), stderr: () => undefined, cwd: '.' })
    for (const flag of [
      'init',
      'explain',
      '--policy',
      '--base',
      '--repo',
      '--format',
      '--output',
      '--model',
      '--force',
      '--version',
      '--help'
    ])
      expect(stdout.split('\n').slice(0, 2).join(' ')).toContain(flag)
  })
})
