// Benchmark of the action bundle end to end against design §10's REST budget: `node dist/index.js` started
// as the runner starts it (INPUT_* and GITHUB_* variables, event file, output and summary files) against the
// fake GitHub REST API on 127.0.0.1 that the tests use, for a run of 300 jobs. The fake counts the requests:
// at most ceil(jobs/100) + 3. The wall time of the whole step is reported too.
//
//   node bench/action-run.js             300 jobs, median of 5 runs
//   node bench/action-run.js --jobs=1000 --runs=3
//
// The fake server and the recorded response shapes are the tests' own (__tests__/helpers), compiled into
// build/bench-helpers with tsc. The bundle is dist/index.js as committed, or under BENCH_DIST (see lib.js).
// Figures are merged into bench/results.json under the key `actionRun`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, ROOT, budget, machineInfo, median, mergeResults, printBudgets, round } from './lib.js'

const HELPERS = ['fake-github', 'github-shapes']
const HELPERS_OUT = join(ROOT, 'build', 'bench-helpers')
const BUNDLE = join(DIST, 'index.js')
const TOKEN = 'ghs_benchTokenThatMustNeverBePrinted001'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const REPO = '/repos/octo/shop'
const TARGET = { owner: 'octo', repo: 'shop', runId: 42, attempt: 1, headSha: SHA }
/** The fixed jobs of the workflow below; the rest of the run is legs of the unit-test matrix. */
const FIXED = ['build', 'Acceptance (Playwright)', 'deploy-production', 'maturity']

const jobCount = Number(process.argv.find(a => a.startsWith('--jobs='))?.slice(7) ?? 300)
const runs = Number(process.argv.find(a => a.startsWith('--runs='))?.slice(7) ?? 5)
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build it with npm run package`)
buildHelpers()
const { FakeGitHub, paginated } = await import(helper('fake-github'))
const { branchRuleShape, jobShape, workflowRunShape } = await import(helper('github-shapes'))

const machine = machineInfo()
const dir = join(ROOT, 'bench', 'tmp', `action-run-${process.pid}`)
const measured = []
try {
  writeRepo(dir)
  for (let i = 0; i < runs; i++) measured.push(await runAction(dir))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const limit = Math.ceil(jobCount / 100) + 3
const requests = Math.max(...measured.map(m => m.requests))
const wallSeconds = median(measured.map(m => m.seconds))
console.log(`${jobCount} jobs in the run; requests per gate run: ${measured.map(m => m.requests).join(', ')}`)
console.log(`requests by endpoint: ${JSON.stringify(measured[0].byPath)}`)
console.log(
  `wall time of the action step: median ${round(wallSeconds * 1000)} ms of ${runs} ` +
    `(${measured.map(m => Math.round(m.seconds * 1000)).join(', ')})`
)
const budgets = [budget(`REST requests for a ${jobCount}-job run`, requests, limit, 'requests')]
printBudgets(budgets)
await mergeResults('actionRun', {
  machine,
  jobs: jobCount,
  runs,
  requestsPerRun: measured.map(m => m.requests),
  requestsByPath: measured[0].byPath,
  wallSeconds: measured.map(m => m.seconds),
  wallMedianSeconds: wallSeconds,
  budgets
})

/** One action step: a fresh fake API, the bundle as the runner starts it, the requests it made. */
async function runAction(dir) {
  const fake = await FakeGitHub.start(TOKEN)
  try {
    const legs = Array.from({ length: jobCount - FIXED.length }, (_, i) => `Unit tests (${i})`)
    const names = [FIXED[0], ...legs, ...FIXED.slice(1)]
    const jobs = names.map((name, i) =>
      name === 'maturity'
        ? { id: i + 1, name, status: 'in_progress', startedAt: at(i) }
        : { id: i + 1, name, conclusion: 'success', startedAt: at(i), completedAt: at(i + 1) }
    )
    fake
      .on('GET', `${REPO}/actions/runs/42`, {
        body: workflowRunShape({
          ...TARGET,
          id: 42,
          event: 'push',
          headBranch: 'main',
          path: '.github/workflows/delivery.yml'
        })
      })
      .on(
        'GET',
        `${REPO}/actions/runs/42/attempts/1/jobs`,
        paginated(
          jobs.map(job => jobShape(TARGET, job)),
          'jobs'
        )
      )
      .on('GET', `${REPO}/deployments`, { body: [] })
      // Rulesets that settle the protection: classic protection is then not read (one request fewer).
      .on('GET', `${REPO}/rules/branches/main`, {
        body: [
          branchRuleShape('pull_request'),
          branchRuleShape('required_status_checks', { required_status_checks: [{ context: 'maturity' }] })
        ]
      })
    writeFileSync(join(dir, 'outputs'), '')
    writeFileSync(join(dir, 'summary.md'), '')
    const started = process.hrtime.bigint()
    const result = await node([BUNDLE], join(dir, 'repo'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: join(dir, 'repo'),
      GITHUB_OUTPUT: join(dir, 'outputs'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_JOB: 'maturity',
      GITHUB_WORKFLOW_REF: 'octo/shop/.github/workflows/delivery.yml@refs/heads/main',
      GITHUB_API_URL: fake.url,
      INPUT_TOKEN: TOKEN,
      INPUT_POLICY: '.maturity.yml'
    })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    if (result.code !== 0 && result.code !== 1) {
      throw new Error(`the action exited ${result.code}: ${result.stderr || result.stdout}`)
    }
    /** @type {Record<string, number>} */
    const byPath = {}
    for (const request of fake.requests) byPath[request.path] = (byPath[request.path] ?? 0) + 1
    if (!byPath[`${REPO}/actions/runs/42/attempts/1/jobs`]) {
      throw new Error(`the action never read the run's jobs: ${result.stdout}`)
    }
    return { seconds, requests: fake.count(), byPath }
  } finally {
    await fake.close()
  }
}

