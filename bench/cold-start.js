// Benchmark of the whole gate's cold start against issue 18's budget: the CLI bundle checking this
// repository offline (`node dist/cli/index.js check .`: policy, workspace walk, workflows, every practice,
// the text report) within 2× of bare `node -e ''` (design §10 said 3×).
//
//   node bench/cold-start.js             15 runs of each, interleaved, after 2 warm-up runs
//   node bench/cold-start.js --runs=20
//   node bench/cold-start.js --bundle=path/to/cli/index.js   another build of the CLI
//
// The bundle is dist/cli/index.js as committed, or under BENCH_DIST (see lib.js).
// Beside them runs the dependency floor (bench/dependency-floor.js, bundled here by ncc as dist/ is): yaml and
// zod loaded and checking the policy, what any gate built to the design does before its own code runs.
// Runs alternate between the commands so that a change of load on the shared machine hits all alike.
// Figures are merged into bench/results.json under the key `coldStart`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DIST, ROOT, budget, machineInfo, median, mergeResults, printBudgets, round } from './lib.js'

const BUDGET_RATIO = 2
const WARM_UP = 2
const runs = Number(process.argv.find(a => a.startsWith('--runs='))?.slice(7) ?? 15)
const bundle = resolve(
  ROOT,
  process.argv.find(a => a.startsWith('--bundle='))?.slice(9) ?? join(DIST, 'cli', 'index.js')
)
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it with npm run package`)

const machine = machineInfo()
const floorBundle = buildDependencyFloor()
const bare = [process.execPath, '-e', '']
const floor = [process.execPath, floorBundle]
const gate = [process.execPath, bundle, 'check', '.']
for (let i = 0; i < WARM_UP; i++) {
  time(bare)
  time(floor)
  time(gate)
}
const bareSeconds = []
const floorSeconds = []
const gateSeconds = []
for (let i = 0; i < runs; i++) {
  bareSeconds.push(time(bare))
  floorSeconds.push(time(floor))
  gateSeconds.push(time(gate))
}
const bareMedian = median(bareSeconds)
const floorMedian = median(floorSeconds)
const gateMedian = median(gateSeconds)
const ratio = gateMedian / bareMedian
const floorRatio = floorMedian / bareMedian
console.log(`node -e '': median ${ms(bareMedian)} ms of ${runs} (${bareSeconds.map(ms).join(', ')})`)
console.log(
  `yaml + zod checking the policy: median ${ms(floorMedian)} ms of ${runs} (${floorSeconds.map(ms).join(', ')})`
)
console.log(`gate check .: median ${ms(gateMedian)} ms of ${runs} (${gateSeconds.map(ms).join(', ')})`)
console.log(`ratio ${round(ratio)}× (floor: bare node start-up); yaml + zod alone ${round(floorRatio)}×`)
const budgets = [
  budget(
    'cold start: offline gate vs node -e ""',
    ratio,
    BUDGET_RATIO,
    '×',
    `${ms(gateMedian)} ms vs ${ms(bareMedian)} ms; yaml + zod alone ${ms(floorMedian)} ms, ${round(floorRatio)}×`
  )
]
printBudgets(budgets)
await mergeResults('coldStart', {
  machine,
  bundle,
  runs,
  bareSeconds,
  floorSeconds,
  gateSeconds,
  bareMedianSeconds: bareMedian,
  floorMedianSeconds: floorMedian,
  gateMedianSeconds: gateMedian,
  budgets
})

/** bench/dependency-floor.js bundled by ncc into bench/tmp (a few seconds; ncc empties its output folder). */
function buildDependencyFloor() {
  const out = join(ROOT, 'bench', 'tmp', 'dependency-floor')
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(
    process.execPath,
    [ncc, 'build', join(ROOT, 'bench', 'dependency-floor.js'), '-o', out, '--quiet'],
    {
      cwd: ROOT,
      stdio: 'inherit'
    }
  )
  return join(out, 'index.js')
}

/** Wall time of one run, start-up and exit included (what a pipeline step pays). */
function time([command, ...args]) {
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  // The gate exits 1 when the level misses its target in enforce mode; only a crash or usage error is a failure.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`)
  }
  return seconds
}

function ms(seconds) {
  return Math.round(seconds * 1000)
}
