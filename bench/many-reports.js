// Benchmark of many small test reports, as a big Gradle/Maven monorepo leaves them: 5,000 JUnit files of
// 20 test cases each, spread over 250 modules, found by the default test-report globs among the checkout's
// files and read through the gate's own path (`workspaceReports(collectWorkspace(root)).tests(globs)`:
// workspace walk, glob selection, one streamed parse per file). Design §10 sets no budget for this shape;
// the floor it is compared with is `grep -rc '<testcase'` over the same files (what reading them costs).
//
//   node bench/many-reports.js             5,000 files, best of 3 runs
//   node bench/many-reports.js --files=20000
//
// The gate runs in a child process so that its peak RSS is its own. Figures are merged into
// bench/results.json under the key `manyReports`.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT, buildModules, builtModule, machineInfo, mergeResults, round } from './lib.js'

const MODULES = ['evidence/files', 'evidence/workspace-reports', 'practices/support/matchers']
const CASES_PER_FILE = 20
const MODULES_IN_REPO = 250
const REPEATS = 3

if (process.argv[2] === '--child') await child(process.argv[3])
else await main()

/** Runs in the child: the gate's report path over the checkout, with the practices' default globs. */
async function child(root) {
  // The built modules are these sources compiled: their types are the sources' types.
  /** @type {typeof import('../src/evidence/files.js')} */
  const { collectWorkspace } = await import(builtModule('evidence/files'))
  /** @type {typeof import('../src/evidence/workspace-reports.js')} */
  const { workspaceReports } = await import(builtModule('evidence/workspace-reports'))
  /** @type {typeof import('../src/practices/support/matchers.js')} */
  const { testReportGlobs } = await import(builtModule('practices/support/matchers'))
  const started = process.hrtime.bigint()
  const workspace = collectWorkspace(root)
  const search = await workspaceReports(workspace).tests(testReportGlobs.parse(undefined))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const parsed = search.files.filter(f => f.summary)
  process.stdout.write(
    JSON.stringify({
      seconds,
      maxRssKb: process.resourceUsage().maxRSS,
      workspaceFiles: workspace.files.length,
      reports: search.files.length,
      errors: search.files.length - parsed.length,
      tests: parsed.reduce((sum, f) => sum + f.summary.tests, 0),
      failures: parsed.reduce((sum, f) => sum + f.summary.failures, 0)
    })
  )
}

async function main() {
  const count = Number(process.argv.find(a => a.startsWith('--files='))?.slice(8) ?? 5000)
  buildModules(MODULES)
  const machine = machineInfo()
  const root = join(ROOT, 'bench', 'tmp', `many-reports-${process.pid}`)
  let grepSeconds
  let runs
  try {
    const expected = generate(root, count)
    grep(root) // warm the page cache so that both read from memory
    grepSeconds = Math.min(...Array.from({ length: REPEATS }, () => grep(root)))
    runs = Array.from({ length: REPEATS }, () => runGate(root))
    for (const run of runs) {
      if (run.reports !== count || run.errors !== 0 || run.tests !== expected.tests) {
        throw new Error(
          `the gate read ${JSON.stringify(run)}, the generator wrote ${JSON.stringify(expected)}`
        )
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  const fastest = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best))
  const peakRssMb = Math.max(...runs.map(r => r.peakRssKb)) / 1024
  const ratio = fastest.seconds / grepSeconds
  console.log(
    `${count} reports (${fastest.tests} test cases) among ${fastest.workspaceFiles} workspace files: ` +
      `gate ${round(fastest.seconds * 1000)} ms (best of ${REPEATS}), grep -rc ${round(grepSeconds * 1000)} ms, ` +
      `ratio ${round(ratio)}× (no budget in design §10), peak RSS ${round(peakRssMb)} MB (${fastest.rssSource})`
  )
  await mergeResults('manyReports', {
    machine,
    files: count,
    tests: fastest.tests,
    workspaceFiles: fastest.workspaceFiles,
    gateSeconds: runs.map(r => r.seconds),
    bestSeconds: fastest.seconds,
    grepSeconds,
    ratioToGrep: round(ratio),
    peakRssMb: round(peakRssMb),
    rssSource: fastest.rssSource,
    budgets: []
  })
}

/**
 * Gradle's layout: `modules/m-N/build/test-results/test/TEST-<class>.xml`, plus a source file per module so
 * that the globs sift reports out of other files. One file in fifty has a failing case.
 */
function generate(root, count) {
  let tests = 0
  for (let m = 0; m < MODULES_IN_REPO; m++) {
    mkdirSync(join(root, 'modules', `m-${m}`, 'build', 'test-results', 'test'), { recursive: true })
    mkdirSync(join(root, 'modules', `m-${m}`, 'src'), { recursive: true })
    writeFileSync(join(root, 'modules', `m-${m}`, 'src', 'Main.java'), 'class Main {}\n')
  }
  for (let f = 0; f < count; f++) {
    const name = `com.example.m${f % MODULES_IN_REPO}.Service${f}Test`
    const cases = Array.from({ length: CASES_PER_FILE }, (_, i) =>
      f % 50 === 0 && i === 0
        ? `  <testcase name="case${i}" classname="${name}" time="0.01">\n    <failure message="expected 1 but was 2" type="java.lang.AssertionError">at ${name}.case${i}(Service${f}Test.java:12)</failure>\n  </testcase>`
        : `  <testcase name="case${i}" classname="${name}" time="0.01"/>`
    )
    tests += CASES_PER_FILE
    writeFileSync(
      join(root, 'modules', `m-${f % MODULES_IN_REPO}`, 'build', 'test-results', 'test', `TEST-${name}.xml`),
      `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${name}" tests="${CASES_PER_FILE}">\n${cases.join('\n')}\n</testsuite>\n`
    )
  }
  return { tests }
}

function grep(root) {
  const started = process.hrtime.bigint()
  execFileSync('grep', ['-rc', '<testcase', root], { maxBuffer: 64 * 1024 * 1024 })
  return Number(process.hrtime.bigint() - started) / 1e9
}

function runGate(root) {
  const script = fileURLToPath(import.meta.url)
  const timeV = spawnSync('/usr/bin/time', ['--version']).status === 0
  const result = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, script, '--child', root], { encoding: 'utf8' })
    : spawnSync(process.execPath, [script, '--child', root], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`)
  const parsed = JSON.parse(result.stdout)
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  return fromTime
    ? { ...parsed, peakRssKb: Number(fromTime[1]), rssSource: '/usr/bin/time -v' }
    : { ...parsed, peakRssKb: parsed.maxRssKb, rssSource: 'process.resourceUsage().maxRSS' }
}
