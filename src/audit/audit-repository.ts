import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GitHubClient } from '../evidence/github-client.js'
import type { OrgRepository } from '../evidence/org-repositories.js'
import { latestReportArtifact } from '../evidence/report-artifact.js'
import { readRepositoryFiles } from '../evidence/repository-files.js'
import { runGate } from '../gate.js'
import { InvalidPolicyError } from '../policy/errors.js'
import { collectedReport } from '../report/org/collected-report.js'
import { parseHistory } from '../report/parse-history.js'
import { orgEntryOf, unreadableEntry } from '../report/org/org-entry.js'
import type { OrgEntry } from '../report/org/org-entry.js'
import { messageOf } from '../core/message-of.js'

const POLICY = '.maturity.yml'

export interface RepositoryAuditSettings {
  client: GitHubClient
  /** The artifact name the gate jobs upload. */
  artifact: string
  /** Folder of tier policies for repositories without their own. */
  policies: string | undefined
  today?: string
}

/**
 * One repository's row: its latest default-branch report artifact when it has one (collect), else its policy
 * and workflow files re-evaluated statically, else why neither was possible.
 */
export async function auditRepository(
  target: OrgRepository,
  settings: RepositoryAuditSettings
): Promise<OrgEntry> {
  const identity = { name: `${target.owner}/${target.repo}`, tier: target.tier }
  const artifact = await latestReportArtifact(settings.client, target, settings.artifact)
  if ('error' in artifact) return unreadableEntry(identity, artifact.error)
  if (artifact.found) {
    const report = collectedReport(artifact.report)
    if ('problem' in report)
      return unreadableEntry(identity, `artifact ${settings.artifact}: ${report.problem}`)
    return orgEntryOf(report, identity, 'artifact', parseHistory(artifact.history ?? '').records)
  }
  return staticEntry(target, identity, settings)
}

async function staticEntry(
  target: OrgRepository,
  identity: { name: string; tier: string | null },
  settings: RepositoryAuditSettings
): Promise<OrgEntry> {
  const read = await readRepositoryFiles(settings.client, target, POLICY)
  if (!read.ok)
    return unreadableEntry(identity, `no report artifact, and its files could not be read: ${read.reason}`)
  const policyText = read.files[POLICY] ?? (await tierPolicy(settings.policies, target.tier))
  if (policyText === undefined) {
    return unreadableEntry(
      identity,
      `no report artifact and no ${POLICY}${settings.policies ? ' nor tier policy' : ''}`
    )
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'maturity-audit-'))
  try {
    await writeFiles(root, read.files)
    const report = await runGate({ root, policyPath: POLICY, policyText, today: settings.today })
    return orgEntryOf(report, identity, 'static')
  } catch (error) {
    const reason =
      error instanceof InvalidPolicyError
        ? `its policy is invalid (${error.errors.length} errors)`
        : messageOf(error)
    return unreadableEntry(identity, `no report artifact, and re-evaluating failed: ${reason}`)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** The files read through the API, under `root`; a name that would leave it is not written. */
async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.resolve(root, name)
    if (!file.startsWith(root + path.sep)) continue
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  }
}

/** DIR/<tier>.yml, else DIR/default.yml; a tier that is not a plain file name only gets the default. */
async function tierPolicy(folder: string | undefined, tier: string | null): Promise<string | undefined> {
  if (folder === undefined) return undefined
  const names =
    tier !== null && /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(tier)
      ? [`${tier}.yml`, 'default.yml']
      : ['default.yml']
  for (const name of names) {
    try {
      return await readFile(path.join(folder, name), 'utf8')
    } catch {
      // Try the next one: an absent tier policy falls back to the default.
    }
  }
  return undefined
}
