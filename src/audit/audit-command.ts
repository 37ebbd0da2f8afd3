import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { GitHubClient } from '../evidence/github-client.js'
import { listOrgRepositories } from '../evidence/org-repositories.js'
import type { OrgRepository } from '../evidence/org-repositories.js'
import { mergeOrgReport } from '../report/org/merge-org-report.js'
import type { OrgReport } from '../report/org/merge-org-report.js'
import { unreadableEntry } from '../report/org/org-entry.js'
import type { OrgEntry } from '../report/org/org-entry.js'
import { renderOrgCsv } from '../report/org/render-org-csv.js'
import { renderOrgDashboard } from '../report/org/render-org-dashboard.js'
import { renderOrgMarkdown } from '../report/org/render-org-markdown.js'
import { InputError } from '../core/input-error.js'
import { messageOf } from '../core/message-of.js'
import { AUDIT_USAGE, parseAuditArgs } from './audit-options.js'
import type { AuditOptions } from './audit-options.js'
import { auditRepository } from './audit-repository.js'
import { inShard, shardCount } from './plan-shards.js'

export interface AuditIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env?: Record<string, string | undefined>
  today?: string
}

const PLAN_FILE = 'repositories.jsonl'
/** Repositories audited at once per process: 20 shards of 4 stay under GitHub's 100 concurrent requests. */
const CONCURRENCY = 4
/** A shard of a 10,000-repository audit may wait out several quota resets (README budget): 4 hours at most. */
const MAX_WAIT_MS = 4 * 60 * 60 * 1000

/** `maturity-gate audit …`: 0 when the step's files are written, 2 for a bad command line or input. */
export async function runAudit(argv: string[], io: AuditIo): Promise<number> {
  try {
    const options = parseAuditArgs(argv, io.cwd)
    if (options === 'help') {
      io.stdout(AUDIT_USAGE)
      return 0
    }
    await mkdir(options.outputDir, { recursive: true })
    await runStep(options, io)
    return 0
  } catch (error) {
    const said = error instanceof InputError && error.path === '' ? error.what : messageOf(error)
    io.stderr(`maturity-gate audit: ${said}\n`)
    return 2
  }
}

async function runStep(options: AuditOptions, io: AuditIo): Promise<void> {
  const { mode } = options
  if (mode.kind === 'merge') {
    await writeOrgReport(await mergeOrgReport(options.org, shardEntries(options.outputDir)), options, io)
    return
  }
  const client = await auditClient(io)
  if (mode.kind === 'shard') {
    const planned = await readPlan(options.outputDir)
    const mine = planned.filter((_, index) => inShard(index, mode.shard, mode.of))
    const entries = await auditAll(mine, client, options, io)
    await writeFile(path.join(options.outputDir, `shard-${mode.shard}.jsonl`), jsonLines(entries))
    io.stdout(`shard ${mode.shard}/${mode.of}: ${entries.length} repositories audited\n`)
    return
  }
  const listed = await listOrgRepositories(client, options.org, options.filter)
  for (const warning of listed.warnings) io.stderr(`maturity-gate audit: warning: ${warning}\n`)
  if (mode.kind === 'plan') {
    await writeFile(path.join(options.outputDir, PLAN_FILE), jsonLines(listed.repositories))
    const count = shardCount(listed.repositories.length, mode.shards)
    io.stderr(`${listed.repositories.length} repositories of ${options.org} in ${count} shards\n`)
    // The workflow's planning step appends this line to $GITHUB_OUTPUT: the matrix of the shard jobs.
    io.stdout(`shards=${JSON.stringify(Array.from({ length: count }, (_, i) => `${i + 1}/${count}`))}\n`)
    return
  }
  const entries = await auditAll(listed.repositories, client, options, io)
  await writeOrgReport(await mergeOrgReport(options.org, entries), options, io)
}

