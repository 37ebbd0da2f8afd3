import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempRepo } from './helpers/temp-repo.js'
import { SCRATCH_CI as CI, SCRATCH_POLICY as POLICY } from './helpers/scratch-repo.js'
import { runnerEnv } from './helpers/spawn.js'

/**
 * Ordinary mistakes on the command line and in the environment (issue 19 item 1, robustness D5): each is one
 * line, `maturity-gate: <what> (<path>)`, and exit 2 — never a stack trace, never 1 (which means "gate failed").
 */

const cliBundle = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
const actionBundle = path.join(import.meta.dirname, '..', 'dist', 'index.js')

let root: string
let remove: () => Promise<void>

beforeAll(async () => {
  ;({ root, remove } = await tempRepo({
    '.maturity.yml': POLICY,
    '.github/workflows/ci.yml': CI,
    'package.json': '{}\n',
    'outside/policy.yml': POLICY
  }))
  mkdirSync(path.join(root, 'out'))
})
afterAll(() => remove())

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(bundle: string, args: string[], env: Record<string, string> = {}, cwd = root): Run {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    env: runnerEnv(env),
    encoding: 'utf8'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const NO_STACK = /^ {4}at /m

describe('the CLI on a mistake', () => {
  const cases: { mistake: string; args: string[]; env?: Record<string, string>; says: string }[] = [
    {
      mistake: 'check on a directory that does not exist',
      args: ['check', 'does-not-exist'],
      says: 'maturity-gate: the repository directory does not exist (<root>/does-not-exist)'
    },
    {
      mistake: 'check on a file',
      args: ['check', 'package.json'],
      says: 'maturity-gate: the repository root is a file, not a directory (<root>/package.json)'
    },
    {
      mistake: 'explain in a directory that does not exist',
      args: ['explain', 'unit-tests', 'nope'],
      says: 'maturity-gate: the repository directory does not exist (<root>/nope)'
    },
    {
      mistake: 'init on a file',
      args: ['init', 'package.json'],
      says: 'maturity-gate: the repository root is a file, not a directory (<root>/package.json)'
    },
    {
      mistake: '--output naming a directory',
      args: ['check', '.', '--output', 'out'],
      says: 'maturity-gate: cannot write the report to --output: it is a directory (<root>/out)'
    },
    {
      mistake: '--output under a file',
      args: ['check', '.', '--output', 'package.json/report.txt'],
      says: 'maturity-gate: cannot write the report to --output: a folder on its path is a file (<root>/package.json/report.txt)'
    },
    {
      mistake: '--output on a full device',
      args: ['check', '.', '--output', '/dev/full'],
      says: 'maturity-gate: cannot write the report to --output: no space left on the device (/dev/full)'
    },
    {
      mistake: 'a token with a GITHUB_API_URL that is not a URL',
      args: ['check', '.', '--repo', 'a/b'],
      env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: 'not a url' },
      says: 'maturity-gate: GITHUB_API_URL is not a URL (not a url)'
    }
  ]

  it.each(cases)('$mistake: one line and exit 2', ({ args, env, says }) => {
    const result = run(cliBundle, args, env)
    expect(result.stderr).not.toMatch(NO_STACK)
    expect(result.stderr).toBe(`${says.replace('<root>', root)}\n`)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(2)
  })

  it('--base naming no commit is a usage error, not a report without a comparison', () => {
    const result = run(cliBundle, ['check', '.', '--base', 'no-such-branch'])
    expect(result.stderr).toMatch(
      /^maturity-gate: --base names no commit this repository can read: .*\(no-such-branch\)\n$/
    )
    expect(result.stdout).toBe('')
    expect(result.status).toBe(2)
  })

  it('a policy outside the repository names where it resolves and how to share a policy', () => {
    const result = run(cliBundle, ['check', 'outside/..', '--policy', '../../etc/passwd'])
    expect(result.stderr).toBe(
      'maturity-gate: the policy is invalid\n' +
        `../../etc/passwd:1:1: the policy file resolves to ${path.resolve(root, '../../etc/passwd')}, outside the repository ${root}; ` +
        'the policy must be a file of the repository it judges — to share one policy across repositories, extend ' +
        'it: `extends: [github>OWNER/REPO:PATH@REF]` (docs/policy.md#extends-a-shared-policy)\n'
    )
    expect(result.status).toBe(2)
    symlinkSync(path.join(root, 'outside/policy.yml'), path.join(root, 'outside/link.yml'))
    const linked = run(cliBundle, ['check', 'outside/..', '--policy', 'outside/link.yml'])
    expect(linked.status).toBe(0)
    const inner = run(
      cliBundle,
      ['check', path.join(root, 'outside'), '--policy', '../.maturity.yml'],
      {},
      '/'
    )
    expect(inner.stderr).toContain(
      `the policy file resolves to ${path.join(root, '.maturity.yml')}, outside the repository ${path.join(root, 'outside')}`
    )
  })

  it('a workflow file the gate is not allowed to read: one line naming it, exit 2', () => {
    const workflow = path.join(root, '.github/workflows/locked.yml')
    writeFileSync(workflow, CI)
    chmodSync(workflow, 0o000)
    try {
      // Root reads any file; the bundle then runs as an unprivileged user, as it would on a runner.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
      chmodSync(root, 0o755)
      const result = spawnSync(process.execPath, [cliBundle, 'check', root], {
        cwd: '/',
        env: runnerEnv({}),
        encoding: 'utf8',
        ...asUser
      })
      expect(result.stderr).toBe(
        `maturity-gate: .github/workflows/locked.yml cannot be read: permission denied (${workflow})\n`
      )
      expect(result.status).toBe(2)
    } finally {
      chmodSync(workflow, 0o644)
    }
  })
})

describe('the action on a broken event payload (D5)', () => {
  it.each([
    [
      'random bytes',
      (dir: string) => {
        writeFileSync(path.join(dir, 'event.json'), Buffer.from([0xde, 0xad, 0xbe, 0xef]))
      }
    ],
    [
      'a directory',
      (dir: string) => {
        mkdirSync(path.join(dir, 'event.json'))
      }
    ]
  ])('%s: the step fails with the reason as one ::error:: line', async (_what, make) => {
    const dir = await tempRepo({})
    try {
      make(dir.root)
      const result = run(
        actionBundle,
        [],
        {
          GITHUB_WORKSPACE: root,
          GITHUB_EVENT_PATH: path.join(dir.root, 'event.json'),
          GITHUB_REPOSITORY: 'octo/shop',
          GITHUB_API_URL: 'http://127.0.0.1:9',
          INPUT_TOKEN: 'x'
        },
        root
      )
      expect(result.stderr).not.toMatch(NO_STACK)
      expect(result.stdout).toMatch(
        /^::error::maturity-gate: the event payload GITHUB_EVENT_PATH (is not a JSON object|cannot be read: EISDIR: [^(]*?) \(.*event\.json\)$/m
      )
      expect(result.stdout).not.toMatch(NO_STACK)
      expect(result.status).toBe(1)
    } finally {
      await dir.remove()
    }
  })
})
