// Peak memory of the CLI bundle on workflow files that leave the fast YAML reader's subset (robustness case
// D8): a 5 MB workflow on one flow-style line, the same jobs in block style with one `&anchor` (both read by
// the `yaml` package, or refused by its size cap), and the block-style file without the anchor (the fast
// reader) for comparison, and an anchored file just under the `yaml` package's 1 MB cap (the most it is given). Each runs `check` in a scratch repository under `/usr/bin/time -v`; the budget is
// the peak resident set size.
//
//   node bench/workflow-memory.js            every file
//   node bench/workflow-memory.js --mb=7     a larger file
//
// Figures are merged into bench/results.json under the key `workflowMemory`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { DIST, budget, machineInfo, mergeResults, printBudgets } from './lib.js'

const MEGABYTES = Number(process.argv.find(a => a.startsWith('--mb='))?.slice(5) ?? 5)
/**
 * The fast reader's own figure on 5 MB (300 to 450 MB, the whole gate over 50,000 jobs) with some room; before
 * the `yaml` package's size cap, files outside its subset took 0.6 to 1.2 GB.
 */
const BUDGET_MB = 500
const POLICY = 'version: 1\nmodel: cdmm\ntarget: base\n'

/** @param {number} i */
const job = i => ({
  block: `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n      - run: npm test -- --shard ${i}\n`,
  flow: `job${i}: {runs-on: ubuntu-latest, steps: [{run: npm ci}, {run: npm test -- --shard ${i}}]}`
})

/**
 * @param {'block' | 'flow'} kind
 * @returns {string[]}
 */
function jobs(kind, megabytes = MEGABYTES) {
  const parts = []
  let size = 0
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const text = job(i)[kind]
    parts.push(text)
    size += text.length + 2
  }
  return parts
}

const CASES = {
  'one flow-style line': `{name: CI, on: [push, pull_request], jobs: {${jobs('flow').join(', ')}}}\n`,
  'jobs on one flow-style line (fast reader)': `name: CI\non: [push, pull_request]\njobs: {${jobs('flow').join(', ')}}\n`,
  'block style with one anchor': `name: CI\non: [push, pull_request]\nenv: &shared {A: b}\njobs:\n${jobs('block').join('')}`,
  'block style with one anchor, just under the 1 MB cap': `name: CI\non: [push, pull_request]\nenv: &shared {A: b}\njobs:\n${jobs('block', 0.95).join('')}`,
  'block style (fast reader)': `name: CI\non: [push, pull_request]\njobs:\n${jobs('block').join('')}`
}

function peakRss(workflow) {
  const repo = mkdtempSync(join(os.tmpdir(), 'mg-memory-'))
  try {
    mkdirSync(join(repo, '.github/workflows'), { recursive: true })
    writeFileSync(join(repo, '.maturity.yml'), POLICY)
    writeFileSync(join(repo, '.github/workflows/ci.yml'), workflow)
    const started = Date.now()
    const run = spawnSync(
      '/usr/bin/time',
      ['-v', process.execPath, join(DIST, 'cli/index.js'), 'check', repo],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
      }
    )
    const seconds = (Date.now() - started) / 1000
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]
    if (!kb) throw new Error(`no peak RSS in /usr/bin/time's output:\n${run.stderr.slice(-2000)}`)
    const warning = /file not read[^\n]*/.exec(run.stdout)?.[0] ?? ''
    return { mb: Number(kb) / 1024, seconds, exit: run.status, warning }
  } finally {
    rmSync(repo, { recursive: true, force: true })
  }
}

const machine = machineInfo()
const figures = {}
const budgets = []
for (const [name, workflow] of Object.entries(CASES)) {
  const result = peakRss(workflow)
  const size = (workflow.length / 1024 / 1024).toFixed(1)
  console.log(
    `${name}, ${size} MB: peak RSS ${Math.round(result.mb)} MB, ${result.seconds.toFixed(1)} s, exit ${result.exit}` +
      (result.warning ? ` (${result.warning.slice(0, 160)})` : '')
  )
  figures[name] = { sizeMb: Number(size), peakRssMb: Math.round(result.mb), seconds: result.seconds }
  budgets.push(budget(`peak RSS, ${name}`, result.mb, BUDGET_MB, 'MB'))
}
printBudgets(budgets)
await mergeResults('workflowMemory', { machine, megabytes: MEGABYTES, figures, budgets })
