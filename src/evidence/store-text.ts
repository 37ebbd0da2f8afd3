import { z } from 'zod'
import type { GitHubClient } from './github-client.js'
import type { HistoryStore } from './history-store.js'

const CONTENT = z.object({ sha: z.string(), encoding: z.string(), content: z.string() })
const BLOB = z.object({ content: z.string(), encoding: z.string() })

/**
 * The store file's text at `ref` through the contents API (one request), and through its blob when the file is
 * over the contents API's 1 MB (one more). Throws the API's error: a 404 is a branch or file not there yet.
 */
export async function storeText(client: GitHubClient, store: HistoryStore, ref: string): Promise<string> {
  const params = { owner: store.owner, repo: store.repo }
  const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
    ...params,
    path: store.path,
    ref
  })
  const file = CONTENT.parse(response.data)
  if (file.encoding === 'base64') return Buffer.from(file.content, 'base64').toString('utf8')
  const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    ...params,
    file_sha: file.sha
  })
  const data = BLOB.parse(blob.data)
  return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content
}
