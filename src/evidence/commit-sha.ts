/** A full commit id (SHA-1, or SHA-256 in repositories that use it): a base that needs no ref resolution. */
export function isCommitSha(ref: string): boolean {
  return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(ref)
}
