import type { Workspace } from './evidence.js'

/** An in-memory workspace, for tests and for evaluating a base commit's files read through git. */
export function workspaceFromFiles(files: Record<string, string>, root = '/workspace'): Workspace {
  const names = Object.keys(files).sort()
  return { root, files: names, read: file => files[file] }
}
