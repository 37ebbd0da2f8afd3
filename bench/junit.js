// Benchmark of the streaming JUnit parser against issue 18's budgets: time within 3× of
// `grep -c '<testcase'` on the same file at 300 MB and 1 GB (design §10 said 5×), and peak RSS under 150 MB
// for a 1 GB report.
//
//   node bench/junit.js            generate 30 MB, 300 MB and 1 GB reports in bench/tmp/, measure, clean up
//   node bench/junit.js --sizes=30,300   (sizes in MB)
//
// Three report shapes are measured at every size. `dense` is the worst case for a tokenizer: about 140 bytes
// per test case, nearly all of it tags (passing cases self-closing, 2% failing with a stack trace, 3%
// skipped, 10% with one line of output). `with-output` is the same suite where 10% of the cases also carry
// a 2 KB captured log in <system-out>, as CI runs that keep test output do; big reports are big because of
// such output, and text is cheaper to scan than tags. `nested` is the dense suite split into suites nested
// 20 deep (as NUnit and Catch2 nest fixtures), so that every tag is read with a deep stack of open elements.
//
// Each report is read the way the gate reads it (readJunitFile of src/evidence/reports.ts: 64 KB chunks
// through the streaming parser), in a child process so that its peak RSS is its own; /usr/bin/time -v measures it when
// present, else the child reports process.resourceUsage().maxRSS. Figures are merged into bench/results.json
// under the key `junit`.
import { Buffer } from 'node:buffer'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ROOT,
  budget,
  buildModules,
  builtModule,
  machineInfo,
  mergeResults,
  printBudgets,
  round
} from './lib.js'

const BUILT = builtModule('evidence/reports')
const TMP = join(ROOT, 'bench', 'tmp')
const MB = 1024 * 1024
const BUDGET = { throughputRatio: 3, throughputFromMb: 300, peakRssMb: 150, peakRssAtMb: 1024 }
const SHAPES = ['dense', 'with-output', 'nested']
/** Suites per nested chain: each holds a share of the cases and the next suite. */
const NESTING = 20
const REPEATS = 3

if (process.argv[2] === '--child') await child(process.argv[3])
else await main()

/** Runs in the child: reads one file as the gate does (the collector's readJunitFile) and prints the summary. */
async function child(file) {
  const { readJunitFile } = await import(BUILT)
  const started = process.hrtime.bigint()
  const summary = await readJunitFile(dirname(file), basename(file))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const { tests, failures, errors, skipped, failingCases } = summary
  process.stdout.write(
    JSON.stringify({
      seconds,
      maxRssKb: process.resourceUsage().maxRSS,
      tests,
      failures,
      errors,
      skipped,
      kept: failingCases.length
    })
  )
}

async function main() {
  const sizes = (process.argv.find(a => a.startsWith('--sizes='))?.slice(8) ?? '30,300,1024')
    .split(',')
    .map(Number)
  buildModules(['evidence/reports'])
  mkdirSync(TMP, { recursive: true })
  const machine = machineInfo()
  console.log(`best of ${REPEATS} runs each`)
  const runs = []
  try {
    for (const shape of SHAPES) for (const size of sizes) runs.push(measure(size, shape))
  } finally {
    rmSync(TMP, { recursive: true, force: true })
  }
  // Throughput is judged from 300 MB up: on small files the parser's fixed start-up (compiling its code) weighs
  // as much as the parsing and grep's start-up more; every size's ratio is still printed and recorded.
  const budgets = runs.flatMap(run => [
    ...(run.sizeMb >= BUDGET.throughputFromMb
      ? [
          budget(
            `JUnit ${run.shape}, ${run.sizeMb} MB: time vs grep -c`,
            run.ratio,
            BUDGET.throughputRatio,
            '×',
            `${run.parserSeconds} s vs ${run.grepSeconds} s`
          )
        ]
      : []),
    ...(run.sizeMb >= BUDGET.peakRssAtMb
      ? [budget(`JUnit ${run.shape}, ${run.sizeMb} MB: peak RSS`, run.peakRssMb, BUDGET.peakRssMb, 'MB')]
      : [])
  ])
  printBudgets(budgets)
  await mergeResults('junit', { machine, budget: BUDGET, runs, budgets })
}

