import { getExecOutput } from '@actions/exec'
import { realpathSync } from 'node:fs'
import picomatch from 'picomatch'
import { isCommitSha } from './commit-sha.js'
import type { RefFile, Workspace } from './evidence.js'
import { messageOf } from '../core/message-of.js'

/**
 * The base commit read through git (design §4 `base`, §2.2), so that the same collectors and checks that judge
 * the checkout can judge the commit a change is compared against. Every git call is an argument array through
 * `@actions/exec` (never a shell string) and every failure becomes a reason, never an exception: a base that
 * cannot be read must say so, not pass for "no regressions".
 *
 * `Workspace.read` is synchronous, so what checks may read is read up front with one `git cat-file --batch`:
 * the workflows and local actions, the files a `run:` script resolves through (package.json, Makefile,
 * justfile, Taskfile) wherever they sit, the policy, and whatever the caller names in `prefetch` — each under
 * 1 MB, 64 MB in all. Any other base file is listed in `files` but `read` returns undefined for it; `readFile`
 * reads any file on demand (metrics baselines at `ref: base`, and the files the head's evaluation read:
 * baseReading). Symlinks are listed and never read, like a
 * link that leaves the checkout; submodules are not listed; node_modules is skipped as in the checkout.
 */

export interface BaseCommitOptions {
  /** The policy path relative to root: read up front. */
  policyPath?: string
  /** Globs relative to root whose files (each under 1 MB) `workspace.read` must be able to return. */
  prefetch?: readonly string[]
  /** The remote a missing commit is fetched from. */
  remote?: string
}

export interface BaseCommit {
  ok: true
  /** The full sha of the base commit. */
  sha: string
  /** The base commit as a workspace rooted at the same path as the checkout (see the module comment). */
  workspace: Workspace
  /** Any file of the base commit (under 10 MB), read on demand; undefined when missing or refused. */
  readFile(file: string): Promise<string | undefined>
}

export type BaseCommitResult = BaseCommit | { ok: false; reason: string }

/** Read up front whatever the caller asks: the pipeline definition and the files its scripts resolve through. */
const ALWAYS_READ = [
  '.github/workflows/**',
  '.github/actions/**',
  '**/action.{yml,yaml}',
  '**/package.json',
  '**/{GNUmakefile,makefile,Makefile}',
  '**/{justfile,Justfile,.justfile}',
  '**/{Taskfile,taskfile}.{yml,yaml}'
]
const MAX_PREFETCH_FILE = 1024 * 1024
const MAX_PREFETCH_TOTAL = 64 * 1024 * 1024
/** The same bound as the checkout's `read` (src/evidence/files.ts). */
const MAX_READ_FILE = 10 * 1024 * 1024

const ZERO_SHA = /^0+$/
/** Branch, tag, sha or revision expression (`HEAD~1`, `origin/main`); never an option (leading `-`). */
const SAFE_REF = /^(?!-)[A-Za-z0-9._/@{}^~+-]{1,255}$/
const SAFE_REMOTE = /^(?!-)[A-Za-z0-9._-]{1,100}$/

interface TreeEntry {
  path: string
  oid: string
  size: number
  symlink: boolean
}

/** Resolves `ref` (`auto`: the merge-base of HEAD with the default branch), fetching it when the clone lacks it. */
export async function openBaseCommit(
  root: string,
  ref: string,
  options: BaseCommitOptions = {}
): Promise<BaseCommitResult> {
  const remote = options.remote ?? 'origin'
  if (!SAFE_REMOTE.test(remote)) return { ok: false, reason: `refusing remote name '${remote}'` }
  const resolved =
    ref === 'auto' ? await mergeBaseWithDefault(root, remote) : await resolveRef(root, ref, remote)
  if (!resolved.ok) return resolved
  const { sha } = resolved
  const listed = await git(root, ['ls-tree', '-r', '-l', '-z', sha])
  if (listed.exitCode !== 0)
    return { ok: false, reason: `cannot list the files of ${sha}: ${firstLine(listed)}` }
  const entries = parseTree(listed.stdout)
  const byPath = new Map(entries.map(entry => [entry.path, entry]))
  const wanted = picomatch([...ALWAYS_READ, ...(options.prefetch ?? [])], { dot: true })
  const policyPath = options.policyPath
  const upFront = selectUpFront(entries, entry => entry.path === policyPath || wanted(entry.path))
  const contents = await readBlobs(root, upFront)
  if (contents === undefined)
    return { ok: false, reason: `cannot read the files of ${sha} (git cat-file failed)` }
  const workspace: Workspace = {
    root,
    files: entries.map(entry => entry.path).sort(),
    read: file => contents.get(file)
  }
  const readFile = async (file: string): Promise<string | undefined> => {
    if (!isRelativeInside(file)) return undefined
    if (contents.has(file)) return contents.get(file)
    const entry = byPath.get(file)
    if (!entry || entry.symlink || entry.size > MAX_READ_FILE) return undefined
    return (await readBlobs(root, [entry]))?.get(file)
  }
  return { ok: true, sha, workspace, readFile }
}

