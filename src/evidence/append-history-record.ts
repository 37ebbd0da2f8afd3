import { z } from 'zod'
import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'
import type { HistoryStore } from './history-store.js'
import { storeText } from './store-text.js'

/** On success, the store's whole text as written: the trend is drawn from it without reading it again. */
export type AppendResult =
  { ok: true; attempts: number; commit: string; text: string } | { ok: false; reason: string }

/** Concurrent writers each retry after losing the race; five rounds cover a burst of runs on one push. */
export const MAX_APPEND_ATTEMPTS = 5

const REF = z.object({ object: z.object({ sha: z.string() }) })
const SHA = z.object({ sha: z.string() })
const COMMIT = z.object({ tree: z.object({ sha: z.string() }) })

class LostRace extends Error {}

/**
 * Appends one line to the store through the Git data API (blob → tree → commit → ref), so nothing is checked
 * out and the default branch is untouched. The ref moves only by fast-forward: when another run moved it in
 * the meantime, the update is refused (422) and the append starts again from the new tip, at most
 * MAX_APPEND_ATTEMPTS times, so no run's record is lost. Writing needs `permissions: contents: write`; a
 * token without it gets a reason saying so. Never throws for API failures.
 */
export async function appendHistoryRecord(
  client: GitHubClient,
  store: HistoryStore,
  line: string,
  message: string
): Promise<AppendResult> {
  for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
    try {
      const written = await appendOnce(client, store, line, message)
      return { ok: true, attempts: attempt, ...written }
    } catch (error) {
      if (error instanceof LostRace) continue
      return { ok: false, reason: failure(store, error) }
    }
  }
  return {
    ok: false,
    reason: `${store.branch} kept moving: ${MAX_APPEND_ATTEMPTS} attempts to append were each overtaken by another run`
  }
}

async function appendOnce(
  client: GitHubClient,
  store: HistoryStore,
  line: string,
  message: string
): Promise<{ commit: string; text: string }> {
  const repo = { owner: store.owner, repo: store.repo }
  const tip = await branchTip(client, store)
  const before = tip === undefined ? '' : await existingText(client, store, tip)
  const separator = before === '' || before.endsWith('\n') ? '' : '\n'
  const text = `${before}${separator}${line}\n`
  const blob = SHA.parse(
    (
      await client.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...repo,
        content: text,
        encoding: 'utf-8'
      })
    ).data
  )
  const baseTree =
    tip === undefined
      ? undefined
      : COMMIT.parse(
          (
            await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
              ...repo,
              commit_sha: tip
            })
          ).data
        ).tree.sha
  const tree = SHA.parse(
    (
      await client.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        ...(baseTree === undefined ? {} : { base_tree: baseTree }),
        tree: [{ path: store.path, mode: '100644', type: 'blob', sha: blob.sha }]
      })
    ).data
  )
  const commit = SHA.parse(
    (
      await client.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message,
        tree: tree.sha,
        parents: tip === undefined ? [] : [tip]
      })
    ).data
  )
  await moveBranch(client, store, commit.sha, tip)
  return { commit: commit.sha, text }
}

/** The data branch's tip, or undefined when the branch does not exist yet. */
async function branchTip(client: GitHubClient, store: HistoryStore): Promise<string | undefined> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: store.owner,
      repo: store.repo,
      ref: `heads/${store.branch}`
    })
    return REF.parse(response.data).object.sha
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

async function existingText(client: GitHubClient, store: HistoryStore, tip: string): Promise<string> {
  try {
    return await storeText(client, store, tip)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return ''
    throw error
  }
}

/** Fast-forward only; a refusal means another run moved (or created) the branch first. */
async function moveBranch(
  client: GitHubClient,
  store: HistoryStore,
  sha: string,
  tip: string | undefined
): Promise<void> {
  const repo = { owner: store.owner, repo: store.repo }
  try {
    if (tip === undefined) {
      await client.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: `refs/heads/${store.branch}`,
        sha
      })
    } else {
      await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: `heads/${store.branch}`,
        sha,
        force: false
      })
    }
  } catch (error) {
    const { status } = error as { status?: number }
    // GitHub's words for "someone else moved or created the branch first"; any other 422 is a real error.
    if (status === 422 && /fast forward|already exists/i.test(githubMessage(error))) throw new LostRace()
    throw error
  }
}

function failure(store: HistoryStore, error: unknown): string {
  const { status } = error as { status?: number }
  const said = githubMessage(error)
  if (status === 403 || status === 404) {
    return `cannot write ${store.branch}:${store.path}: ${status} ${said}: writing the history needs \`permissions: contents: write\` for the gate's job`
  }
  return `cannot write ${store.branch}:${store.path}: ${status === undefined ? '' : `${status} `}${said}`
}
