import type { MetricsRead, ReportEvidence, ReportFile, ReportSearch, Workspace } from './evidence.js'
import { globFilter } from './glob-filter.js'
import { NOT_OURS } from './not-ours.js'
import { readCoverageFile, readJunitFile, readMetricsFile, ReportFileError } from './reports.js'
import { messageOf } from '../core/message-of.js'

/**
 * Reports of the checkout, found among the files the workspace already listed (no second walk) and read on
 * first request: JUnit streamed, coverage read whole with a size cap. Each file is read at most once however
 * many practices ask, and a file that does not parse is kept with its error — a warning, never a pass.
 */
export function workspaceReports(workspace: Workspace): ReportEvidence {
  const cache = new Map<string, Promise<ReportFile<unknown>>>()
  /** Practices ask with the same default globs: the checkout's files are matched once per glob list. */
  const selections = new Map<string, string[]>()
  function select(globs: readonly string[]): string[] {
    const key = globs.join('\u0000')
    let files = selections.get(key)
    if (!files)
      selections.set(
        key,
        (files = workspace.files.filter(globFilter(globs, { dot: true, ignore: [...NOT_OURS] })))
      )
    return files
  }
  function search<Summary>(
    kind: string,
    globs: readonly string[],
    read: (root: string, file: string) => Promise<Summary>
  ): Promise<ReportSearch<Summary>> {
    return Promise.all(
      select(globs).map(file => {
        const key = `${kind}\u0000${file}`
        let pending = cache.get(key)
        if (!pending) cache.set(key, (pending = readOne(file, read)))
        return pending as Promise<ReportFile<Summary>>
      })
    ).then(found => ({ searched: [...globs], files: found }))
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
