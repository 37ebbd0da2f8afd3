import { describe, it, expect, afterAll } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EXIT, runCli } from '../../src/command.js'
import { builtInModels } from '../../src/models/index.js'
import { WHAT_PASSES_HEADING } from '../../src/practices/docs/what-passes.js'
import { practices } from '../../src/practices/index.js'

const repoRoot = path.join(import.meta.dirname, '../..')
const docs = readFileSync(path.join(repoRoot, 'docs/practices.md'), 'utf8')
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map(dir => rm(dir, { recursive: true, force: true }))))

async function tempDir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mg-explain-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text)
  return dir
}

async function cli(argv: string[], cwd = repoRoot) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: text => (stdout += text), stderr: text => (stderr += text), cwd })
  return { code, stdout, stderr }
}

/** The practice's "What passes" block as docs/practices.md has it: from the heading to the next practice. */
function docsBlock(id: string): string {
  const section = docs.slice(docs.indexOf(`\n### ${id}\n`) + 1)
  const end = section.search(/\n#{2,3} /)
  const text = end < 0 ? section : section.slice(0, end + 1)
  return text.slice(text.indexOf(WHAT_PASSES_HEADING))
}

describe('maturity-gate explain', () => {
  it.each(practices.map(p => [p.meta.id, p] as const))(
    '%s: meaning, the same "What passes" block as docs/practices.md, and its verdict here',
    async (id, practice) => {
      const dir = await tempDir()
      const result = await cli(['explain', id, dir])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(EXIT.passed)
      const placement = builtInModels[practice.meta.model]?.practices.find(p => p.id === id)
      expect(result.stdout).toContain(`${id} — ${practice.meta.title}\n`)
      expect(result.stdout).toContain(
        `model ${practice.meta.model} · level ${placement?.level} · category ${placement?.category}`
      )
      expect(result.stdout).toContain(practice.meta.rationale)
      const block = docsBlock(id)
      expect(block.startsWith(`${WHAT_PASSES_HEADING}\n`)).toBe(true)
      expect(block.length).toBeGreaterThan(WHAT_PASSES_HEADING.length + 40)
      expect(result.stdout).toContain(block)
      expect(result.stdout).toContain(
        `no .maturity.yml: judged with the ${practice.meta.model} defaults; offline`
      )
      expect(result.stdout).toMatch(/\n(?:pass|fail|unknown|not-applicable)(?: \[\w+\])? — /)
    }
  )

  it('shows which jobs matched in a repository and why, with the chain a command was followed through', async () => {
    const result = await cli(['explain', 'unit-tests', 'examples/node-web-service'])
    expect(result.code).toBe(EXIT.passed)
    const repo = result.stdout.slice(result.stdout.indexOf('#### In examples/node-web-service'))
    expect(repo).toContain('(policy .maturity.yml, model cdmm;')
    expect(repo).toContain('\npass [definition] — ')
    expect(repo).toMatch(
      / {2}- job test \(\.github\/workflows\/delivery\.yml:\d+\)\n {6}read as unit-test by rule js-test-runner\n {6}step: .+\n {6}command: jest --ci .+\n {6}via: npm test → package\.json scripts\.test\n/
    )
    expect(repo).toContain(
      '  - test report reports/junit.xml: 3 test(s), 0 failure(s), 0 error(s), 0 skipped'
    )
  })

  it("judges a practice the repository's policy does not hold it to with its model's defaults, and says so", async () => {
    const dir = await tempDir({ '.maturity.yml': 'version: 1\nmodel: cdmm\ntarget: base\n' })
    const result = await cli(['explain', 'continuous-training', dir])
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain(
      '(.maturity.yml holds the repository to model cdmm, which has no continuous-training: judged with the mlops defaults;'
    )
  })

  it('follows --policy, and a policy it names must exist', async () => {
    const dir = await tempDir({
      'gate.yml': 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  unit-tests: { enabled: false }\n'
    })
    const disabled = await cli(['explain', 'unit-tests', dir, '--policy', 'gate.yml'])
    expect(disabled.code).toBe(EXIT.passed)
    expect(disabled.stdout).toContain('(gate.yml disables unit-tests: judged with the cdmm defaults;')
    const missing = await cli(['explain', 'unit-tests', dir, '--policy', 'absent.yml'])
    expect(missing.code).toBe(EXIT.invalid)
    expect(missing.stderr).toContain('maturity-gate: the policy is invalid')
    expect(await readFile(path.join(dir, 'gate.yml'), 'utf8')).toContain('enabled: false')
  })

  it.each([
    [['explain', 'unit-test'], "no built-in practice 'unit-test'; did you mean unit-tests?"],
    [
      ['explain', 'xyzzy'],
      "no built-in practice 'xyzzy'; the built-in practices are: acceptance-before-promotion, "
    ]
  ])('an unknown practice %j exits 2', async (argv, message) => {
    const result = await cli(argv)
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
  })

  it.each([
    [['explain'], 'explain needs a practice id, such as unit-tests'],
    [['explain', 'unit-tests', '.', 'extra'], "unexpected argument 'extra'"],
    [
      ['explain', 'unit-tests', '--format', 'json'],
      '--format is an option of check, history and dora, not of explain'
    ],
    [['explain', 'unit-tests', '--force'], '--force is an option of init, not of explain'],
    [
      ['init', '.', '--policy', 'p.yml'],
      '--policy is an option of check, explain, history and dora, not of init'
    ]
  ])('usage error %j exits 2 with the usage', async (argv, message) => {
    const result = await cli(argv)
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('explain PRACTICE [dir]')
  })
})
