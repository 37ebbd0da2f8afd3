import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { contentFileShape } from './helpers/github-shapes.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { tempRepo } from './helpers/temp-repo.js'

/**
 * `extends:` and `locked:` through the CLI bundle (docs/policy.md#extends-a-shared-policy): what a person sees
 * on the terminal — merged targets, errors placed in the base with the chain that led there, locks — with the
 * remote base served by a GitHub API on 127.0.0.1.
 */

const cliBundle = path.join(import.meta.dirname, '../dist/cli/index.js')
const TOKEN = 'ghp_extendsTokenForTheFakeServer0000001'
const REMOTE = 'github>acme/.github:maturity/base.yml@v1'
const CONTENTS = '/repos/acme/.github/contents/maturity/base.yml'

const ORG_BASE = `version: 1
model: cdmm
target: intermediate
locked: [target, practices.unit-tests]
practices:
  unit-tests: { min-tests: 5 }
`

let fake: FakeGitHub
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})
afterEach(() => fake.close())

async function check(files: Record<string, string>, env: Record<string, string> = {}) {
  const repo = await tempRepo(files)
  try {
    const result = await spawnNode(
      [cliBundle, 'check', repo.root, '--repo', 'acme/shop', '--format', 'json'],
      { cwd: repo.root, env: runnerEnv(env) }
    )
    const report = result.stdout.startsWith('{') ? (JSON.parse(result.stdout) as Report) : undefined
    return { ...result, report }
  } finally {
    await repo.remove()
  }
}

const online = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })
const serveBase = (text: string) =>
  fake.on('GET', CONTENTS, {
    body: contentFileShape({ owner: 'acme', repo: '.github', path: 'maturity/base.yml', ref: 'v1', text })
  })

describe('extends: a local base', () => {
  it('merges the base under the policy: the repository overrides its target, the model comes from the base', async () => {
    const result = await check({
      '.maturity.yml': 'extends: [./policies/base.yml]\ntarget: advanced\n',
      'policies/base.yml': 'version: 1\nmodel: cdmm\ntarget: beginner\n'
    })
    expect(result.stderr).toBe('')
    expect(result.report).toMatchObject({ model: 'cdmm', target: 'advanced' })
  })

  it('an error in the base is placed in the base and names the chain that led there (exit 2)', async () => {
    const result = await check({
      '.maturity.yml': 'version: 1\nextends:\n  - ./policies/team.yml\n',
      'policies/team.yml': 'extends: [./policies/org.yml]\nmode: enforce\n',
      'policies/org.yml': 'model: cdmm\ntarget: intermediat\n'
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `policies/org.yml:2:9: target: value not allowed (did you mean 'intermediate'?) (found "intermediat"); ` +
        'allowed: base, beginner, intermediate, advanced, expert — extended by policies/team.yml line 1, ' +
        'extended by .maturity.yml line 3'
    )
  })

  it('a cycle is an error at the entry that closes it', async () => {
    const result = await check({
      '.maturity.yml': 'version: 1\nmodel: cdmm\ntarget: base\nextends: [./a.yml]\n',
      'a.yml': 'extends: [./.maturity.yml]\n'
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'a.yml:1:11: extends[0]: extends cycle: .maturity.yml → a.yml → .maturity.yml — extended by .maturity.yml line 4'
    )
  })

  it('an entry in neither form says both', async () => {
    const result = await check({
      '.maturity.yml': 'version: 1\nmodel: cdmm\ntarget: base\nextends: [policies/base.yml]\n'
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '.maturity.yml:4:11: extends[0]: an extends entry is github>OWNER/REPO:PATH@REF or ./PATH (found "policies/base.yml"); allowed: github>OWNER/REPO:PATH@REF, ./PATH'
    )
  })
})

describe('extends: a base in another repository, at a ref', () => {
  it('is read through the contents API with the token, at the ref', async () => {
    serveBase(ORG_BASE)
    const result = await check({ '.maturity.yml': `extends: ['${REMOTE}']\ntarget: advanced\n` }, online())
    expect(result.report).toMatchObject({ model: 'cdmm', target: 'advanced' })
    const read = fake.requests.find(request => request.path === CONTENTS)
    expect(read?.query.get('ref')).toBe('v1')
  })

  it('lowering a locked key is an error at the line that lowers it, naming who locked it (exit 2)', async () => {
    serveBase(ORG_BASE)
    const result = await check(
      {
        '.maturity.yml': `extends: ['${REMOTE}']\ntarget: beginner\npractices:\n  unit-tests: { enabled: false }\n`
      },
      online()
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `.maturity.yml:2:9: target: target lowered from intermediate to beginner, but target is locked by ${REMOTE} line 4: a policy extending it may raise a locked value, never lower it`
    )
    expect(result.stderr).toContain(
      `.maturity.yml:4:26: practices.unit-tests.enabled: practice unit-tests disabled, but practices.unit-tests is locked by ${REMOTE} line 4`
    )
  })

  it('raising a locked key is allowed', async () => {
    serveBase(ORG_BASE)
    const result = await check(
      {
        '.maturity.yml': `extends: ['${REMOTE}']\ntarget: expert\npractices:\n  unit-tests: { min-tests: 50 }\n`
      },
      online()
    )
    expect(result.code).not.toBe(2)
    expect(result.report).toMatchObject({ target: 'expert' })
  })

  it('a repository cannot drop a lock by writing its own locked: list (locks accumulate)', async () => {
    serveBase(ORG_BASE)
    const result = await check(
      { '.maturity.yml': `extends: ['${REMOTE}']\nlocked: []\ntarget: base\n` },
      online()
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('target lowered from intermediate to base, but target is locked by')
  })

  it('offline, an unreadable base is an error with its URL and where a cached copy would go', async () => {
    const result = await check({ '.maturity.yml': `extends: ['${REMOTE}']\n` })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `.maturity.yml:1:11: extends[0]: cannot read the base ${REMOTE}: no GitHub token (offline); ` +
        'https://github.com/acme/.github/blob/v1/maturity/base.yml — to run without it, keep a copy at ' +
        '.maturity/cache/acme/.github/v1/maturity/base.yml'
    )
  })

  it('a refused read says the status; a cached copy under .maturity/ is then used and named', async () => {
    fake.on('GET', CONTENTS, { status: 404, body: { message: 'Not Found' } })
    const refused = await check({ '.maturity.yml': `extends: ['${REMOTE}']\n` }, online())
    expect(refused.stderr).toContain(`cannot read the base ${REMOTE}: 404 not found`)
    const cached = await check(
      {
        '.maturity.yml': `extends: ['${REMOTE}']\n`,
        '.maturity/cache/acme/.github/v1/maturity/base.yml': ORG_BASE
      },
      online()
    )
    expect(cached.report?.target).toBe('intermediate')
    expect(cached.report?.warnings).toContainEqual({
      message: `${REMOTE} could not be read (404 not found (no such file at that ref, or the token cannot see that repository?)); the cached copy .maturity/cache/acme/.github/v1/maturity/base.yml was used`,
      location: { file: '.maturity.yml', line: 1, column: 11 },
      title: 'maturity-gate: policy base from cache'
    })
  })
})
