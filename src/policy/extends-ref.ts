/**
 * One entry of a policy's `extends:` list (docs/policy.md#extends-a-shared-policy), resolved against the
 * repository of the file that names it:
 * - `github>OWNER/REPO:PATH@REF` — a file in another repository at a ref, read through the contents API;
 * - `./PATH` — a file of the same repository (at the same ref, when the extending file is itself remote).
 */
export type ExtendsRef =
  { kind: 'local'; path: string } | { kind: 'github'; owner: string; repo: string; path: string; ref: string }

export type ParsedExtendsRef = { ok: true; ref: ExtendsRef } | { ok: false; message: string }

const GITHUB = /^github>([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+):([^@\s]+)@(\S+)$/

export const EXTENDS_FORMS = ['github>OWNER/REPO:PATH@REF', './PATH']

/** Reads one entry as written; `within` is the remote repository of the extending file, if it is remote. */
export function parseExtendsRef(entry: string, within?: ExtendsRef): ParsedExtendsRef {
  const github = GITHUB.exec(entry)
  if (github) {
    const [, owner = '', repo = '', path = '', ref = ''] = github
    const why = unsafePath(repo) ?? unsafePath(path) ?? unsafePath(ref)
    if (why !== undefined) return { ok: false, message: why }
    return { ok: true, ref: { kind: 'github', owner, repo, path, ref } }
  }
  if (entry.startsWith('github>')) {
    return { ok: false, message: 'a remote base is written github>OWNER/REPO:PATH@REF (the ref is required)' }
  }
  if (!entry.startsWith('./')) {
    return { ok: false, message: `an extends entry is ${EXTENDS_FORMS.join(' or ')}` }
  }
  const path = entry.slice(2)
  const why = unsafePath(path)
  if (why !== undefined) return { ok: false, message: why }
  return { ok: true, ref: within?.kind === 'github' ? { ...within, path } : { kind: 'local', path } }
}

/** `..`, absolute paths and backslashes would leave the repository (or the cache folder under `.maturity/`). */
function unsafePath(path: string): string | undefined {
  const parts = path.split('/')
  const dots = (part: string) => part === '..' || part === '.' || part === ''
  if (path.startsWith('/') || path.includes('\\') || parts.some(dots)) {
    return `'${path}' must be a relative path inside the repository, without '.', '..', '//' or '\\' parts`
  }
  return undefined
}

/** How errors and the report name a base: the repository path, or the `github>` form. */
export function extendsName(ref: ExtendsRef): string {
  return ref.kind === 'local' ? ref.path : `github>${ref.owner}/${ref.repo}:${ref.path}@${ref.ref}`
}

/** Equal bases have equal keys (owner and repository names are case-insensitive on GitHub). */
export function extendsKey(ref: ExtendsRef): string {
  return ref.kind === 'local'
    ? `local:${ref.path}`
    : `github:${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}:${ref.path}@${ref.ref}`
}

/** Where the file is on github.com, for errors a person follows. */
export function extendsUrl(ref: Extract<ExtendsRef, { kind: 'github' }>): string {
  return `https://github.com/${ref.owner}/${ref.repo}/blob/${ref.ref}/${ref.path}`
}

/** The workspace copy used when a remote base cannot be read (offline, or the API refused). */
export function extendsCachePath(ref: Extract<ExtendsRef, { kind: 'github' }>): string {
  return `.maturity/cache/${ref.owner}/${ref.repo}/${ref.ref}/${ref.path}`
}
