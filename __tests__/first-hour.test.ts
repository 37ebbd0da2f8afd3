import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { tempRepo } from './helpers/temp-repo.js'
import { SCRATCH_CI as CI, SCRATCH_POLICY as POLICY } from './helpers/scratch-repo.js'
import { runnerEnv } from './helpers/spawn.js'

/**
 * What a new user sees from the CLI bundle (issue 19 items 2 and 10, robustness D1, D4, D7, D11, D14, D15, D17,
 * D18): broken workflows are no evidence, the header says what was read, and every message says what to fix.
 */

const cli = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')

async function check(files: Record<string, string>, args: string[] = [], env: Record<string, string> = {}) {
  const repo = await tempRepo(files)
  try {
    const result = spawnSync(process.execPath, [cli, 'check', '.', ...args], {
      cwd: repo.root,
      env: runnerEnv(env),
      encoding: 'utf8'
    })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  } finally {
    await repo.remove()
  }
}

const policyErrors = async (policy: string) => {
  const result = await check({ '.maturity.yml': policy, '.github/workflows/ci.yml': CI })
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  return result.stderr
}

describe('what was read (item 2, D1)', () => {
  it('the header names the workflow files read', async () => {
    const result = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': CI })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[1]).toContain('· 1 workflow file read ·')
    const markdown = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': CI }, [
      '--format',
      'markdown'
    ])
    expect(markdown.stdout).toContain('<sub>1 workflow file read · offline (workflow files only).</sub>')
  })

  it('no workflows at all is a warning placed first, not a silent "level none"', async () => {
    const result = await check({ '.maturity.yml': POLICY })
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(1, 3)).toEqual([
      'model cdmm · target base · mode enforce · policy .maturity.yml · 0 workflow files read · offline (workflow files only)',
      'warning: no workflows under .github/workflows — is this the repository root?'
    ])
  })

  it('a workflow that is not valid YAML is no evidence: the gate fails and the error is on its line, first', async () => {
    const broken =
      'name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [ { run: npm ci && npm run build && npm test }\n'
    const result = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': broken })
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[2]).toBe(
      'warning: .github/workflows/ci.yml:7: invalid YAML, so GitHub cannot run this workflow and none of it counts as evidence: a `[` list is not closed with `]` (or a line of it is not indented enough)'
    )
    expect(result.stdout).toMatch(/FAIL +ci-on-change/)
    expect(result.stdout).not.toMatch(/pass +unit-tests/)
  })

  it('a job defined twice is no evidence either, and both lines are named', async () => {
    const twice = `${CI}  test:\n    runs-on: ubuntu-latest\n    steps: [{run: echo x}]\n`
    const result = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': twice })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      "warning: .github/workflows/ci.yml:10: invalid YAML, so GitHub cannot run this workflow and none of it counts as evidence: duplicate key 'test' on lines 4 and 10; keep one"
    )
  })
})

