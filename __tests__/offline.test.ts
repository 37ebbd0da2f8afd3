import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * An offline run (no token, or `--offline`) cannot see branch protection. The CLI bundle says so apart from a
 * real shortfall: `unknown (needs the GitHub API)`, a headline naming what only the API can show, and exit 3.
 */

const bundle = path.join(import.meta.dirname, '../dist/cli/index.js')
const EXAMPLE = path.join(import.meta.dirname, '../examples/node-web-service')
const TOKEN = 'ghp_offlineTokenNeverSent0000000000001'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-offline-'))
  await cp(EXAMPLE, dir, { recursive: true })
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** The example's policy at another target: every practice up to advanced holds but protected-default-branch. */
async function target(level: string): Promise<void> {
  const file = path.join(dir, '.maturity.yml')
  await writeFile(file, (await readFile(file, 'utf8')).replace('target: beginner', `target: ${level}`))
}

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnNode([bundle, 'check', dir, ...args], { cwd: dir, env: runnerEnv(env) })
}

describe('an offline run', () => {
  it('short only of what the API can show: the headline says so, exit 3', async () => {
    await target('advanced')
    const result = await cli([])
    expect(result.code).toBe(3)
    expect(result.stdout.split('\n')[0]).toBe(
      'maturity-gate: INCOMPLETE — the pipeline reaches expert except 1 practice only the GitHub API can show (protected-default-branch): run with a token to judge it (level beginner reached, target advanced)'
    )
    expect(result.stdout).toMatch(
      /^ {2}unknown +protected-default-branch — unknown \(needs the GitHub API\): /m
    )
  })

  it('a real shortfall stays a failure (exit 1), whatever the API would show', async () => {
    await target('expert')
    await writeFile(path.join(dir, '.github/workflows/delivery.yml'), '') // no workflow: nothing holds
    const result = await cli([])
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[0]).toMatch(
      /^maturity-gate: FAILED — level none reached, target expert: /
    )
  })

  it('marks it in the JSON report: evidence.needsApi and evidence.onlyApiMissing', async () => {
    await target('advanced')
    const result = await cli(['--format', 'json'])
    const report = JSON.parse(result.stdout) as Report
    expect(report.evidence).toEqual({
      workflows: 1,
      run: false,
      offline: true,
      needsApi: ['protected-default-branch'],
      onlyApiMissing: true
    })
    expect(report.passed).toBe(false)
  })

  it('the job summary heads it with ❔, not a red cross', async () => {
    await target('advanced')
    const result = await cli(['--format', 'markdown'])
    expect(result.stdout).toMatch(/^## ❔ Maturity gate: \*\*beginner\*\* reached — target \*\*advanced\*\*/m)
    expect(result.stdout).toContain(
      'The pipeline reaches expert except 1 practice only the GitHub API can show'
    )
  })

  it('--offline keeps a run with a token offline: no request is sent', async () => {
    const fake = await FakeGitHub.start(TOKEN)
    try {
      await target('advanced')
      const result = await cli(['--offline', '--repo', 'octo/shop'], {
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: fake.url
      })
      expect(result.code).toBe(3)
      expect(fake.count()).toBe(0)
      expect(result.stdout).toContain('offline (workflow files only)')
    } finally {
      await fake.close()
    }
  })

  it('advise mode still exits 0', async () => {
    await target('advanced\nmode: advise')
    const file = path.join(dir, '.maturity.yml')
    await writeFile(file, (await readFile(file, 'utf8')).replace('mode: enforce\n', ''))
    const result = await cli([])
    expect(result.code).toBe(0)
  })
})
