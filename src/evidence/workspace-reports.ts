import type { MetricsRead, ReportEvidence, ReportFile, ReportSearch, Workspace } from './evidence.js'
import { globFilter } from './glob-filter.js'
import { NOT_OURS } from './not-ours.js'
import { readCoverageFile, readJunitFile, readMetricsFile, ReportFileError } from './reports.js'
import { unchangedCommittedFiles } from './git.js'
import { messageOf } from '../core/message-of.js'

/** The files a search reads, and those it skips because HEAD holds them unchanged. */
interface Selection {
  files: string[]
  committed: string[]
}

const NOTHING: Selection = { files: [], committed: [] }

/**
 * Reports of the checkout, found among the files the workspace already listed (no second walk) and read on
 * first request: JUnit streamed, coverage read whole with a size cap. Each file is read at most once however
 * many practices ask, and a file that does not parse is kept with its error — a warning, never a pass.
 *
 * A file the checkout's HEAD commit holds unchanged is not read as a report: no run wrote it (a committed
 * sample with failures on purpose, an old result). `committed` says which those are; it is asked once, and only
 * when a search matches a file.
 */
export function workspaceReports(
  workspace: Workspace,
  committed: () => Promise<ReadonlySet<string> | undefined> = () => unchangedCommittedFiles(workspace.root)
): ReportEvidence {
  const cache = new Map<string, Promise<ReportFile<unknown>>>()
  /** Practices ask with the same default globs: the checkout's files are matched once per glob list. */
  const selections = new Map<string, Promise<Selection>>()
  let inHead: Promise<ReadonlySet<string> | undefined> | undefined
  function select(globs: readonly string[]): Promise<Selection> {
    const key = globs.join('\u0000')
    let selection = selections.get(key)
    if (!selection) {
      const matched = workspace.files.filter(globFilter(globs, { dot: true, ignore: [...NOT_OURS] }))
      selections.set(key, (selection = matched.length === 0 ? Promise.resolve(NOTHING) : split(matched)))
    }
    return selection
  }
  async function split(matched: string[]): Promise<Selection> {
    const held = await (inHead ??= committed())
    if (!held) return { files: matched, committed: [] }
    return {
      files: matched.filter(file => !held.has(file)),
      committed: matched.filter(file => held.has(file))
    }
  }
  async function search<Summary>(
    kind: string,
    globs: readonly string[],
    read: (root: string, file: string) => Promise<Summary>
  ): Promise<ReportSearch<Summary>> {
    const selection = await select(globs)
    const found = await Promise.all(
      selection.files.map(file => {
        const key = `${kind}\u0000${file}`
        let pending = cache.get(key)
        if (!pending) cache.set(key, (pending = readOne(file, read)))
        return pending as Promise<ReportFile<Summary>>
      })
    )
    return { searched: [...globs], files: found, committed: selection.committed }
  }
  async function readOne<Summary>(
    file: string,
    read: (root: string, file: string) => Promise<Summary>
  ): Promise<ReportFile<Summary>> {
    try {
      return { file, summary: await read(workspace.root, file) }
    } catch (error) {
      return { file, error: messageOf(error) }
    }
  }
  const metrics = new Map<string, Promise<MetricsRead>>()
  return {
    tests: globs => search('tests', globs, readJunitFile),
    coverage: globs => search('coverage', globs, readCoverageFile),
    metrics(file) {
      let pending = metrics.get(file)
      if (!pending) metrics.set(file, (pending = readMetrics(workspace.root, file)))
      return pending
    }
  }
}

async function readMetrics(root: string, file: string): Promise<MetricsRead> {
  try {
    return { data: await readMetricsFile(root, file) }
  } catch (error) {
    if (!(error instanceof ReportFileError)) return { error: messageOf(error) }
    return error.reason === 'not found' ? { missing: true } : { error: error.reason }
  }
}