describe('policy messages (item 10, D4, D7, D14, D15)', () => {
  it('a duplicate key names the key and both lines, with the line and a caret', async () => {
    expect(await policyErrors(`${POLICY}target: beginner\n`)).toBe(
      "maturity-gate: the policy is invalid\n.maturity.yml:4:1: duplicate key 'target' on lines 3 and 4; keep one\n    target: beginner\n    ^\n"
    )
  })

  it("YAML's own wording becomes the user's, with the offending line and a caret", async () => {
    expect(await policyErrors(`${POLICY}practices:\n\tunit-tests: {}\n`)).toContain(
      '.maturity.yml:5:1: a tab is used for indentation; YAML allows only spaces\n     unit-tests: {}\n    ^\n'
    )
  })

  it('an enum value gets "did you mean"', async () => {
    expect(await policyErrors('version: 1\nmodel: cdmm\ntarget: intermediat\n')).toContain(
      `.maturity.yml:3:9: target: value not allowed (did you mean 'intermediate'?) (found "intermediat")`
    )
  })

  it('an mlops practice in a cdmm policy names the model it belongs to', async () => {
    expect(await policyErrors(`${POLICY}practices:\n  model-validation: { level: base }\n`)).toContain(
      ".maturity.yml:5:3: practices.model-validation: 'model-validation' is a practice of the mlops model, not of cdmm; use `model: mlops`"
    )
  })

  it('keys carrying workflow commands stay inside their one line (D4)', async () => {
    const stderr = await policyErrors(
      `${POLICY}"x\\n::error::INJECTED-key": 1\npractices:\n  "p\\n::error::INJECTED-practice": { level: base, category: build-deploy, check: files }\n`
    )
    expect(stderr).toContain('INJECTED-key')
    expect(stderr).toContain('INJECTED-practice')
    expect(stderr).not.toMatch(/^::/m)
  })

  it('50,000 unknown keys are positioned in linear time and printed up to 100 (D7)', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `unknown_key_${i + 1}: ${i}`).join('\n')
    const stderr = await policyErrors(`${POLICY}${keys}\n`)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(102)
    expect(lines[1]).toMatch(/^\.maturity\.yml:4:1: unknown_key_1: unknown key 'unknown_key_1'/)
    expect(lines[100]).toMatch(/^\.maturity\.yml:103:1: unknown_key_100: /)
    expect(lines[101]).toBe('… and 49900 more errors')
  })

  it.each([
    [
      'an alias with no anchor',
      'version: 1\nmodel: cdmm\ntarget: *nope\n',
      '.maturity.yml:3:9: alias *nope names no anchor &nope defined before it'
    ],
    ['a number as a key', `${POLICY}42: answer\n`, ".maturity.yml:4:1: 42: unknown key '42'"],
    [
      'a list as a key',
      `${POLICY}? [a, b]\n: 1\n`,
      '.maturity.yml:4:3: a key must be a name, not a list or mapping'
    ],
    [
      'block nesting beyond any policy',
      `${POLICY}${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}\n`,
      '.maturity.yml:68:65: nested more than 64 levels deep; a policy needs a handful'
    ],
    [
      'flow nesting beyond any policy',
      `${POLICY}x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      '.maturity.yml:4:67: nested more than 64 levels deep; a policy needs a handful'
    ],
    [
      'a date that does not exist (D15)',
      `${POLICY}waivers:\n  - { practice: unit-tests, reason: x, expires: 2099-02-30 }\n`,
      '.maturity.yml:5:49: waivers[0].expires: not a calendar date (found "2099-02-30")'
    ],
    [
      '__proto__ under practices (D15)',
      `${POLICY}practices: { __proto__: { bogus: 1 } }\n`,
      ".maturity.yml:4:14: unknown key '__proto__'"
    ]
  ])('%s is reported on its own line (D14)', async (_what, policy, says) => {
    const stderr = await policyErrors(policy)
    expect(stderr).toContain(`\n${says}`)
    expect(stderr).not.toContain('(node:')
    expect(stderr).not.toMatch(/^ {4}at /m)
  })
})

describe('the text report (item 10, D17)', () => {
  it('status words are full words, and advise mode says the failure is advisory', async () => {
    const result = await check({ '.maturity.yml': `${POLICY}mode: advise\n` })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^maturity-gate: FAILED \(advisory, exit 0\) — level none reached/)
    expect(result.stdout).toMatch(/^ {2}FAIL {12}ci-on-change/m)
    expect(result.stdout).toMatch(/^ {2}unknown {9}protected-default-branch/m)
    expect(result.stdout).toMatch(/^ {2}not applicable {2}/m)
    expect(result.stdout).not.toMatch(/\?\?\?|\bn\/a\b|\bwvd\b/)
  })

  it('bidirectional controls in a job name are not printed (D17)', async () => {
    const named = CI.replace('    runs-on:', '    name: "build \u202etset\u2066 x"\n    runs-on:')
    const result = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': named })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('build  tset  x')
    expect(result.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })
})

describe('the job summary (D11)', () => {
  it('a URL in a job name is shown, never linked', async () => {
    const named = CI.replace(
      '    runs-on:',
      '    name: "![i](https://evil.example/x.png) www.evil.example"\n    runs-on:'
    )
    const result = await check({ '.maturity.yml': POLICY, '.github/workflows/ci.yml': named }, [
      '--format',
      'markdown'
    ])
    expect(result.stdout).toContain('https:/&#8203;/evil.example/x.png')
    expect(result.stdout).toContain('www&#8203;.evil.example')
    // Code spans and the Mermaid block are never autolinked; everywhere else the URL must be broken.
    const linkable = result.stdout.replace(/```mermaid[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    expect(linkable).not.toMatch(/https:\/\/evil|www\.evil/)
  })
})

describe('the GitHub API unreachable (D18)', () => {
  it('a refused connection says so, with no HTTP status and no retries', async () => {
    const result = await check(
      { '.maturity.yml': POLICY, '.github/workflows/ci.yml': CI },
      ['--repo', 'a/b', '--format', 'json'],
      {
        GITHUB_TOKEN: 'x',
        GITHUB_API_URL: 'http://127.0.0.1:1'
      }
    )
    const report = JSON.parse(result.stdout) as { gaps: Array<{ reason: string; status?: number }> }
    expect(report.gaps.length).toBeGreaterThan(0)
    for (const gap of report.gaps) {
      expect(gap.status).toBeUndefined()
      expect(gap.reason).toMatch(/^request failed: /)
      expect(gap.reason).not.toMatch(/answered|gave up after/)
    }
  })
})

describe('required practices first (item 10)', () => {
  it('above the target, the practices a category target requires are listed before the rest of their level', async () => {
    const policy = `${POLICY}targets:\n  test-verification: beginner\n`
    const result = await check({ '.maturity.yml': policy, '.github/workflows/ci.yml': CI })
    const beginner = result.stdout.split('\n\n').find(block => block.startsWith('beginner')) ?? ''
    const practices = [...beginner.matchAll(/^ {2}\S+ +(\S+)/gm)].map(m => m[1])
    // The test-verification practices of beginner, which its category target requires.
    expect(practices.slice(0, 2).sort()).toEqual(['integration-tests', 'test-environment'])
    expect(practices.length).toBeGreaterThan(2)
  })
})
