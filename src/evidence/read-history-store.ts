import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'
import type { HistoryStore, StoreText } from './history-store.js'
import { storeText } from './store-text.js'

/** The store at the tip of its data branch through the API; a branch or file not there yet is an empty store. */
export async function readHistoryStore(client: GitHubClient, store: HistoryStore): Promise<StoreText> {
  const via = `${store.branch}:${store.path} through the API`
  try {
    return { ok: true, text: await storeText(client, store, store.branch), via }
  } catch (error) {
    const { status } = error as { status?: number }
    if (status === 404) return { ok: true, text: '', via }
    const hint = status === 403 ? ' (the token needs `permissions: contents: read`)' : ''
    const answer = status === undefined ? githubMessage(error) : `${status} ${githubMessage(error)}`
    return { ok: false, reason: `cannot read ${store.branch}:${store.path}: ${answer}${hint}` }
  }
}
