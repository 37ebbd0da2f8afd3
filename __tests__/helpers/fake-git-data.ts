import { createHash } from 'node:crypto'
import type { FakeGitHub, FakeReply, RecordedRequest } from './fake-github.js'
import { contentFileShape } from './github-shapes.js'

interface Commit {
  tree: Map<string, string>
  parents: string[]
  message: string
}

/**
 * The Git data API of octo/shop on the loopback server, backed by real objects: blobs, trees (path → blob),
 * commits and branch refs, with GitHub's refusals — a ref update that is not a fast-forward, a branch that
 * already exists (422) — and the contents API reading a file at a branch or commit.
 */
export class FakeGitData {
  readonly refs = new Map<string, string>()
  private readonly blobs = new Map<string, string>()
  private readonly trees = new Map<string, Map<string, string>>()
  private readonly commits = new Map<string, Commit>()
  /** Runs once before the next ref update is applied: another writer moving the branch meanwhile. */
  beforeNextUpdate?: () => void

  constructor(
    private readonly fake: FakeGitHub,
    private readonly repo = '/repos/octo/shop'
  ) {
    fake.on('POST', `${repo}/git/blobs`, request => this.createBlob(request))
    fake.on('POST', `${repo}/git/trees`, request => this.createTree(request))
    fake.on('POST', `${repo}/git/commits`, request => this.createCommit(request))
    fake.on('POST', `${repo}/git/refs`, request => this.createRef(request))
  }

  /** Serves `path` through the contents API at any branch or commit. */
  serveFile(path: string): this {
    this.fake.on('GET', `${this.repo}/contents/${path}`, request => this.content(path, request))
    return this
  }

  /** The file's text at the tip of `branch`, or undefined. */
  fileAt(branch: string, path: string): string | undefined {
    const commit = this.commits.get(this.refs.get(branch) ?? '')
    const blob = commit?.tree.get(path)
    return blob === undefined ? undefined : this.blobs.get(blob)
  }

  /** Another writer's commit on `branch` that sets `path` to `text` (the branch moves under a running append). */
  commitDirectly(branch: string, path: string, text: string): void {
    const parent = this.refs.get(branch)
    const tree = new Map(parent ? this.commits.get(parent)?.tree : [])
    const blob = this.store(this.blobs, text)
    tree.set(path, blob)
    const sha = this.store(this.commits, { tree, parents: parent ? [parent] : [], message: 'other writer' })
    this.setRef(branch, sha)
  }

  private createBlob(request: RecordedRequest): FakeReply {
    const { content } = request.body as { content: string }
    return { status: 201, body: { sha: this.store(this.blobs, content), url: '' } }
  }

  private createTree(request: RecordedRequest): FakeReply {
    const { base_tree, tree } = request.body as {
      base_tree?: string
      tree: Array<{ path: string; sha: string }>
    }
    const entries = new Map(base_tree === undefined ? [] : this.trees.get(base_tree))
    for (const entry of tree) entries.set(entry.path, entry.sha)
    return { status: 201, body: { sha: this.store(this.trees, entries), tree: [] } }
  }

  private createCommit(request: RecordedRequest): FakeReply {
    const { tree, parents, message } = request.body as { tree: string; parents: string[]; message: string }
    const entries = this.trees.get(tree)
    if (entries === undefined) return { status: 422, body: { message: 'Tree SHA does not exist' } }
    const sha = this.store(this.commits, { tree: entries, parents, message })
    return { status: 201, body: { sha, tree: { sha: tree } } }
  }

  private createRef(request: RecordedRequest): FakeReply {
    const { ref, sha } = request.body as { ref: string; sha: string }
    const branch = ref.replace(/^refs\/heads\//, '')
    if (this.refs.has(branch)) return { status: 422, body: { message: 'Reference already exists' } }
    this.setRef(branch, sha)
    return { status: 201, body: { ref, object: { sha, type: 'commit' } } }
  }

  private updateRef(branch: string, request: RecordedRequest): FakeReply {
    const hook = this.beforeNextUpdate
    this.beforeNextUpdate = undefined
    hook?.()
    const { sha } = request.body as { sha: string }
    const current = this.refs.get(branch)
    if (current !== undefined && !this.descends(sha, current)) {
      return { status: 422, body: { message: 'Update is not a fast forward' } }
    }
    this.setRef(branch, sha)
    return { body: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } }
  }

  private setRef(branch: string, sha: string): void {
    const known = this.refs.has(branch)
    this.refs.set(branch, sha)
    if (known) return
    // Octokit sends `heads/<branch>` with the slash encoded.
    const ref = `heads%2F${branch.replace(/\//g, '%2F')}`
    this.fake.on('GET', `${this.repo}/git/ref/${ref}`, () => {
      const tip = this.refs.get(branch) ?? ''
      return { body: { ref: `refs/heads/${branch}`, object: { sha: tip, type: 'commit' } } }
    })
    this.fake.on('PATCH', `${this.repo}/git/refs/${ref}`, request => this.updateRef(branch, request))
  }

  private descends(sha: string, ancestor: string): boolean {
    if (sha === ancestor) return true
    return (this.commits.get(sha)?.parents ?? []).some(parent => this.descends(parent, ancestor))
  }

  private content(path: string, request: RecordedRequest): FakeReply {
    const ref = request.query.get('ref') ?? ''
    const commit = this.commits.get(this.refs.get(ref) ?? ref)
    const blob = commit?.tree.get(path)
    const text = blob === undefined ? undefined : this.blobs.get(blob)
    if (text === undefined) return { status: 404, body: { message: 'Not Found' } }
    return { body: contentFileShape({ owner: 'octo', repo: 'shop', path, ref, text }) }
  }

  /** A sha unique to each object stored. */
  private store<T>(objects: Map<string, T>, value: T): string {
    const serialised = JSON.stringify(value instanceof Map ? [...value] : value, (_, v: unknown) =>
      v instanceof Map ? [...(v as Map<string, string>)] : v
    )
    const sha = createHash('sha1').update(`${objects.size}:${serialised}`).digest('hex')
    objects.set(sha, value)
    if (objects === (this.commits as Map<string, unknown>)) {
      this.fake.on('GET', `${this.repo}/git/commits/${sha}`, {
        body: { sha, tree: { sha: this.treeShaOf(value as Commit) }, parents: [] }
      })
    }
    return sha
  }

  private treeShaOf(commit: Commit): string {
    for (const [sha, tree] of this.trees) if (tree === commit.tree) return sha
    return this.store(this.trees, commit.tree)
  }
}
