// Benchmark of workflow evidence against its budgets: 1,000 workflow files with 20,000 jobs parsed (through
// the collector, as the gate does) and graphed — predecessors, events, automatic-ness and environment class
// of every job — in under 1 s on this machine (issue 18; design §10 said 2 s); then the same files evaluated
// end to end by the CLI bundle (every practice of CDMM up to expert) in under 2 s (design §10).
//
//   node bench/workflows.js                 1,000 files × 20 jobs, median of 5 runs
//   node bench/workflows.js --runs=3
//
// The TypeScript is compiled with `npx tsc --outDir build` when the built modules are missing or stale.
// Figures are merged into bench/results.json under the key `workflows`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  DIST,
  ROOT,
  budget,
  buildModules,
  builtModule,
  machineInfo,
  median,
  mergeResults,
  printBudgets
} from './lib.js'

const MODULES = {
  collector: 'evidence/workflows',
  workspace: 'evidence/workspace-from-files',
  graph: 'workflow/graph',
  environments: 'workflow/environment-class'
}
const FILES = 1000
const JOBS_PER_FILE = 20
/** Parse and graph (issue 18), and the whole CLI gate (design §10). */
const BUDGET_SECONDS = { analysis: 1, gate: 2 }

buildModules(Object.values(MODULES))
// The built modules are these sources compiled: their types are the sources' types.
/** @type {typeof import('../src/evidence/workflows.js')} */
const { collectWorkflows } = await import(builtModule(MODULES.collector))
/** @type {typeof import('../src/evidence/workspace-from-files.js')} */
const { workspaceFromFiles } = await import(builtModule(MODULES.workspace))
/** @type {typeof import('../src/workflow/graph.js')} */
const { createWorkflowGraph } = await import(builtModule(MODULES.graph))
/** @type {typeof import('../src/workflow/environment-class.js')} */
const { classifyEnvironment, DEFAULT_ENVIRONMENT_PATTERNS } = await import(builtModule(MODULES.environments))

const files = generate()
const runs = Number(process.argv.find(a => a.startsWith('--runs='))?.slice(7) ?? 5)
const machine = machineInfo()

const timings = []
let counts
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint()
  counts = await parseAndGraph(files)
  timings.push(Number(process.hrtime.bigint() - started) / 1e9)
}
if (counts.workflows !== FILES || counts.jobs !== FILES * JOBS_PER_FILE || counts.problems !== 0) {
  throw new Error(
    `expected ${FILES} workflows, ${FILES * JOBS_PER_FILE} jobs and no problems, got ${JSON.stringify(counts)}`
  )
}
const medianSeconds = median(timings)
console.log(
  `${counts.workflows} files, ${counts.jobs} jobs, ${counts.steps} steps, ${counts.edges} workflow_run edges`
)
console.log(`runs: ${timings.map(t => t.toFixed(3)).join(' s, ')} s; median ${medianSeconds.toFixed(3)} s`)
const gateSeconds = wholeGate(files)
const gateMedian = median(gateSeconds)
console.log(
  `whole gate (node dist/cli/index.js check, every CDMM practice up to expert): ` +
    `${gateSeconds.map(t => t.toFixed(3)).join(' s, ')} s; median ${gateMedian.toFixed(3)} s`
)
const budgets = [
  budget('1,000 workflows / 20,000 jobs: parse + graph', medianSeconds, BUDGET_SECONDS.analysis, 's'),
  budget('1,000 workflows / 20,000 jobs: whole CLI gate', gateMedian, BUDGET_SECONDS.gate, 's')
]
printBudgets(budgets)
await mergeResults('workflows', {
  machine,
  input: counts,
  runsSeconds: timings,
  medianSeconds,
  gateRunsSeconds: gateSeconds,
  gateMedianSeconds: gateMedian,
  budgets
})

/**
 * The same files as a checkout evaluated by the CLI bundle as `maturity-gate check` runs: start-up, policy,
 * workspace walk, parsing, every CDMM practice up to expert, the text report. Three runs, wall time. (The
 * JSON report of this checkout lists every job's evidence, ~19 MB: rendering and writing it adds ~0.2 s.)
 */
