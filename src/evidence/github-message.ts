import { messageOf } from '../core/message-of.js'

/** GitHub's own words for a failed request: Octokit appends the documentation URL, which says nothing more. */
export function githubMessage(error: unknown): string {
  return messageOf(error).split(' - https://')[0] ?? ''
}
