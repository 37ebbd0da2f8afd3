import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/command.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/**
 * The sixth golden case of issue 8: an invalid policy. Nothing is evaluated; every error is reported at once
 * with its position — as the CLI's stderr and as the action's error annotations on the policy lines.
 */

const fixture = path.join(import.meta.dirname, '../fixtures/report/policy-error')
const bundle = path.join(import.meta.dirname, '../../dist/index.js')

async function golden(name: string, actual: string): Promise<void> {
  const file = path.join(fixture, name)
  if (process.env.UPDATE_GOLDEN === '1') await writeFile(file, actual)
  expect(actual).toBe(await readFile(file, 'utf8'))
}

describe('an invalid policy', () => {
  it('CLI: every error with file, line, column, key, value and allowed values; exit 2', async () => {
    let stderr = ''
    const code = await runCli(['check', fixture], {
      stdout: () => undefined,
      stderr: text => (stderr += text),
      cwd: fixture
    })
    expect(code).toBe(2)
    await golden('stderr.txt', stderr)
  })

  it('action: one error annotation per problem on its policy line, and a failed step', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mg-policy-error-'))
    await copyFile(path.join(fixture, '.maturity.yml'), path.join(dir, '.maturity.yml'))
    await writeFile(path.join(dir, 'outputs'), '')
    const result = await spawnNode([bundle], {
      cwd: dir,
      env: runnerEnv({ GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: path.join(dir, 'outputs'), INPUT_TOKEN: '' })
    })
    await rm(dir, { recursive: true, force: true })
    expect(result.code).toBe(1)
    const annotations = result.stdout.split('\n').filter(line => line.startsWith('::error'))
    await golden('annotations.txt', `${annotations.join('\n')}\n`)
  })
})