type Resolved = { ok: true; sha: string } | { ok: false; reason: string }

/** `git merge-base HEAD <default branch>`: the remote's HEAD when known, else main/master, remote first. */
async function mergeBaseWithDefault(root: string, remote: string): Promise<Resolved> {
  const symbolic = await git(root, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`])
  const remoteHead = symbolic.exitCode === 0 ? [symbolic.stdout.toString('utf8').trim()] : []
  const candidates = [
    ...remoteHead,
    `refs/remotes/${remote}/main`,
    `refs/remotes/${remote}/master`,
    'refs/heads/main',
    'refs/heads/master'
  ]
  for (const candidate of candidates) {
    const exists = await git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])
    if (exists.exitCode !== 0) continue
    const base = await git(root, ['merge-base', 'HEAD', candidate])
    if (base.exitCode === 0) return { ok: true, sha: base.stdout.toString('utf8').trim() }
    return {
      ok: false,
      reason: `HEAD and ${shortRef(candidate)} have no merge-base in this clone (a shallow clone? fetch more history)`
    }
  }
  return {
    ok: false,
    reason: `--base auto: no default branch found (tried ${candidates.map(shortRef).join(', ')})`
  }
}

/** A sha or ref name to a commit sha; a commit the clone lacks is fetched with depth 1 (shallow checkouts). */
async function resolveRef(root: string, ref: string, remote: string): Promise<Resolved> {
  if (!SAFE_REF.test(ref)) return { ok: false, reason: `refusing base ref '${ref}'` }
  if (ZERO_SHA.test(ref))
    return { ok: false, reason: 'the base is the all-zero sha: there is no base commit' }
  const local = await commitOf(root, ref)
  if (local) return { ok: true, sha: local }
  const fetched = await git(root, ['fetch', '--no-tags', '--depth=1', remote, ref], {
    GIT_TERMINAL_PROMPT: '0'
  })
  if (fetched.exitCode !== 0) {
    return {
      ok: false,
      reason: `base commit ${ref} is not in this clone and \`git fetch --no-tags --depth=1 ${remote} ${ref}\` failed: ${firstLine(fetched)}`
    }
  }
  const sha = await commitOf(root, isCommitSha(ref) ? ref : 'FETCH_HEAD')
  if (sha) return { ok: true, sha }
  return { ok: false, reason: `base commit ${ref} was fetched from ${remote} but is not a commit` }
}

async function commitOf(root: string, ref: string): Promise<string | undefined> {
  if (isCommitSha(ref)) {
    const exists = await git(root, ['cat-file', '-e', `${ref}^{commit}`])
    return exists.exitCode === 0 ? ref : undefined
  }
  const parsed = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  return parsed.exitCode === 0 ? parsed.stdout.toString('utf8').trim() : undefined
}

/** `git ls-tree -r -l -z`: `<mode> <type> <oid> <size>\t<path>\0`; blobs and symlinks, paths relative to root. */
function parseTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const record of output.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/)
    const path = record.slice(tab + 1)
    if (type !== 'blob' || oid === undefined || path.split('/').includes('node_modules')) continue
    entries.push({ path, oid, size: Number(size), symlink: mode === '120000' })
  }
  return entries
}

function selectUpFront(entries: readonly TreeEntry[], wanted: (entry: TreeEntry) => boolean): TreeEntry[] {
  let total = 0
  const selected: TreeEntry[] = []
  for (const entry of entries) {
    if (entry.symlink || entry.size > MAX_PREFETCH_FILE || !wanted(entry)) continue
    if (total + entry.size > MAX_PREFETCH_TOTAL) continue
    total += entry.size
    selected.push(entry)
  }
  return selected
}

/** Reads blobs by object id in one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` per object. */
async function readBlobs(
  root: string,
  entries: readonly TreeEntry[]
): Promise<Map<string, string> | undefined> {
  const contents = new Map<string, string>()
  if (entries.length === 0) return contents
  const input = Buffer.from(entries.map(entry => `${entry.oid}\n`).join(''), 'utf8')
  const result = await git(root, ['cat-file', '--batch'], {}, input)
  if (result.exitCode !== 0) return undefined
  const output = result.stdout
  let offset = 0
  for (const entry of entries) {
    const newline = output.indexOf(0x0a, offset)
    if (newline < 0) return undefined
    const header = output.subarray(offset, newline).toString('utf8').split(' ')
    offset = newline + 1
    if (header[1] !== 'blob') continue
    const size = Number(header[2])
    contents.set(entry.path, output.subarray(offset, offset + size).toString('utf8'))
    offset += size + 1
  }
  return contents
}

/** A workspace-relative path that cannot leave the root: not absolute, no `..`, no backslashes or NULs. */
function isRelativeInside(file: string): boolean {
  if (file === '' || file.startsWith('/') || /[\\\0\n]/.test(file) || /^[A-Za-z]:/.test(file)) return false
  return !file.split('/').some(segment => segment === '..' || segment === '.' || segment === '')
}

