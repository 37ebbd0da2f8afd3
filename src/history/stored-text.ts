import type { ApiAccess } from '../evidence/api.js'
import { readFileAtRef } from '../evidence/git.js'
import type { StoreText } from '../evidence/history-store.js'
import { readHistoryStore } from '../evidence/read-history-store.js'

/** The history store's text from the local clone (the branch, or fetched from origin), else through the API. */
export async function storedText(
  root: string,
  store: { branch: string; path: string },
  api: ApiAccess | undefined
): Promise<StoreText> {
  const local = await readFileAtRef(root, store.branch, store.path)
  if (local.found)
    return { ok: true, text: local.text, via: `${store.branch}:${store.path} in the local clone` }
  if (api) return readHistoryStore(api.client, { owner: api.context.owner, repo: api.context.repo, ...store })
  const why = local.reason ?? `${store.path} is not on the branch`
  return {
    ok: false,
    reason: `no history at ${store.branch}:${store.path} in the local clone (${why}); with a token (GITHUB_TOKEN or GH_TOKEN) it is read through the API`
  }
}
