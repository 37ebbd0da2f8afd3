import picomatch from 'picomatch'

/** Where GitHub looks for CODEOWNERS, in the order it looks. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

/**
 * The owners (`@user`, `@org/team`, e-mail addresses) CODEOWNERS gives `file`: the last matching line wins,
 * as on GitHub, and a matching line without owners leaves the file unowned. Patterns follow GitHub's rules: a
 * leading or inner `/` anchors to the root, otherwise a pattern matches at any depth, and a directory
 * pattern owns everything under it. Pure.
 */
export function codeOwnersOf(text: string, file: string): string[] {
  let owners: string[] = []
  for (const line of text.split('\n')) {
    const [pattern, ...names] = line
      .replace(/(^|\s)#.*$/, '')
      .trim()
      .split(/\s+/)
    if (pattern === undefined || pattern === '') continue
    if (matches(pattern, file)) owners = names
  }
  return owners
}

function matches(pattern: string, file: string): boolean {
  const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/')
  const bare = pattern.replace(/^\//, '').replace(/\/$/, '')
  const glob = anchored ? bare : `**/${bare}`
  return picomatch([glob, `${glob}/**`], { dot: true })(file)
}
