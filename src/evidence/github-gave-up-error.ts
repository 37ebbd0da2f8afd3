/**
 * Thrown when waiting for GitHub again would exceed the wait budget or the retry count. In a file of its own
 * so that code which only recognises it (run.ts) does not load Octokit: the offline CLI never needs it.
 */
export class GitHubGaveUpError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
    this.name = 'GitHubGaveUpError'
  }
}
