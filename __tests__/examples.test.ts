import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, runCli } from '../src/command.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * The example repositories under examples/ are documentation a newcomer runs (README: "Running the gate on
 * the examples"): the CLI must still produce exactly the reports committed beside each one, in both formats.
 * `UPDATE_GOLDEN=1` rewrites them; review the diff before committing. The reports carry no date, clock or
 * absolute path, so they are compared as they are. The README tells newcomers to run the bundle
 * (`node dist/cli/index.js`), so the bundle is run too, exactly as they would.
 */

const ROOT = process.cwd()

const examples: Array<{ name: string; exit: number }> = [
  { name: 'node-web-service', exit: EXIT.passed },
  { name: 'python-ml', exit: EXIT.passed },
  { name: 'library', exit: EXIT.passed }
]

const formats = [
  { format: 'json', file: 'maturity-report.json' },
  { format: 'text', file: 'report.txt' }
]

async function check(
  example: string,
  format: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['check', path.join('examples', example), '--format', format], {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    cwd: ROOT
  })
  return { code, stdout, stderr }
}

describe.each(examples)('examples/$name', ({ name, exit }) => {
  it.each(formats)('produces the committed $file', async ({ format, file }) => {
    const result = await check(name, format)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(exit)
    const golden = path.join(ROOT, 'examples', name, file)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, result.stdout)
    expect(result.stdout).toBe(readFileSync(golden, 'utf8'))
  })

  it('writes nothing machine-specific into the JSON report', async () => {
    const { stdout } = await check(name, 'json')
    expect(stdout).not.toContain(ROOT)
    expect(stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
  })

  it('the bundled CLI a newcomer runs prints the committed report.txt', async () => {
    const result = await spawnNode(['dist/cli/index.js', 'check', path.join('examples', name)], {
      cwd: ROOT,
      env: runnerEnv({})
    })
    expect(result.code).toBe(exit)
    expect(result.stdout).toBe(readFileSync(path.join(ROOT, 'examples', name, 'report.txt'), 'utf8'))
  })
})
