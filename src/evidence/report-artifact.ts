import { MAX_ENTRY_BYTES, zipEntries } from '../parsers/zip-entries.js'
import { messageOf } from '../core/message-of.js'
import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'

/** The artifact the gate job uploads on default-branch runs and the org audit collects (README). */
export const REPORT_ARTIFACT = 'maturity-report'
/** The file names the gate job's upload puts in the artifact (README "Usage in a workflow"). */
export const REPORT_FILE = 'maturity-report.json'
export const HISTORY_FILE = 'maturity-history.jsonl'

export type ArtifactRead =
  | { found: true; report: string; history?: string; createdAt?: string }
  | { found: false }
  | { found: false; error: string }

interface Artifact {
  id: number
  size_in_bytes?: number
  expired?: boolean
  created_at?: string | null
  workflow_run?: { head_branch?: string | null } | null
}

/**
 * The report of the newest unexpired `name` artifact uploaded by a run on the default branch: two requests
 * (the list, the download). A repository without one is `found: false`; one the token may not read, or whose
 * artifact is not a zip holding `maturity-report.json`, has an error saying so.
 */
export async function latestReportArtifact(
  client: GitHubClient,
  target: { owner: string; repo: string; defaultBranch: string },
  name: string
): Promise<ArtifactRead> {
  let artifact: Artifact | undefined
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/artifacts', {
      owner: target.owner,
      repo: target.repo,
      name,
      per_page: 30
    })
    artifact = (response.data.artifacts as Artifact[]).find(
      candidate => candidate.expired !== true && candidate.workflow_run?.head_branch === target.defaultBranch
    )
  } catch (error) {
    return { found: false, error: `the artifacts could not be listed: ${refusal(error)}` }
  }
  if (artifact === undefined) return { found: false }
  // A report is kilobytes; an artifact of that name holding anything large is not downloaded at all.
  if ((artifact.size_in_bytes ?? 0) > MAX_ENTRY_BYTES) {
    return {
      found: false,
      error: `artifact ${artifact.id} is ${artifact.size_in_bytes} bytes, too large to be a report`
    }
  }
  return download(client, target, artifact)
}

async function download(
  client: GitHubClient,
  target: { owner: string; repo: string },
  artifact: Artifact
): Promise<ArtifactRead> {
  try {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      { owner: target.owner, repo: target.repo, artifact_id: artifact.id, archive_format: 'zip' }
    )
    const files = zipEntries(Buffer.from(response.data as ArrayBuffer))
    const report = files.get(REPORT_FILE)
    if (report === undefined) {
      return { found: false, error: `artifact ${artifact.id} holds no ${REPORT_FILE}` }
    }
    return {
      found: true,
      report: report.toString('utf8'),
      history: files.get(HISTORY_FILE)?.toString('utf8'),
      createdAt: artifact.created_at ?? undefined
    }
  } catch (error) {
    const { status } = error as { status?: number }
    const reason = status === undefined ? messageOf(error) : refusal(error)
    return { found: false, error: `artifact ${artifact.id} could not be read: ${reason}` }
  }
}

/** A status and GitHub's words, with the permission a 403 or 404 most likely lacks. */
function refusal(error: unknown): string {
  const { status } = error as { status?: number }
  const hint = status === 403 || status === 404 ? ' (the token needs `actions: read` on this repository)' : ''
  return `${status === undefined ? '' : `${status} `}${githubMessage(error)}${hint}`
}
