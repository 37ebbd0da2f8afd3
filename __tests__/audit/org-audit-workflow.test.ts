import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import type { OrgReport } from '../../src/report/org/merge-org-report.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { AUDITED, ORG, serveOrg } from '../helpers/fixture-org.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/**
 * The reusable workflow .github/workflows/org-audit.yml in a dry run: its plan, shard and merge jobs' `run:`
 * steps, exactly as written, run with bash in job order against the loopback GitHub API, with the inputs a
 * caller passes and the artifacts of one job handed to the next through a shared folder (what upload- and
 * download-artifact do). The merged org report must be the one a single `audit --org` writes.
 */

const ROOT = path.join(import.meta.dirname, '../..')
const FILE = '.github/workflows/org-audit.yml'
const TEXT = readFileSync(path.join(ROOT, FILE), 'utf8')
const bundle = path.join(ROOT, 'dist/cli/index.js')
const TOKEN = 'ghs_orgAuditWorkflowTokenNeverPrinted01'

interface Step {
  run?: string
  uses?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  env?: Record<string, string>
  steps: Step[]
  permissions?: Record<string, string>
}
const workflow = parse(TEXT) as {
  on: { workflow_call: { inputs: Record<string, unknown> } }
  jobs: Record<string, Job>
}

let fake: FakeGitHub
let work: string

beforeAll(async () => {
  fake = await FakeGitHub.start(TOKEN)
  serveOrg(fake)
  work = await mkdtemp(path.join(os.tmpdir(), 'org-audit-workflow-'))
})

afterAll(async () => {
  await fake.close()
  await rm(work, { recursive: true, force: true })
})

/** What each `${{ … }}` env value of the workflow is in this dry run, by variable name: the caller's inputs. */
function expressionValues(shard: string): Record<string, string> {
  return {
    MATURITY_GATE: bundle,
    ORG,
    TOPIC: '',
    PROPERTY: '',
    TIER_PROPERTY: 'tier',
    INCLUDE_ARCHIVED: 'false',
    INCLUDE_FORKS: 'false',
    MAX_SHARDS: '4',
    POLICIES: '',
    SHARD: shard,
    CSV: 'true',
    GH_TOKEN: TOKEN
  }
}

function resolved(env: Record<string, string> | undefined, shard: string): Record<string, string> {
  const values = expressionValues(shard)
  return Object.fromEntries(
    Object.entries(env ?? {}).map(([name, value]) => {
      if (name === 'MATURITY_GATE') return [name, bundle]
      if (!value.includes('${{')) return [name, value]
      const given = values[name]
      if (given === undefined) throw new Error(`the dry run has no value for ${name}: ${value}`)
      return [name, given]
    })
  )
}

function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The runner's shell for `run:` on Linux.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: work,
      env
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => {
      resolve({ code, stderr })
    })
  })
}

/** Runs a job's `run:` steps in order; returns what they wrote to $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY. */
async function runJob(id: string, shard = ''): Promise<{ output: string; summary: string }> {
  const job = workflow.jobs[id] as Job
  const output = path.join(work, `${id}-${shard.replace('/', '-')}.output`)
  const summary = path.join(work, `${id}-${shard.replace('/', '-')}.summary`)
  await writeFile(output, '')
  await writeFile(summary, '')
  for (const step of job.steps.filter(s => s.run !== undefined)) {
    const env = {
      ...runnerEnv({ GITHUB_API_URL: fake.url, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary }),
      ...resolved(job.env, shard),
      ...resolved(step.env, shard)
    }
    const result = await bash(step.run ?? '', env)
    if (result.code !== 0) throw new Error(`${id} step failed (${result.code}): ${result.stderr}`)
  }
  return { output: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') }
}

const readReport = async (dir: string): Promise<OrgReport> =>
  JSON.parse(await readFile(path.join(work, dir, 'org-report.json'), 'utf8')) as OrgReport

describe(FILE, () => {
  it('is a valid reusable workflow: workflow_call, every job with its permissions, no problem found', () => {
    expect(parseWorkflow(TEXT, FILE).problems).toEqual([])
    expect(Object.keys(workflow.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining(['org', 'topic', 'property', 'max-shards', 'csv', 'pages'])
    )
    for (const [id, job] of Object.entries(workflow.jobs))
      expect([id, job.permissions]).toEqual([id, expect.any(Object)])
    // The inputs reach the shell through env only, never interpolated into a script.
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) expect(step.run ?? '').not.toContain('${{')
    }
  })

  it("README's caller uses this workflow with inputs and secrets it declares, and the gate job uploads what it collects", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const from = readme.indexOf('## Auditing an organisation')
    const caller = parse(/```yaml\n([\s\S]*?)```/.exec(readme.slice(from))?.[1] ?? '') as {
      jobs: { audit: { uses: string; with: Record<string, unknown>; secrets: Record<string, string> } }
    }
    const declared = parse(TEXT) as {
      on: {
        workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, { required: boolean }> }
      }
    }
    expect(caller.jobs.audit.uses).toBe(`maturity-gate/maturity-gate/${FILE}@v0`)
    expect(
      Object.keys(caller.jobs.audit.with).filter(key => !(key in declared.on.workflow_call.inputs))
    ).toEqual([])
    expect(Object.keys(caller.jobs.audit.secrets).sort()).toEqual(
      Object.keys(declared.on.workflow_call.secrets).sort()
    )
    // The gate job of "Usage in a workflow" uploads the artifact the audit collects by default.
    const usage = readme.slice(readme.indexOf('## Usage in a workflow'))
    expect(/```yaml\n[\s\S]*?name: maturity-report\n\s+path: maturity-report\.json\n/.test(usage)).toBe(true)
  })

  it('dry run: plan, four shards and merge give the org report a single audit gives', async () => {
    const plan = await runJob('plan')
    const shards = JSON.parse(/^shards=(.*)$/m.exec(plan.output)?.[1] ?? '[]') as string[]
    expect(shards).toEqual(['1/4', '2/4', '3/4', '4/4'])
    for (const shard of shards) {
      const { output } = await runJob('shard', shard)
      expect(output).toBe(`number=${shard.split('/')[0]}\n`)
    }
    const merge = await runJob('merge')
    const sharded = await readReport('maturity-audit')
    expect(sharded.repositories).toBe(AUDITED.length)
    expect(merge.summary).toBe(await readFile(path.join(work, 'maturity-audit/org-summary.md'), 'utf8'))
    expect(readFileSync(path.join(work, 'maturity-site/index.html'), 'utf8')).toContain('<html lang="en">')
    const single = await spawnNode([bundle, 'audit', '--org', ORG, '--output-dir', 'single'], {
      cwd: work,
      env: runnerEnv({ GITHUB_API_URL: fake.url, GH_TOKEN: TOKEN })
    })
    expect(single.code).toBe(0)
    expect(sharded).toEqual(await readReport('single'))
  }, 120_000)

  it('a shard that wrote nothing leaves its repositories unread, not missing', async () => {
    await unlink(path.join(work, 'maturity-audit/shard-2.jsonl'))
    await runJob('merge')
    const report = await readReport('maturity-audit')
    expect(report.repositories).toBe(AUDITED.length)
    const lost = report.entries.filter(
      entry => entry.reason === 'its shard wrote no row (did the shard job fail?)'
    )
    expect(lost).toHaveLength(AUDITED.filter((_, index) => index % 4 === 1).length)
  }, 60_000)
})
