// Every benchmark in sequence (`npm run bench`), then one table of the budgets with PASS or MISS, each
// figure beside the anchor it was measured against in the same run (grep, bare node). A full run also
// rewrites the README's table (between the bench-table markers) from bench/results.json, so that the README
// says what this machine measured. A MISS is printed, not failed on: benchmarks measure a shared machine and
// CI does not run them. The exit status is non-zero only when a benchmark itself broke.
//
//   node bench/run.js                      all of them (about 5 minutes on 2 cores), README table rewritten
//   node bench/run.js cold-start junit     only these (README left alone)
//
// The bundles measured are dist/ as committed (`npm run package` rebuilds it), or BENCH_DIST=<dir> holding
// index.js and cli/index.js built elsewhere: `BENCH_DIST=/tmp/mg npm run bench`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RESULTS, ROOT, machineInfo } from './lib.js'

/** Script → its key in results.json. */
const BENCHMARKS = {
  'cold-start': 'coldStart',
  'action-run': 'actionRun',
  workflows: 'workflows',
  junit: 'junit',
  'many-reports': 'manyReports',
  'workflow-memory': 'workflowMemory',
  'org-merge': 'orgMerge'
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter(name => !(name in BENCHMARKS))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`)
  process.exit(2)
}
const selected = wanted.length > 0 ? wanted : Object.keys(BENCHMARKS)
const machine = machineInfo()
const started = Date.now()
const broken = []
for (const name of selected) {
  console.log(`\n== ${name} ==`)
  const result = spawnSync(process.execPath, [join(ROOT, 'bench', `${name}.js`)], { stdio: 'inherit' })
  if (result.status !== 0) broken.push(name)
}
const seconds = Math.round((Date.now() - started) / 1000)

const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}
const rows = selected.flatMap(name => {
  const entry = results[BENCHMARKS[name]]
  if (broken.includes(name) || !entry || Date.parse(entry.date) < started) {
    return [{ what: name, measured: '-', anchor: '-', limit: '-', ratio: '-', verdict: 'ERROR' }]
  }
  if (entry.budgets.length === 0) {
    return [
      {
        what: `${name}: ${describe(entry)}`,
        measured: '-',
        anchor: '-',
        limit: 'none',
        ratio: '-',
        verdict: 'INFO'
      }
    ]
  }
  return entry.budgets.map(b => ({
    what: b.what,
    measured: `${b.measured} ${b.unit}`,
    anchor: b.anchor || '-',
    limit: `${b.limit} ${b.unit}`,
    ratio: String(b.ratio),
    verdict: b.met ? 'PASS' : 'MISS'
  }))
})
console.log(`\n== budgets (design §10), ${seconds} s in all; ratio = measured / limit ==`)
const COLUMNS = ['what', 'measured', 'anchor', 'limit', 'ratio']
const widths = COLUMNS.map(k => Math.max(k.length, ...rows.map(r => r[k].length)))
const line = r => COLUMNS.map((k, i) => r[k].padEnd(widths[i])).join('  ') + `  ${r.verdict}`
console.log(
  line({
    what: 'what',
    measured: 'measured',
    anchor: 'measured beside',
    limit: 'limit',
    ratio: 'ratio',
    verdict: 'verdict'
  })
)
for (const row of rows) console.log(line(row))
const missed = rows.filter(r => r.verdict === 'MISS').length
console.log(
  missed > 0
    ? `\n${missed} budget(s) MISSED (reported, not failed: see README "Performance")`
    : '\nevery budget held'
)
if (broken.length > 0) {
  console.error(`benchmark(s) broke: ${broken.join(', ')}`)
  process.exitCode = 1
} else if (wanted.length === 0) {
  rewriteReadmeTable(rows)
}

/** Replaces the README's table between its bench-table markers with this run's rows. */
function rewriteReadmeTable(measured) {
  const readme = join(ROOT, 'README.md')
  const text = readFileSync(readme, 'utf8')
  const start = '<!-- bench-table:start -->'
  const end = '<!-- bench-table:end -->'
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} block`)
  const { cpu, cores, node } = machine
  const table = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cores} cores, Node ${node}, load average at start ${machine.loadAverageAtStart.join(' ')}.`,
    '',
    '| What | Measured | Measured beside it, same run | Budget | Measured / budget | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...measured.map(
      r =>
        `| ${r.what} | ${r.measured} | ${r.anchor} | ${r.limit} | ${r.ratio} | ${r.verdict.toLowerCase()} |`
    )
  ].join('\n')
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`)
  console.log('README.md table rewritten from this run')
}

/** A benchmark without a budget is summarised by its headline figures. */
function describe(entry) {
  if (entry.summary) return entry.summary
  return `${entry.files} reports, best ${Math.round(entry.bestSeconds * 1000)} ms, ${entry.ratioToGrep}× grep, peak RSS ${entry.peakRssMb} MB`
}