function wholeGate(files) {
  const bundle = join(DIST, 'cli', 'index.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it with npm run package`)
  const dir = join(ROOT, 'bench', 'tmp', `workflows-${process.pid}`)
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), text)
    }
    writeFileSync(join(dir, '.maturity.yml'), 'version: 1\nmodel: cdmm\ntarget: expert\nmode: advise\n')
    return Array.from({ length: 3 }, () => {
      const started = process.hrtime.bigint()
      const result = spawnSync(process.execPath, [bundle, 'check', dir], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
      })
      if (result.status !== 0) throw new Error(`the gate exited ${result.status}: ${result.stderr}`)
      return Number(process.hrtime.bigint() - started) / 1e9
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One gate's worth of workflow work: collect, build the graph, ask every job what practices ask. */
async function parseAndGraph(files) {
  const { workflows, problems } = await collectWorkflows(workspaceFromFiles(files))
  const graph = createWorkflowGraph(workflows)
  let jobs = 0
  let steps = 0
  let ordered = 0
  let automatic = 0
  /** @type {Record<string, number>} */
  const classes = {}
  for (const workflow of workflows) {
    for (const job of workflow.jobs) {
      const ref = { workflow: workflow.file, job: job.id }
      jobs++
      steps += job.steps.length
      ordered += graph.predecessors(ref).length
      if (graph.isAutomatic(ref)) automatic++
      graph.eventsOf(ref)
      const cls = job.environment
        ? classifyEnvironment(job.environment.name, DEFAULT_ENVIRONMENT_PATTERNS)
        : 'none'
      classes[cls] = (classes[cls] ?? 0) + 1
    }
  }
  return {
    workflows: workflows.length,
    jobs,
    steps,
    problems: problems.length,
    edges: graph.workflowRunEdges.length,
    predecessorPairs: ordered,
    automaticJobs: automatic,
    environmentClasses: classes
  }
}

/**
 * Realistic shapes: a build → unit/lint → integration (with services) → e2e → staging → production chain,
 * padded with matrix test jobs; some workflows deploy on tags or by hand only, and every tenth workflow
 * is triggered by the previous one through workflow_run.
 */
function generate() {
  const files = {}
  for (let w = 0; w < FILES; w++) files[`.github/workflows/wf-${w}.yml`] = workflowText(w)
  return files
}

function workflowText(w) {
  const triggers =
    w % 10 === 9
      ? `on:\n  workflow_run:\n    workflows: [Pipeline ${w - 1}]\n    types: [completed]`
      : w % 7 === 0
        ? 'on: workflow_dispatch'
        : `on:\n  push:\n    branches: [main, 'release/**']\n    tags: ['v*']\n    paths-ignore: ['docs/**']\n  pull_request:\n    types: [opened, synchronize]\n  schedule:\n    - cron: '0 ${w % 24} * * *'`
  const jobs = []
  const fixed = [
    'build',
    'unit',
    'lint',
    'integration',
    'e2e',
    'deploy-staging',
    'deploy-production',
    'smoke'
  ]
  for (let j = 0; j < JOBS_PER_FILE - fixed.length; j++)
    jobs.push(job(`test-${j}`, ['build'], { matrix: true }))
  jobs.push(
    job('build', [], { outputs: true }),
    job('unit', ['build']),
    job('lint', []),
    job('integration', ['build'], { services: true }),
    job('e2e', ['unit', 'integration', 'lint'], { if: "github.event_name != 'schedule'" }),
    job('deploy-staging', ['e2e'], { environment: `gke-staging-${w}` }),
    job('deploy-production', ['deploy-staging'], {
      environment: w % 3 === 0 ? 'production' : `prod-eu-${w}`,
      if: "github.ref == 'refs/heads/main' && github.event_name == 'push'"
    }),
    job('smoke', ['deploy-production'])
  )
  const success = w % 10 === 9 ? "\n    if: ${{ github.event.workflow_run.conclusion == 'success' }}" : ''
  return `name: Pipeline ${w}\n${triggers}\npermissions:\n  contents: read\njobs:\n${jobs.join('\n').replace(/^( {2}lint:\n {4}name: .*)$/m, `$1${success}`)}\n`
}

function job(id, needs, options = {}) {
  const lines = [`  ${id}:`, `    name: ${id} \${{ matrix.node || '' }}`, '    runs-on: ubuntu-latest']
  if (needs.length > 0) lines.push(`    needs: [${needs.join(', ')}]`)
  if (options.if) lines.push(`    if: ${options.if}`)
  if (options.environment)
    lines.push(
      `    environment:\n      name: ${options.environment}\n      url: \${{ steps.deploy.outputs.url }}`
    )
  if (options.matrix)
    lines.push(
      '    strategy:\n      matrix:\n        node: [18, 20, 22]\n        os: [ubuntu-latest, windows-latest]'
    )
  if (options.services)
    lines.push('    services:\n      postgres:\n        image: postgres:16\n        ports: [5432:5432]')
  if (options.outputs) lines.push('    outputs:\n      digest: ${{ steps.push.outputs.digest }}')
  lines.push(
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:\n          node-version: ${{ matrix.node || 20 }}\n          cache: npm',
    '      - name: Install\n        run: npm ci',
    `      - name: Run ${id}\n        id: ${id.replace(/-/g, '_')}\n        run: |\n          npm run ${id} -- --reporter=junit\n          echo "done" >> "$GITHUB_STEP_SUMMARY"`,
    '      - uses: actions/upload-artifact@v4\n        if: always()\n        with:\n          name: ${{ github.job }}-report\n          path: reports/'
  )
  return lines.join('\n')
}
