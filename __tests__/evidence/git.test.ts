import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { openBaseCommit, unchangedCommittedFiles } from '../../src/evidence/git.js'
import type { BaseCommit, BaseCommitResult } from '../../src/evidence/git.js'
import { cloneRepo, gitRepo } from '../helpers/git-repo.js'
import type { GitRepo } from '../helpers/git-repo.js'

const BASE_CI = 'on: push\njobs:\n  e2e: { runs-on: ubuntu-latest, steps: [{ run: npx playwright test }] }\n'
const HEAD_CI = 'on: push\njobs:\n  build: { runs-on: ubuntu-latest, steps: [{ run: make }] }\n'
const POLICY = 'version: 1\nmodel: cdmm\ntarget: beginner\n'

function expectOk(result: BaseCommitResult): BaseCommit {
  if (!result.ok) throw new Error(`expected the base to open: ${result.reason}`)
  return result
}

const repos: GitRepo[] = []
const track = (repo: GitRepo) => {
  repos.push(repo)
  return repo
}
afterAll(() => {
  repos.forEach(repo => {
    repo.remove()
  })
})

/** main: base commit, then head commit (workflow replaced, policy unchanged, a file deleted). */
let origin: GitRepo
let baseSha: string
let headSha: string
beforeAll(() => {
  origin = track(gitRepo())
  baseSha = origin.commit({
    '.github/workflows/ci.yml': BASE_CI,
    '.github/actions/setup/action.yml': 'runs: { using: composite, steps: [] }\n',
    '.maturity.yml': POLICY,
    'package.json': '{"scripts":{"test":"jest"}}\n',
    'app/package.json': '{"scripts":{"e2e":"playwright test"}}\n',
    'docs/guide.md': '# guide\n',
    'reports/junit.xml': '<testsuite tests="1"/>\n',
    'node_modules/x/package.json': '{}\n',
    'sub/Makefile': 'test:\n\tgo test ./...\n'
  })
  headSha = origin.commit({ '.github/workflows/ci.yml': HEAD_CI, 'docs/guide.md': null })
})

describe('reading the base commit', () => {
  it('lists every file of the base, sorted, node_modules left out', async () => {
    const base = expectOk(await openBaseCommit(origin.root, baseSha))
    expect(base.sha).toBe(baseSha)
    expect(base.workspace.root).toBe(origin.root)
    expect(base.workspace.files).toEqual([
      '.github/actions/setup/action.yml',
      '.github/workflows/ci.yml',
      '.maturity.yml',
      'app/package.json',
      'docs/guide.md',
      'package.json',
      'reports/junit.xml',
      'sub/Makefile'
    ])
  })

  it.each([
    // [file, options, text read synchronously from the base workspace]
    ['.github/workflows/ci.yml', {}, BASE_CI],
    ['.github/actions/setup/action.yml', {}, 'runs: { using: composite, steps: [] }\n'],
    ['package.json', {}, '{"scripts":{"test":"jest"}}\n'],
    ['app/package.json', {}, '{"scripts":{"e2e":"playwright test"}}\n'],
    ['sub/Makefile', {}, 'test:\n\tgo test ./...\n'],
    ['.maturity.yml', { policyPath: '.maturity.yml' }, POLICY],
    ['.maturity.yml', {}, undefined],
    ['docs/guide.md', {}, undefined],
    ['docs/guide.md', { prefetch: ['docs/**'] }, '# guide\n'],
    ['reports/junit.xml', { prefetch: ['**/*.xml'] }, '<testsuite tests="1"/>\n'],
    ['missing.txt', { prefetch: ['**'] }, undefined]
  ])('read(%s) with %j', async (file, options, expected) => {
    const base = expectOk(await openBaseCommit(origin.root, baseSha, options))
    expect(base.workspace.read(file)).toBe(expected)
  })

  it.each([
    ['docs/guide.md', '# guide\n'],
    ['.github/workflows/ci.yml', BASE_CI],
    ['nothing/here.md', undefined],
    ['../etc/passwd', undefined],
    ['/etc/passwd', undefined],
    ['docs/../package.json', undefined],
    ['./package.json', undefined]
  ])(
    'readFile(%s) reads any base file on demand, refusing paths that leave the root',
    async (file, expected) => {
      const base = expectOk(await openBaseCommit(origin.root, baseSha))
      expect(await base.readFile(file)).toBe(expected)
    }
  )

  it('names revisions as git does (HEAD~1, a branch) and resolves them to the sha', async () => {
    expect(expectOk(await openBaseCommit(origin.root, 'HEAD~1')).sha).toBe(baseSha)
    expect(expectOk(await openBaseCommit(origin.root, 'main')).sha).toBe(headSha)
  })

  it('is rooted at a subdirectory when the checkout root is one', async () => {
    const base = expectOk(await openBaseCommit(`${origin.root}/sub`, baseSha))
    expect(base.workspace.files).toEqual(['Makefile'])
    expect(base.workspace.read('Makefile')).toBe('test:\n\tgo test ./...\n')
  })
})

