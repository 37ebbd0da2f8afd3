import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../core/input-error.js'
import { messageOf } from '../core/message-of.js'
import type { Workspace } from './evidence.js'

/** Folders that hold no evidence of the pipeline and can be huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules'])
/** A workspace file larger than this is not read as text evidence (reports are streamed elsewhere). */
const MAX_READ_BYTES = 10 * 1024 * 1024
/** Bounds the walk on giant monorepos; the folders beyond it are named in `unlisted`, and the report says so. */
const MAX_FILES = 200_000

/**
 * The checkout as a Workspace: every file listed once, contents read on demand and cached. Nothing outside
 * root is ever read: symlinks are listed but `read` refuses any path whose real location leaves the root.
 */
export function collectWorkspace(root: string, maxFiles = MAX_FILES): Workspace {
  const realRoot = repositoryRoot(root)
  const { files, unlisted } = listFiles(realRoot, maxFiles)
  const cache = new Map<string, ReadResult>()
  const result = (file: string): ReadResult => {
    let found = cache.get(file)
    if (!found) cache.set(file, (found = readInside(realRoot, file)))
    return found
  }
  return {
    root: realRoot,
    files,
    ...(unlisted.length > 0 ? { unlisted: { limit: maxFiles, folders: unlisted } } : {}),
    read: file => {
      const found = result(file)
      return 'text' in found ? found.text : undefined
    },
    whyUnread: file => {
      const found = result(file)
      return 'reason' in found ? found.reason : undefined
    }
  }
}

/** The real path of the directory to judge; InputError when it is missing, not a directory or unreadable. */
function repositoryRoot(root: string): string {
  let real: string
  try {
    real = realpathSync(root)
  } catch (error) {
    throw new InputError(`the repository directory ${ioReason(error)}`, root)
  }
  if (!statSync(real).isDirectory()) {
    throw new InputError('the repository root is a file, not a directory', root)
  }
  return real
}

/**
 * Where a workspace-relative path really leads when that is outside the root (through `..`, an absolute
 * path or a symlink), else undefined; a path that does not exist is not outside.
 */
export function outsideRoot(root: string, file: string): string | undefined {
  const realRoot = realpathSync(root)
  const resolved = path.resolve(realRoot, file)
  let real = resolved
  try {
    real = realpathSync(resolved)
  } catch {
    // Missing: judge the path as written.
  }
  return real === realRoot || real.startsWith(realRoot + path.sep) ? undefined : real
}

/** An fs error as the end of a sentence: "does not exist", "cannot be read: permission denied". */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (code === 'ENOENT') return 'does not exist'
  if (isPermissionDenied(error)) return 'cannot be read: permission denied'
  if (code === 'ENOTDIR') return 'does not exist: a folder on its path is a file'
  return `cannot be read: ${messageOf(error)}`
}

/** Every file, one folder at a time, until `maxFiles` are listed; `unlisted` holds the folders not walked. */
function listFiles(root: string, maxFiles: number): { files: string[]; unlisted: string[] } {
  const files: string[] = []
  const pending = ['']
  while (pending.length > 0 && files.length < maxFiles) {
    const dir = pending.pop() as string
    let entries
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(relative)
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(relative)
      }
    }
  }
  return { files: files.sort(), unlisted: pending.sort() }
}

/** A workspace file's text, or why it could not be read (said to the user, so in their words). */
export type ReadResult = { text: string } | { reason: string }

/**
 * Reads a workspace-relative file as UTF-8, or says why not: missing, outside the root, not a regular file
 * (a directory, or a named pipe that would block the gate forever), too large, or not readable.
 */
export function readInside(root: string, file: string): ReadResult {
  let real: string
  try {
    real = realpathSync(path.resolve(root, file))
  } catch (error) {
    return { reason: reasonOf(error, root, file) }
  }
  if (real !== root && !real.startsWith(root + path.sep))
    return { reason: `resolves outside the repository (${real})` }
  try {
    const info = statSync(real)
    if (!info.isFile()) return { reason: 'not a regular file' }
    if (info.size > MAX_READ_BYTES)
      return {
        reason: `${Math.ceil(info.size / 1024 / 1024)} MB is larger than the ${MAX_READ_BYTES / 1024 / 1024} MB read limit`
      }
    return { text: readFileSync(real, 'utf8') }
  } catch (error) {
    return { reason: reasonOf(error, root, file) }
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

/**
 * A file the gate is not allowed to read is an InputError: that is the machine's setup, not the repository's
 * content, and judging without the file would be judging on less evidence than the repository holds.
 */
function reasonOf(error: unknown, root: string, file: string): string {
  if (isPermissionDenied(error)) throw new InputError(`${file} ${ioReason(error)}`, path.resolve(root, file))
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'not found'
    case 'ENOTDIR':
      return isDirectory(root) ? 'not found' : `${root} is not a directory`
    case 'ELOOP':
      return 'a symlink loop'
    default:
      return (error as Error).message
  }
}

function isPermissionDenied(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return code === 'EACCES' || code === 'EPERM'
}
