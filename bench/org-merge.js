// Benchmark of the org audit's merge step at 10,000 repositories: 20 shard files (the matrix's most) of 500
// rows each, every row reduced from the node-web-service example report by the audit's own `orgEntryOf`,
// merged by the CLI bundle as the reusable workflow's merge job runs it (`audit --merge`, writing the JSON,
// Markdown, CSV and the dashboard). Issue 20 sets no budget: the time and peak RSS are reported.
//
//   node bench/org-merge.js                 10,000 repositories
//   node bench/org-merge.js --repositories=50000
//
// Figures are merged into bench/results.json under the key `orgMerge`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, ROOT, buildModules, builtModule, machineInfo, mergeResults, round } from './lib.js'

const SHARDS = 20
const REPEATS = 3

const count = Number(process.argv.find(a => a.startsWith('--repositories='))?.slice(15) ?? 10000)
buildModules(['report/org/org-entry'])
/** @type {typeof import('../src/report/org/org-entry.js')} */
const { orgEntryOf } = await import(builtModule('report/org/org-entry'))
const machine = machineInfo()
const template = JSON.parse(
  readFileSync(join(ROOT, 'examples/node-web-service/maturity-report.json'), 'utf8')
)
const folder = join(ROOT, 'bench', 'tmp', `org-merge-${process.pid}`)
let runs
try {
  mkdirSync(folder, { recursive: true })
  for (let shard = 1; shard <= SHARDS; shard++) {
    const lines = []
    for (let i = shard - 1; i < count; i += SHARDS) {
      const level = template.levels[i % template.levels.length]
      const report = { ...template, level, levelIndex: template.levels.indexOf(level) }
      const tier = ['critical', 'standard', 'experimental'][i % 3]
      lines.push(JSON.stringify(orgEntryOf(report, { name: `bench/repo-${i}`, tier }, 'artifact')))
    }
    writeFileSync(join(folder, `shard-${shard}.jsonl`), `${lines.join('\n')}\n`)
  }
  runs = Array.from({ length: REPEATS }, () => merge(folder))
  const written = JSON.parse(readFileSync(join(folder, 'org-report.json'), 'utf8'))
  if (written.repositories !== count)
    throw new Error(`merged ${written.repositories} of ${count} repositories`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
const fastest = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best))
const peakRssMb = Math.max(...runs.map(r => r.peakRssKb ?? 0)) / 1024
console.log(
  `${count} repositories in ${SHARDS} shards: merge ${round(fastest.seconds * 1000)} ms (best of ${REPEATS}), ` +
    `peak RSS ${round(peakRssMb)} MB (no budget in issue 20)`
)
await mergeResults('orgMerge', {
  machine,
  repositories: count,
  shards: SHARDS,
  seconds: runs.map(r => r.seconds),
  bestSeconds: fastest.seconds,
  peakRssMb: round(peakRssMb),
  summary: `${count} repositories, best ${Math.round(fastest.seconds * 1000)} ms, peak RSS ${round(peakRssMb)} MB`,
  budgets: []
})

/** One merge by the CLI bundle, with its wall time and (under GNU time) its peak RSS. */
function merge(dir) {
  const args = [
    join(DIST, 'cli', 'index.js'),
    'audit',
    '--org',
    'bench',
    '--merge',
    '--csv',
    '--output-dir',
    dir
  ]
  const timeV = spawnSync('/usr/bin/time', ['--version']).status === 0
  const started = process.hrtime.bigint()
  const result = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`merge failed: ${result.stderr}`)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  return { seconds, peakRssKb: rss ? Number(rss[1]) : undefined }
}