describe('a base the clone lacks', () => {
  it('is fetched with depth 1 into a shallow clone', async () => {
    const shallow = track(cloneRepo(origin, '--depth=1'))
    expect(() => shallow.git('cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    const base = expectOk(await openBaseCommit(shallow.root, baseSha))
    expect(base.workspace.read('.github/workflows/ci.yml')).toBe(BASE_CI)
    expect(shallow.git('cat-file', '-t', baseSha)).toBe('commit')
  })

  it('fetches a branch the single-branch clone did not', async () => {
    origin.git('branch', 'release', baseSha)
    const shallow = track(cloneRepo(origin, '--depth=1'))
    expect(expectOk(await openBaseCommit(shallow.root, 'release')).sha).toBe(baseSha)
  })

  it.each([
    [
      'an unreachable sha',
      'deadbeef'.repeat(5),
      ['deadbeef'.repeat(5), 'git fetch --no-tags --depth=1 origin']
    ],
    ['an unknown branch', 'no-such-branch', ['no-such-branch', 'failed']],
    ['the all-zero sha of a new branch', '0'.repeat(40), ['all-zero']],
    ['an option in place of a ref', '--upload-pack=touch', ['refusing base ref']],
    ['a ref with a space', 'main extra', ['refusing base ref']]
  ])('%s gives a reason, never an exception', async (_name, ref, words) => {
    const shallow = track(cloneRepo(origin, '--depth=1'))
    const result = await openBaseCommit(shallow.root, ref)
    expect(result.ok).toBe(false)
    for (const word of words) expect(result.ok ? '' : result.reason).toContain(word)
  })

  it('says so when the directory is not a git repository', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-not-git-'))
    const result = await openBaseCommit(dir, baseSha)
    rmSync(dir, { recursive: true })
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('not a git repository') })
  })
})

describe('--base auto', () => {
  it("is the merge-base of HEAD with the remote's default branch", async () => {
    const clone = track(cloneRepo(origin))
    clone.git('checkout', '-q', '-b', 'feature', baseSha)
    clone.commit({ 'feature.txt': 'new\n' })
    expect(expectOk(await openBaseCommit(clone.root, 'auto')).sha).toBe(baseSha)
  })

  it('falls back to a local main branch without a remote', async () => {
    const local = track(gitRepo())
    const fork = local.commit({ 'a.txt': 'a\n' })
    local.git('checkout', '-q', '-b', 'feature')
    local.commit({ 'b.txt': 'b\n' })
    expect(expectOk(await openBaseCommit(local.root, 'auto')).sha).toBe(fork)
  })

  it('gives a reason when there is no default branch', async () => {
    const local = track(gitRepo())
    local.git('checkout', '-q', '-b', 'trunk')
    local.commit({ 'a.txt': 'a\n' })
    const result = await openBaseCommit(local.root, 'auto')
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('no default branch found') })
  })
})

describe('unchangedCommittedFiles', () => {
  it('is what HEAD holds and the checkout has not changed: not modified, staged, new or deleted files', async () => {
    const repo = track(gitRepo())
    repo.commit({
      'a/TEST-1.xml': '<testsuite/>\n',
      'b/TEST-2.xml': '<testsuite/>\n',
      'c/keep.txt': 'k\n',
      'd/name with space.xml': '<testsuite/>\n',
      'e/staged.xml': '<testsuite/>\n'
    })
    writeFileSync(path.join(repo.root, 'b/TEST-2.xml'), '<testsuite tests="1"/>\n')
    rmSync(path.join(repo.root, 'c/keep.txt'))
    writeFileSync(path.join(repo.root, 'e/staged.xml'), '<testsuite tests="2"/>\n')
    repo.git('add', 'e/staged.xml')
    writeFileSync(path.join(repo.root, 'untracked.xml'), '<testsuite/>\n')
    writeFileSync(path.join(repo.root, 'added.xml'), '<testsuite/>\n')
    repo.git('add', 'added.xml')
    expect(await unchangedCommittedFiles(repo.root)).toEqual(
      new Set(['a/TEST-1.xml', 'd/name with space.xml'])
    )
  })

  it('says nothing for a folder inside a repository, a repository without a commit, or no repository', async () => {
    const repo = track(gitRepo())
    repo.commit({ 'examples/app/reports/junit.xml': '<testsuite/>\n' })
    expect(await unchangedCommittedFiles(path.join(repo.root, 'examples/app'))).toBeUndefined()
    expect(await unchangedCommittedFiles(track(gitRepo()).root)).toBeUndefined()
    const plain = mkdtempSync(path.join(os.tmpdir(), 'mg-plain-'))
    try {
      expect(await unchangedCommittedFiles(plain)).toBeUndefined()
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })
})
