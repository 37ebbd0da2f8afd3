import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readJunitRange } from '../../src/evidence/read-junit-range.js'
import { readJunitFile } from '../../src/evidence/reports.js'
import { scanJunitFile } from '../../src/evidence/scan-junit-file.js'
import { createJunitParser } from '../../src/parsers/junit.js'
import type { JunitSummary } from '../../src/parsers/junit.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/**
 * A report big enough to be read in pieces by several threads (src/evidence/read-junit.ts), read by the CLI
 * bundle as a user runs it: the verdict names the same counts as one reader, and a report broken in its second
 * half gives one reader's error, line and column. The sources read in one thread here (the worker's script is
 * only built beside the bundles), with the WebAssembly scanner; the JavaScript reader alone is the one reader
 * both are compared with.
 */

const bundle = path.join(import.meta.dirname, '../../dist/cli/index.js')
/** Two pieces need two shares of 48 MB (MIN_PIECE_BYTES). */
const SIZE = 110 * 1024 * 1024
const POLICY =
  "version: 1\nmodel: cdmm\ntarget: base\npractices:\n  unit-tests:\n    reports: ['reports/*.xml']\n"
const WORKFLOW = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-pieces-'))
  await mkdir(path.join(dir, 'reports'))
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  await writeFile(path.join(dir, '.maturity.yml'), POLICY)
  await writeFile(path.join(dir, '.github/workflows/ci.yml'), WORKFLOW)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Suites of 100 cases, every 25th failing; `broken` writes a wrong end tag into the suite at 3/4 of the file. */
function writeReport(file: string, broken: boolean): { tests: number; failures: number } {
  const cases = Array.from({ length: 100 }, (_, i) =>
    i % 25 === 7
      ? `    <testcase name="t${i}" classname="c.Suite"><failure message="boom">at c.Suite.t${i}(Suite.java:${i})</failure></testcase>\n`
      : `    <testcase name="t${i}" classname="c.Suite" time="0.01"/>\n`
  ).join('')
  const suite = Buffer.from(`  <testsuite name="s">\n${cases}  </testsuite>\n`)
  const fd = openSync(file, 'w')
  let written = writeSync(fd, '<?xml version="1.0"?>\n<testsuites>\n')
  let suites = 0
  while (written < SIZE) {
    const bad = broken && written < (SIZE * 3) / 4 && written + suite.length >= (SIZE * 3) / 4
    written += writeSync(
      fd,
      bad ? Buffer.from(suite.toString().replace('</testsuite>', '</testsuitx>')) : suite
    )
    suites++
  }
  writeSync(fd, '</testsuites>\n')
  closeSync(fd)
  return { tests: suites * 100, failures: suites * 4 }
}

/** The report read by the JavaScript reader alone, in one go: the definition of what it says. */
async function javascriptReader(file: string): Promise<JunitSummary> {
  const parser = createJunitParser()
  const fd = openSync(file, 'r')
  try {
    await readJunitRange(fd, parser, 0, statSync(file).size)
    return parser.end()
  } finally {
    closeSync(fd)
  }
}

async function check(): Promise<{ stdout: string; threads: number }> {
  const profiles = await mkdtemp(path.join(os.tmpdir(), 'mg-pieces-prof-'))
  try {
    // Each thread writes its own CPU profile: the count says how many read the report.
    const result = await spawnNode(
      ['--cpu-prof', `--cpu-prof-dir=${profiles}`, bundle, 'check', dir, '--offline'],
      { cwd: dir, env: runnerEnv({}) }
    )
    return { stdout: result.stdout, threads: (await readdir(profiles)).length }
  } finally {
    await rm(profiles, { recursive: true, force: true })
  }
}

describe('a big JUnit report read by several threads', () => {
  const expectedThreads = os.availableParallelism() > 1 ? 2 : 1

  it('counts what one reader counts', async () => {
    const file = path.join(dir, 'reports/junit-big.xml')
    const written = writeReport(file, false)
    const one = await javascriptReader(file)
    expect(one).toMatchObject(written)
    expect(await readJunitFile(dir, 'reports/junit-big.xml')).toEqual(one)
    // Read so by the scanner, not by the JavaScript reader after the scanner gave up.
    const fd = openSync(file, 'r')
    try {
      expect(await scanJunitFile(fd, statSync(file).size)).toEqual(one)
    } finally {
      closeSync(fd)
    }
    const { stdout, threads } = await check()
    expect(threads).toBe(expectedThreads)
    expect(stdout).toContain(
      `reports/junit-big.xml reports ${written.failures} failing test(s): \`c.Suite.t7\``
    )
    await rm(file)
  })

  it('says what one reader says of an error in the second half, with its line and column', async () => {
    const file = path.join(dir, 'reports/junit-broken.xml')
    writeReport(file, true)
    const error = await javascriptReader(file).then(
      () => undefined,
      (e: unknown) => (e as Error).message
    )
    await expect(readJunitFile(dir, 'reports/junit-broken.xml')).rejects.toThrow(error)
    expect(error).toMatch(
      /^invalid JUnit report: end tag <\/testsuitx> does not match <testsuite> \(line \d{6,}/
    )
    const { stdout, threads } = await check()
    expect(threads).toBe(expectedThreads)
    expect(stdout).toContain(`reports/junit-broken.xml could not be read as a test report (${error})`)
    await rm(file)
  })
})
