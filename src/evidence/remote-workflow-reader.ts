import type { GitHubClient } from './github-client.js'
import { GitHubGaveUpError } from './github-gave-up-error.js'
import { githubMessage } from './github-message.js'
import type { RemoteRead, RemoteRef } from './workflows.js'

/** What a refusal most likely means when the file sits in another repository. */
const REFUSALS: Record<number, string> = {
  401: 'the token is not valid',
  403: 'the token may not read that repository',
  404: 'no such file at that ref, or the token cannot see that repository?'
}

/**
 * Reads a remote reusable workflow (`owner/repo/path@ref`) through the contents API, for the workflow
 * collector. When it cannot be read (private repository, no access, GitHub down) the answer says why, with
 * the HTTP status: the job then stays opaque with that reason, and the report shows it.
 */
export function remoteWorkflowReader(client: GitHubClient): (ref: RemoteRef) => Promise<RemoteRead> {
  return async ({ owner, repo, path, ref }) => {
    try {
      // Segments encoded, slashes kept: Octokit's `{path}` would send `%2F`, which fine-grained tokens get 404 for.
      const segments = path.split('/').map(encodeURIComponent).join('/')
      const response = await client.request(`GET /repos/{owner}/{repo}/contents/${segments}`, {
        owner,
        repo,
        ref
      })
      return fileOf(response.data)
    } catch (error) {
      return failureOf(error)
    }
  }
}

function fileOf(data: unknown): RemoteRead {
  if (Array.isArray(data)) return { ok: false, reason: 'a directory, not a file' }
  const file = data as { type?: string; encoding?: string; content?: string }
  if (file.type !== 'file') return { ok: false, reason: `a ${file.type ?? 'thing of no type'}, not a file` }
  // The contents API leaves out the text of files over 1 MB (encoding `none`).
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    return { ok: false, reason: `its text was not sent (encoding ${file.encoding ?? 'missing'}; over 1 MB?)` }
  }
  return { ok: true, text: Buffer.from(file.content, 'base64').toString('utf8') }
}

function failureOf(error: unknown): RemoteRead {
  // The client has already retried 5xx, timeouts and network failures: its message says what happened.
  if (error instanceof GitHubGaveUpError) return { ok: false, status: error.status, reason: error.message }
  const { status } = error as { status?: number }
  const said = githubMessage(error)
  if (status === undefined) return { ok: false, reason: `request failed: ${said}` }
  const refusal = REFUSALS[status]
  return { ok: false, status, reason: `${status} ${said.toLowerCase()}${refusal ? ` (${refusal})` : ''}` }
}