async function auditClient(io: AuditIo): Promise<GitHubClient> {
  const token = io.env?.GITHUB_TOKEN || io.env?.GH_TOKEN
  if (!token)
    throw new InputError(
      'audit reads the GitHub API: set GITHUB_TOKEN or GH_TOKEN to a token that may read the org',
      ''
    )
  const apiUrl = io.env?.GITHUB_API_URL || 'https://api.github.com'
  if (!URL.canParse(apiUrl)) throw new InputError('GITHUB_API_URL is not a URL', apiUrl)
  const { createGitHubClient } = await import('../evidence/github-client.js')
  const { SharedBackoff } = await import('../evidence/shared-backoff.js')
  return createGitHubClient({
    token,
    apiUrl,
    maxTotalWaitMs: MAX_WAIT_MS,
    maxRetries: 8,
    backoff: new SharedBackoff()
  })
}

/** Every repository's row, in the given order, CONCURRENCY at a time. */
async function auditAll(
  repositories: readonly OrgRepository[],
  client: GitHubClient,
  options: AuditOptions,
  io: AuditIo
): Promise<OrgEntry[]> {
  const entries: OrgEntry[] = new Array<OrgEntry>(repositories.length)
  let next = 0
  const settings = { client, artifact: options.artifact, policies: options.policies, today: io.today }
  const worker = async (): Promise<void> => {
    for (let index = next++; index < repositories.length; index = next++) {
      const repository = repositories[index] as OrgRepository
      entries[index] = await auditRepository(repository, settings)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return entries
}

async function readPlan(folder: string): Promise<OrgRepository[]> {
  const file = path.join(folder, PLAN_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new InputError(
      `no plan to shard: run 'maturity-gate audit --plan N' first, which writes ${PLAN_FILE}`,
      file
    )
  }
  return text
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => JSON.parse(line) as OrgRepository)
}

/**
 * The rows of every shard file, one line at a time (merging never holds a shard file in memory), then a row
 * for each planned repository no shard wrote: a failed shard job shows as its repositories unread, not as a
 * smaller org.
 */
async function* shardEntries(folder: string): AsyncGenerator<OrgEntry> {
  const shards = (await readdir(folder)).filter(name => /^shard-\d+\.jsonl$/.test(name)).sort()
  if (shards.length === 0)
    throw new InputError('no shard-N.jsonl to merge: run the shard steps first', folder)
  const merged = new Set<string>()
  for (const shard of shards) {
    const lines = createInterface({ input: createReadStream(path.join(folder, shard)), crlfDelay: Infinity })
    for await (const line of lines) {
      if (line.trim() === '') continue
      const entry = JSON.parse(line) as OrgEntry
      merged.add(entry.repository)
      yield entry
    }
  }
  const planned = existsSync(path.join(folder, PLAN_FILE)) ? await readPlan(folder) : []
  for (const repository of planned) {
    const name = `${repository.owner}/${repository.repo}`
    if (!merged.has(name)) {
      yield unreadableEntry(
        { name, tier: repository.tier },
        'its shard wrote no row (did the shard job fail?)'
      )
    }
  }
}

async function writeOrgReport(report: OrgReport, options: AuditOptions, io: AuditIo): Promise<void> {
  const files: Array<[string, string]> = [
    ['org-report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['org-summary.md', renderOrgMarkdown(report)],
    ['org-dashboard.html', renderOrgDashboard(report)],
    ...(options.csv ? [['org-report.csv', renderOrgCsv(report)] as [string, string]] : [])
  ]
  for (const [name, text] of files) await writeFile(path.join(options.outputDir, name), text)
  const { artifact, static: evaluated, unreadable } = report.sources
  io.stdout(
    `${options.org}: ${report.repositories} repositories (${artifact} from their report artifact, ${evaluated} re-evaluated, ${unreadable} unreadable), ${report.passed} reach their target\n` +
      `wrote ${files.map(([name]) => path.relative(io.cwd, path.join(options.outputDir, name))).join(', ')}\n`
  )
}

function jsonLines(values: readonly unknown[]): string {
  return values.map(value => `${JSON.stringify(value)}\n`).join('')
}
