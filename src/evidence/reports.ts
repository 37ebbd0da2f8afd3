import { closeSync, openSync, realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseCoverage } from '../parsers/coverage.js'
import type { CoverageSummary } from '../parsers/coverage.js'
import type { JunitSummary } from '../parsers/junit.js'
import { parseMetrics } from '../parsers/metrics.js'
import type { MetricsData } from '../parsers/metrics.js'
import { readJunit } from './read-junit.js'

/**
 * Readers of test, coverage and metrics reports in the workspace (found by workspaceReports among the files
 * the workspace listed), which never leave the workspace root (design §11: no `..`, no absolute paths, no
 * symlink that resolves outside).
 */

/** Coverage and metrics files are read whole; JUnit reports are streamed and have no cap. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024

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