/** Compiles the TypeScript when the built parser is missing or older than its sources. */
function measure(sizeMb, shape) {
  const file = join(TMP, `junit-${shape}-${sizeMb}mb.xml`)
  const expected = generate(file, sizeMb * MB, shape)
  const bytes = statSync(file).size
  grepCount(file) // warm the page cache so that both tools read from memory
  // Best of REPEATS for both tools: the machine is shared, and the fastest run is the least disturbed one.
  const greps = Array.from({ length: REPEATS }, () => {
    const started = process.hrtime.bigint()
    const count = grepCount(file)
    return { count, seconds: Number(process.hrtime.bigint() - started) / 1e9 }
  })
  const grepped = greps[0].count
  const grepSeconds = Math.min(...greps.map(g => g.seconds))
  const parses = Array.from({ length: REPEATS }, () => runParser(file))
  const fastest = parses.reduce((best, run) => (run.seconds < best.seconds ? run : best))
  // Memory is reported as the worst of the runs, time as the best.
  const parsed = { ...fastest, peakRssKb: Math.max(...parses.map(p => p.peakRssKb)) }
  if (
    parsed.tests !== expected.tests ||
    parsed.failures !== expected.failures ||
    parsed.skipped !== expected.skipped
  ) {
    throw new Error(`parser counted ${JSON.stringify(parsed)}, generator wrote ${JSON.stringify(expected)}`)
  }
  if (grepped !== expected.lines) throw new Error(`grep counted ${grepped} lines, expected ${expected.lines}`)
  rmSync(file)
  const run = {
    shape,
    sizeMb: Math.round(bytes / MB),
    tests: parsed.tests,
    grepSeconds: round(grepSeconds),
    grepMbPerSecond: round(bytes / MB / grepSeconds),
    parserSeconds: round(parsed.seconds),
    parserMbPerSecond: round(bytes / MB / parsed.seconds),
    ratio: round(parsed.seconds / grepSeconds),
    peakRssMb: round(parsed.peakRssKb / 1024),
    rssSource: parsed.rssSource
  }
  console.log(
    `${shape.padEnd(11)} ${String(run.sizeMb).padStart(5)} MB: grep ${run.grepSeconds}s (${run.grepMbPerSecond} MB/s), ` +
      `parser ${run.parserSeconds}s (${run.parserMbPerSecond} MB/s), ratio ${run.ratio}× ` +
      `(budget ≤ ${BUDGET.throughputRatio}×), peak RSS ${run.peakRssMb} MB (${run.rssSource}), ${run.tests} tests`
  )
  return run
}

function grepCount(file) {
  return Number(execFileSync('grep', ['-c', '<testcase', file], { encoding: 'utf8' }).trim())
}

function runParser(file) {
  const script = fileURLToPath(import.meta.url)
  const timeV = existsSync('/usr/bin/time')
  const result = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, script, '--child', file], { encoding: 'utf8' })
    : spawnSync(process.execPath, [script, '--child', file], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`parser child failed: ${result.stderr}`)
  const parsed = JSON.parse(result.stdout)
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  return fromTime
    ? { ...parsed, peakRssKb: Number(fromTime[1]), rssSource: '/usr/bin/time -v' }
    : { ...parsed, peakRssKb: parsed.maxRssKb, rssSource: 'process.resourceUsage().maxRSS' }
}

/**
 * Writes a report of about `bytes` bytes shaped like surefire's: suites of 200 cases, mostly passing, 10%
 * with output, 2% failing with a CDATA stack trace, 3% skipped. Returns what it wrote.
 */
function generate(file, bytes, shape) {
  const log = Array.from(
    { length: 30 },
    (_, n) =>
      `2026-01-01T00:00:${String(n).padStart(2, '0')}Z INFO  c.e.m.Service - step ${n}: request handled in ${n}ms &amp; cached`
  ).join('\n')
  const cases = []
  let failures = 0
  let skipped = 0
  let lines = 0
  for (let i = 0; i < 200; i++) {
    // One name in ten is parameterised and carries entities, as pytest and JUnit 5 write them.
    const name =
      i % 10 === 1 ? `test_case_${i}[&quot;a&amp;b&quot;]` : `test_case_${i}_returns_expected_value`
    const attrs = `name="${name}" classname="com.example.module.Service${i % 7}Test" time="0.0${i % 10}"`
    if (i % 50 === 7) {
      failures++
      cases.push(
        `    <testcase ${attrs}>\n      <failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n` +
          `\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n`.repeat(8) +
          `\tat com.example.module.Service${i % 7}Test.test_case_${i}(Service${i % 7}Test.java:${i + 10})\n]]></failure>\n    </testcase>\n`
      )
    } else if (i % 33 === 5) {
      skipped++
      cases.push(`    <testcase ${attrs}>\n      <skipped message="disabled"/>\n    </testcase>\n`)
    } else if (i % 10 === 3) {
      const output = shape === 'with-output' ? log : `log line &lt;${i}&gt;\nsecond line`
      cases.push(`    <testcase ${attrs}>\n      <system-out>${output}</system-out>\n    </testcase>\n`)
    } else {
      cases.push(`    <testcase ${attrs}/>\n`)
    }
    lines++
  }
  const suite =
    shape === 'nested'
      ? nestedSuites(cases)
      : `  <testsuite name="com.example.module.Suite" tests="200" failures="${failures}" skipped="${skipped}">\n${cases.join('')}  </testsuite>\n`
  const block = Buffer.from(suite.repeat(20))
  const fd = openSync(file, 'w')
  let written = writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n')
  let blocks = 0
  while (written < bytes) {
    written += writeSync(fd, block)
    blocks++
  }
  writeSync(fd, '</testsuites>\n')
  closeSync(fd)
  const suites = blocks * 20
  return {
    tests: suites * 200,
    failures: suites * failures,
    skipped: suites * skipped,
    lines: suites * lines
  }
}

/** The suite's cases spread over a chain of NESTING suites, each inside the one before. */
function nestedSuites(cases) {
  const share = Math.ceil(cases.length / NESTING)
  let opened = ''
  let closed = ''
  for (let depth = 0; depth < NESTING; depth++) {
    const indent = ' '.repeat(depth + 2)
    opened += `${indent}<testsuite name="com.example.Level${depth}">\n${cases.slice(depth * share, (depth + 1) * share).join('')}`
    closed = `${indent}</testsuite>\n${closed}`
  }
  return opened + closed
}
