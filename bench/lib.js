// What every benchmark shares: the machine it ran on, the TypeScript build it imports, and the one results
// file they all merge into. Each benchmark records its budgets in the same shape so that bench/run.js can
// print one table for all of them.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const RESULTS = join(ROOT, 'bench', 'results.json')
/**
 * The bundles measured: dist/ as committed, or BENCH_DIST=<dir> for bundles built elsewhere (measuring the
 * current sources without touching dist/, which CI compares with the sources).
 */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist')

/** The machine, printed first by every benchmark: figures mean nothing without it. */
export function machineInfo() {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map(round)
  }
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ` +
      `load average ${machine.loadAverageAtStart.join(' ')}`
  )
  return machine
}

/**
 * One budget's outcome. `ratio` is measured / limit, so ≤ 1 meets the budget whatever the unit; `measured`
 * and `limit` are in `unit` (seconds, ×, MB, requests). `anchor` says what was measured side by side in the
 * same run when the figure is a ratio to it ("grep -c 0.35 s, parser 1.2 s"): a ratio means nothing without
 * both of its sides.
 */
export function budget(what, measured, limit, unit, anchor = '') {
  const entry = { what, measured: round(measured), limit, unit, ratio: round(measured / limit), anchor }
  return { ...entry, met: measured <= limit }
}

/** Prints the budgets of one benchmark in the run's table format. */
export function printBudgets(budgets) {
  for (const b of budgets) {
    console.log(
      `budget ${b.what}: ${b.measured} ${b.unit}${b.anchor ? ` (${b.anchor})` : ''} (limit ${b.limit} ${b.unit}, ${b.ratio} of it): ` +
        (b.met ? 'PASS' : 'MISS')
    )
  }
}

/** Merges one benchmark's figures into bench/results.json under `key`, keeping the others'. */
export async function mergeResults(key, figures) {
  const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}
  previous[key] = { date: new Date().toISOString(), ...figures }
  await writeFile(RESULTS, `${JSON.stringify(previous, null, 2)}\n`)
  console.log(`results merged into ${RESULTS} under "${key}"`)
}

export function builtModule(module) {
  return join(ROOT, 'build', 'src', `${module}.js`)
}

/**
 * Compiles the TypeScript with `npx tsc --outDir build` when a built module is missing or older than any
 * source file: modules import each other, so one edited file anywhere under src/ can change what is measured.
 */
export function buildModules(modules) {
  const newestSource = Math.max(
    ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .map(file => statSync(join(ROOT, 'src', file)).mtimeMs)
  )
  const stale = () =>
    modules.some(m => !existsSync(builtModule(m)) || newestSource > statSync(builtModule(m)).mtimeMs)
  if (!stale()) return
  console.log('building: npx tsc --outDir build')
  // Other files of the project may be mid-work and not typecheck; tsc still emits, so only the output counts.
  spawnSync('npx', ['tsc', '--outDir', 'build'], { cwd: ROOT, stdio: 'ignore' })
  if (stale()) throw new Error(`build failed: a built module of ${modules.join(', ')} is missing or stale`)
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}

export function round(n) {
  return Math.round(n * 100) / 100
}
