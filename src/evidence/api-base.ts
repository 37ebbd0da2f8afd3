import picomatch from 'picomatch'
import type { Workspace } from './evidence.js'
import type { BaseCommitResult } from './git.js'
import type { GitHubClient } from './github-client.js'
import { messageOf } from '../core/message-of.js'

/** The definition files a base evaluation needs, read one request each: bounded so the fallback stays cheap. */
const WANTED = [
  '.github/workflows/**',
  '.github/actions/**',
  'package.json',
  '{GNUmakefile,makefile,Makefile}',
  '{justfile,Justfile,.justfile}',
  '{Taskfile,taskfile}.{yml,yaml}'
]
const MAX_FILES = 40
const MAX_FILE_BYTES = 1024 * 1024

interface TreeEntry {
  path: string
  type: string
  sha: string
  size?: number
}

/**
 * The base commit through the REST API, for when git cannot reach it (design §7's fallback): the tree in one
 * request, then the workflow definitions and the policy as blobs. Never throws; a failure is the reason the
 * regressions stay unknown.
 */
export async function openBaseViaApi(
  client: GitHubClient,
  target: { root: string; owner: string; repo: string; sha: string; policyPath: string }
): Promise<BaseCommitResult> {
  const { owner, repo, sha } = target
  try {
    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner,
      repo,
      tree_sha: sha,
      recursive: '1'
    })
    const entries = (tree.data as { tree: TreeEntry[] }).tree.filter(entry => entry.type === 'blob')
    const bySha = new Map(entries.map(entry => [entry.path, entry.sha]))
    const wanted = picomatch(WANTED, { dot: true })
    const upFront = entries
      .filter(entry => entry.path === target.policyPath || wanted(entry.path))
      .filter(entry => (entry.size ?? 0) <= MAX_FILE_BYTES)
      .slice(0, MAX_FILES)
    const readBlob = async (blobSha: string): Promise<string> => {
      const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner,
        repo,
        file_sha: blobSha
      })
      return Buffer.from((blob.data as { content: string }).content, 'base64').toString('utf8')
    }
    const contents = new Map<string, string>()
    for (const entry of upFront) contents.set(entry.path, await readBlob(entry.sha))
    const workspace: Workspace = {
      root: target.root,
      files: entries.map(entry => entry.path).sort(),
      read: file => contents.get(file)
    }
    const readFile = async (file: string): Promise<string | undefined> => {
      if (contents.has(file)) return contents.get(file)
      const blobSha = bySha.get(file)
      return blobSha === undefined ? undefined : readBlob(blobSha).catch(() => undefined)
    }
    return { ok: true, sha, workspace, readFile }
  } catch (error) {
    const status = (error as { status?: number }).status
    return {
      ok: false,
      reason: `the API could not read commit ${sha} either (${status ?? messageOf(error)})`
    }
  }
}
