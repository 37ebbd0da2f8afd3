import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'
import { remoteWorkflowReader } from './remote-workflow-reader.js'

const WORKFLOWS = '.github/workflows'

export type RepositoryFiles = { ok: true; files: Record<string, string> } | { ok: false; reason: string }

/**
 * What a static re-evaluation needs, read through the contents API at the default branch: the policy (absent
 * from `files` when the repository has none) and every workflow file. One request for the policy, one for the
 * workflow folder, one per workflow file.
 */
export async function readRepositoryFiles(
  client: GitHubClient,
  target: { owner: string; repo: string; defaultBranch: string },
  policyPath: string
): Promise<RepositoryFiles> {
  const read = remoteWorkflowReader(client)
  const at = { owner: target.owner, repo: target.repo, ref: target.defaultBranch }
  const policy = await read({ ...at, path: policyPath })
  if (!policy.ok && policy.status !== 404) return { ok: false, reason: `${policyPath}: ${policy.reason}` }
  const names = await workflowNames(client, at)
  if (!names.ok) return names
  const files: Record<string, string> = policy.ok ? { [policyPath]: policy.text } : {}
  const reads = await Promise.all(
    names.files.map(async file => ({ file, read: await read({ ...at, path: file }) }))
  )
  for (const { file, read: workflow } of reads) {
    // An unreadable workflow is left out; the gate then judges the others, as for a checkout missing it.
    if (workflow.ok) files[file] = workflow.text
  }
  return { ok: true, files }
}

async function workflowNames(
  client: GitHubClient,
  at: { owner: string; repo: string; ref: string }
): Promise<{ ok: true; files: string[] } | { ok: false; reason: string }> {
  try {
    const response = await client.request(`GET /repos/{owner}/{repo}/contents/${WORKFLOWS}`, at)
    const entries = Array.isArray(response.data)
      ? (response.data as Array<{ type: string; path: string }>)
      : []
    return {
      ok: true,
      files: entries
        .filter(entry => entry.type === 'file' && /\.ya?ml$/.test(entry.path))
        .map(entry => entry.path)
    }
  } catch (error) {
    const { status } = error as { status?: number }
    if (status === 404) return { ok: true, files: [] }
    return { ok: false, reason: `${WORKFLOWS}: ${status ?? ''} ${githubMessage(error)}`.trim() }
  }
}
