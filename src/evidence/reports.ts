import { closeSync, openSync, realpathSync, statSync } from 'node:fs'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { parseCoverage } from '../parsers/coverage.js'
import type { CoverageSummary } from '../parsers/coverage.js'
import type { JunitSummary } from '../parsers/junit.js'
import { parseMetrics } from '../parsers/metrics.js'
import type { MetricsData } from '../parsers/metrics.js'
import { readJunit } from './read-junit.js'

/**
 * Test, coverage and metrics reports in the workspace: found by the policy's globs and read without ever
 * leaving the workspace root (design §11: no `..`, no absolute paths, no symlink that resolves outside).
 */

/** Folders that hold no reports of this repository and can be huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules'])
/** Bounds the walk on giant monorepos. */
const MAX_ENTRIES = 500_000
/** Coverage and metrics files are read whole; JUnit reports are streamed and have no cap. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024

export interface ReportSearchResult {
  /** Matching files, workspace-relative with `/` separators, sorted. */
  files: string[]
  /** The globs that were searched (refused ones are not), for "none found" messages. */
  searched: string[]
  /** Globs and matching paths that were not used, each with the reason. */
  refused: { path: string; reason: string }[]
}

/** A report path that is outside the workspace, missing, not a file, or too large. */
export class ReportFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
    this.name = 'ReportFileError'
  }
}

function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root + path.sep)
}

/** Why a glob may not be used, or undefined when it may. */
function globProblem(glob: string): string | undefined {
  const pattern = glob.startsWith('!') ? glob.slice(1) : glob
  if (pattern.trim() === '') return 'empty glob'
  if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern)) {
    return 'absolute glob: report globs are relative to the workspace root'
  }
  if (pattern.split(/[\\/]/).includes('..')) return "glob with '..' would leave the workspace"
  return undefined
}

/**
 * Files below root matching any glob (a glob starting with `!` excludes). `.git` and `node_modules` are
 * skipped; symlinked directories are not followed; a symlinked file is used only when it resolves inside
 * the workspace.
 */
export async function findReports(root: string, globs: readonly string[]): Promise<ReportSearchResult> {
  const refused: ReportSearchResult['refused'] = []
  const searched: string[] = []
  for (const glob of globs) {
    const problem = globProblem(glob)
    if (problem) refused.push({ path: glob, reason: problem })
    else searched.push(glob)
  }
  const include = searched.filter(g => !g.startsWith('!'))
  const exclude = searched.filter(g => g.startsWith('!')).map(g => g.slice(1))
  if (include.length === 0) return { files: [], searched, refused }
  const options = { dot: true }
  const included = picomatch(include, options)
  const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false
  const realRoot = await realpath(root)
  const files: string[] = []
  for (const entry of await walk(realRoot)) {
    if (!included(entry.file) || excluded(entry.file)) continue
    if (!entry.symlink) {
      files.push(entry.file)
      continue
    }
    const problem = await symlinkProblem(realRoot, entry.file)
    if (problem) refused.push({ path: entry.file, reason: problem })
    else files.push(entry.file)
  }
  return { files: files.sort(), searched, refused }
}

async function symlinkProblem(realRoot: string, file: string): Promise<string | undefined> {
  let real: string
  try {
    real = await realpath(path.join(realRoot, file))
  } catch {
    return 'broken symlink'
  }
  if (!isInside(realRoot, real)) return `symlink resolves outside the workspace (${real})`
  return (await stat(real)).isFile() ? undefined : 'symlink to a directory (not followed)'
}

async function walk(realRoot: string): Promise<{ file: string; symlink: boolean }[]> {
  const found: { file: string; symlink: boolean }[] = []
  const pending = ['']
  let seen = 0
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const dir = pending.pop() as string
    let entries
    try {
      entries = await readdir(path.join(realRoot, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      seen++
      const file = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(file)
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        found.push({ file, symlink: entry.isSymbolicLink() })
      }
    }
  }
  return found
}

/**
 * The real path of a workspace-relative file, refusing anything that leaves the workspace. Synchronous on
 * purpose: these calls take microseconds, and a round trip through the thread pool per call made thousands
 * of small reports four times slower to read.
 */
function resolveInside(root: string, file: string): { real: string; size: number } {
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) {
    throw new ReportFileError(file, 'absolute path: report paths are relative to the workspace root')
  }
  const realRoot = realpathSync(root)
  const resolved = path.resolve(realRoot, file)
  if (!isInside(realRoot, resolved)) throw new ReportFileError(file, "path with '..' leaves the workspace")
  let real: string
  try {
    real = realpathSync(resolved)
  } catch {
    throw new ReportFileError(file, 'not found')
  }
  if (!isInside(realRoot, real))
    throw new ReportFileError(file, `symlink resolves outside the workspace (${real})`)
  const info = statSync(real)
  if (!info.isFile()) throw new ReportFileError(file, 'not a regular file')
  return { real, size: info.size }
}

/**
 * Streams a JUnit/TRX report through the parser: memory stays flat whatever the file's size, and a big report
 * is read by several threads when they are idle (readJunit).
 */
export async function readJunitFile(root: string, file: string): Promise<JunitSummary> {
  const { real, size } = resolveInside(root, file)
  const fd = openSync(real, 'r')
  try {
    // A small report is read here and now, so its file is closed before the next report is opened.
    const read = readJunit(fd, real, size)
    return read instanceof Promise ? await read : read
  } finally {
    closeSync(fd)
  }
}

async function readWhole(root: string, file: string): Promise<string> {
  const { real, size } = resolveInside(root, file)
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new ReportFileError(
      file,
      `${Math.ceil(size / 1024 / 1024)} MB is larger than the ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB read limit`
    )
  }
  return readFile(real, 'utf8')
}

/** Line and branch coverage of one report (format detected from its content). */
export async function readCoverageFile(root: string, file: string): Promise<CoverageSummary> {
  return parseCoverage(await readWhole(root, file), file)
}

/** A metrics file (JSON, YAML or CSV) as a plain object. */
export async function readMetricsFile(root: string, file: string): Promise<MetricsData> {
  return parseMetrics(await readWhole(root, file), file)
}
