import type { Workspace } from './evidence.js'
import type { BaseCommit } from './git.js'

/**
 * Files of the base commit read on top of what it read up front (the pipeline's definitions), one request
 * each through the API fallback: bounded per call (the gate calls twice), so that a monorepo's scripts
 * cannot turn it into thousands.
 */
const MAX_READ_AHEAD = 50

/**
 * The base commit's workspace, able to read `files` too wherever the base holds them. The base reads only the
 * pipeline's definitions up front; a script it cannot read is judged by its step's name, where the head
 * judges it by its content, so an unchanged pipeline regressed (a step "Run unit tests" whose script only
 * builds). Given the files the head's evaluation read, the base is judged on the same content.
 */
export async function baseReading(base: BaseCommit, files: Iterable<string>): Promise<Workspace> {
  const inTree = new Set(base.workspace.files)
  const wanted = [...files]
    .filter(file => inTree.has(file) && base.workspace.read(file) === undefined)
    .slice(0, MAX_READ_AHEAD)
  const read = new Map<string, string>()
  for (const file of wanted) {
    const text = await base.readFile(file)
    if (text !== undefined) read.set(file, text)
  }
  if (read.size === 0) return base.workspace
  return { ...base.workspace, read: file => read.get(file) ?? base.workspace.read(file) }
}