interface GitResult {
  exitCode: number
  stdout: Buffer
  stderr: string
}

/** One git call: arguments as an array, output as bytes (file contents are counted in bytes), never throws. */
async function git(
  root: string,
  args: string[],
  env: Record<string, string> = {},
  input?: Buffer
): Promise<GitResult> {
  const chunks: Buffer[] = []
  try {
    const { exitCode, stderr } = await getExecOutput('git', args, {
      cwd: root,
      silent: true,
      ignoreReturnCode: true,
      input,
      env: { ...definedEnv(), ...env },
      listeners: { stdout: data => chunks.push(data) }
    })
    return { exitCode, stdout: Buffer.concat(chunks), stderr }
  } catch (error) {
    return { exitCode: -1, stdout: Buffer.alloc(0), stderr: messageOf(error) }
  }
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((pair): pair is [string, string] => pair[1] !== undefined)
  )
}

function firstLine(result: GitResult): string {
  const line = result.stderr
    .split('\n')
    .map(text => text.trim())
    .find(text => text !== '')
  return line ?? `exit code ${result.exitCode}`
}

function shortRef(ref: string): string {
  return ref.replace(/^refs\/(remotes|heads)\//, '')
}

/**
 * One file at a named ref (a metrics baseline `ref: v1.2.0`), fetching the commit with depth 1 when the clone
 * lacks it. Missing at that ref is `found: false` without a reason — the first model has no baseline.
 */
export async function readFileAtRef(
  root: string,
  ref: string,
  file: string,
  remote = 'origin'
): Promise<RefFile> {
  if (!isRelativeInside(file))
    return { found: false, reason: `refusing path '${file}': it must stay inside the repository` }
  const resolved = await resolveRef(root, ref, remote)
  if (!resolved.ok) return { found: false, reason: resolved.reason }
  const size = await git(root, ['cat-file', '-s', `${resolved.sha}:${file}`])
  if (size.exitCode !== 0) return { found: false }
  if (Number(size.stdout.toString('utf8').trim()) > MAX_READ_FILE) {
    return { found: false, reason: `${file} at ${ref} is larger than ${MAX_READ_FILE / 1024 / 1024} MB` }
  }
  const blob = await git(root, ['cat-file', 'blob', `${resolved.sha}:${file}`])
  if (blob.exitCode !== 0)
    return { found: false, reason: `cannot read ${file} at ${ref}: ${firstLine(blob)}` }
  return { found: true, text: blob.stdout.toString('utf8') }
}

/** Files the change touched since the base commit (annotations on them rank first); empty when git cannot say. */
export async function changedFilesSince(root: string, baseSha: string): Promise<string[]> {
  if (!isCommitSha(baseSha)) return []
  const diff = await git(root, ['diff', '--name-only', '-z', baseSha, 'HEAD'])
  return diff.exitCode === 0 ? nulSeparated(diff.stdout) : []
}

/**
 * Files of the checkout that its HEAD commit holds unchanged (relative to root): what is committed was not
 * written by this run, so a test or coverage report among them is not this run's result. Undefined when root
 * is not the top level of a git work tree with a commit, or git cannot say: a directory inside another
 * repository (an example, a fixture) is another repository's files, whose HEAD says nothing about it.
 */
export async function unchangedCommittedFiles(root: string): Promise<ReadonlySet<string> | undefined> {
  const top = await git(root, ['rev-parse', '--show-toplevel'])
  if (top.exitCode !== 0 || !sameDirectory(top.stdout.toString('utf8').trim(), root)) return undefined
  const [tree, changed] = await Promise.all([
    git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD']),
    // Optional locks off: a read must not rewrite the index of a checkout another step may be using.
    git(root, ['--no-optional-locks', 'diff', '--name-only', '-z', '--no-renames', 'HEAD'])
  ])
  if (tree.exitCode !== 0 || changed.exitCode !== 0) return undefined
  const files = new Set(nulSeparated(tree.stdout))
  for (const file of nulSeparated(changed.stdout)) files.delete(file)
  return files
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

/** Paths git printed with `-z`: NUL-terminated, never quoted. */
function nulSeparated(output: Buffer): string[] {
  return output
    .toString('utf8')
    .split('\0')
    .filter(file => file !== '')
}

/** The GitHub repository a clone comes from, read off its `origin` remote, for the CLI's API access. */
export async function originRepository(
  root: string
): Promise<{ owner: string; repo: string; defaultBranch?: string } | undefined> {
  const url = await git(root, ['remote', 'get-url', 'origin'])
  if (url.exitCode !== 0) return undefined
  const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.stdout.toString('utf8').trim())
  if (!match) return undefined
  const head = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])
  const defaultBranch =
    head.exitCode === 0
      ? head.stdout
          .toString('utf8')
          .trim()
          .replace(/^origin\//, '')
      : undefined
  return { owner: match[1] as string, repo: match[2] as string, ...(defaultBranch ? { defaultBranch } : {}) }
}
