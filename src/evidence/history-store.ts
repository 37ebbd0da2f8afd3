/** Where the history lives: a file on a data branch of the repository (policy `history:`). */
export interface HistoryStore {
  owner: string
  repo: string
  branch: string
  path: string
}

/** The store's text, or why it could not be read; a branch or file not there yet is an empty store. */
export type StoreText = { ok: true; text: string; via: string } | { ok: false; reason: string }