/** A repository whose delivery workflow has a unit-test matrix wide enough for the run's legs. */
function writeRepo(dir) {
  mkdirSync(join(dir, 'repo', '.github', 'workflows'), { recursive: true })
  const legs = Array.from({ length: jobCount - FIXED.length }, (_, i) => i).join(', ')
  writeFileSync(
    join(dir, 'repo', '.github', 'workflows', 'delivery.yml'),
    `name: Delivery
on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
  unit:
    name: Unit tests
    runs-on: ubuntu-latest
    strategy:
      matrix:
        shard: [${legs}]
    steps:
      - run: npm test -- --shard=\${{ matrix.shard }}
  e2e:
    name: Acceptance (Playwright)
    needs: [build, unit]
    runs-on: ubuntu-latest
    steps:
      - run: npx playwright test
  deploy-production:
    needs: e2e
    if: github.event_name == 'push'
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/deploy.sh production
  maturity:
    needs: [deploy-production]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - uses: maturity-gate/maturity-gate@v1
`
  )
  writeFileSync(
    join(dir, 'repo', '.maturity.yml'),
    'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  acceptance-before-promotion: { level: base }\n'
  )
  const event = {
    repository: { full_name: 'octo/shop', default_branch: 'main' },
    before: '0'.repeat(40),
    after: SHA
  }
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event))
}

function at(minute) {
  return new Date(Date.UTC(2026, 10, 29, 10, 0) + minute * 1000).toISOString().replace('.000', '')
}

/** Runs node with exactly `env` (a runner passes nothing else) and collects its output. */
function node(args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => {
      resolve({ code, stdout, stderr })
    })
  })
}

function helper(name) {
  return join(HELPERS_OUT, '__tests__', 'helpers', `${name}.js`)
}

/** Compiles the tests' fake server and shapes when missing or older than their sources. */
function buildHelpers() {
  const source = name => join(ROOT, '__tests__', 'helpers', `${name}.ts`)
  const stale = () =>
    HELPERS.some(n => !existsSync(helper(n)) || statSync(source(n)).mtimeMs > statSync(helper(n)).mtimeMs)
  if (!stale()) return
  console.log('building: npx tsc (the fake GitHub server and response shapes of __tests__/helpers)')
  const options = ['--outDir', HELPERS_OUT, '--rootDir', ROOT, '--module', 'NodeNext', '--moduleResolution']
  spawnSync(
    'npx',
    ['tsc', ...options, 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--types', 'node'].concat(
      HELPERS.map(source)
    ),
    { cwd: ROOT, stdio: 'ignore' }
  )
  if (stale()) throw new Error(`build failed: ${HELPERS_OUT} lacks the compiled helpers`)
}
