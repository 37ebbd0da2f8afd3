import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { readJson } from './helpers/read-json.js'

const repoRoot = path.resolve(import.meta.dirname, '..')
const actionBundle = path.join(repoRoot, 'dist/index.js')
const cliBundle = path.join(repoRoot, 'dist/cli/index.js')

const POLICY = `version: 1
model: custom
levels: [one]
categories: [docs]
target: one
practices:
  policy-exists: { level: one, category: docs, check: files, files: [.maturity.yml] }
`

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter ... delimiter`). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string
  return outputs
}

describe('dist/index.js started as the runner starts it', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mg-bundle-'))
    await writeFile(path.join(dir, 'outputs'), '')
    await writeFile(path.join(dir, 'summary.md'), '')
    await writeFile(path.join(dir, '.maturity.yml'), POLICY)
  })
  afterEach(async () => rm(dir, { recursive: true, force: true }))

  it('writes outputs, the summary and the report, and exits 0', async () => {
    const result = await spawnNode([actionBundle], {
      cwd: dir,
      env: runnerEnv({
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: path.join(dir, 'outputs'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
        'INPUT_REPORT-PATH': 'maturity-report.json',
        INPUT_POLICY: '.maturity.yml'
      })
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const outputs = parseOutputFile(await readFile(path.join(dir, 'outputs'), 'utf8'))
    expect(outputs).toMatchObject({
      level: 'one',
      'level-index': '0',
      target: 'one',
      passed: 'true',
      regressions: '0'
    })
    expect(outputs['report-path']).toBe(path.join(dir, 'maturity-report.json'))
    const report = readJson(path.join(dir, 'maturity-report.json')) as Report
    expect(report.version).toBe(1)
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toContain(
      '## ✅ Maturity gate: **one** reached — target **one**'
    )
  })

  it('fails with an ::error:: command and exit 1 when an input is invalid', async () => {
    const result = await spawnNode([actionBundle], {
      cwd: dir,
      env: runnerEnv({
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: path.join(dir, 'outputs'),
        INPUT_MODE: 'sometimes'
      })
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain("::error::Input 'mode' is 'sometimes'")
  })
})

describe('dist/cli/index.js', () => {
  it('prints the report for this repository (what `npm start` runs) and exits 0', async () => {
    const result = await spawnNode([cliBundle, 'check', '.'], { cwd: repoRoot, env: runnerEnv({}) })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^maturity-gate: (PASSED|FAILED) — level \S+ reached, target \S+/)
    expect(result.stdout).toContain('model cdmm')
  })

  it('exits 2 and prints positioned errors for an invalid policy', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mg-cli-'))
    await writeFile(path.join(dir, '.maturity.yml'), 'version: 2\nmodel: cdmm\ntarget: base\n')
    const result = await spawnNode([cliBundle, 'check', dir], { cwd: dir, env: runnerEnv({}) })
    await rm(dir, { recursive: true, force: true })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.maturity.yml:1:10: version: value not allowed (found 2); allowed: 1')
  })

  it('init writes a policy that check then reads (exit 0 both times)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mg-cli-'))
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
    await writeFile(
      path.join(dir, '.github/workflows/ci.yml'),
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
    )
    const init = await spawnNode([cliBundle, 'init'], { cwd: dir, env: runnerEnv({}) })
    const check = await spawnNode([cliBundle, 'check'], { cwd: dir, env: runnerEnv({}) })
    const policy = await readFile(path.join(dir, '.maturity.yml'), 'utf8')
    await rm(dir, { recursive: true, force: true })
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('needs: [test]')
    expect(policy).toContain('model: cdmm')
    expect(check.code).toBe(0)
  })

  it('explains a practice: what passes it, and what it matched in the repository and why', async () => {
    const result = await spawnNode([cliBundle, 'explain', 'unit-tests', 'examples/node-web-service'], {
      cwd: repoRoot,
      env: runnerEnv({})
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('#### What passes')
    expect(result.stdout).toContain('via: npm test → package.json scripts.test')
  })

  it('exits 2 with the usage on an unknown command', async () => {
    const result = await spawnNode([cliBundle, 'frobnicate'], { cwd: repoRoot, env: runnerEnv({}) })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("unknown command 'frobnicate'")
    expect(result.stderr).toContain('Usage: maturity-gate check')
  })
})
