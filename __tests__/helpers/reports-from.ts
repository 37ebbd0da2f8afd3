import picomatch from 'picomatch'
import type { ReportEvidence, ReportFile } from '../../src/evidence/evidence.js'
import { parseCoverage } from '../../src/parsers/coverage.js'
import { parseJunit } from '../../src/parsers/junit.js'

/**
 * Report evidence over reports given as path → text, found by glob and parsed by the real parsers the way the
 * collector does it: a report that does not parse is kept with its error, never dropped. `committed`: paths the
 * checkout's HEAD holds unchanged, which the collector names but does not read.
 */
export function reportsFrom(
  reports: Record<string, string>,
  committed: readonly string[] = []
): ReportEvidence {
  function search<Summary>(globs: readonly string[], parse: (text: string, file: string) => Summary) {
    const isMatch = picomatch([...globs], { dot: true })
    const files = Object.keys(reports)
      .filter(file => isMatch(file))
      .sort()
      .map((file): ReportFile<Summary> => {
        try {
          return { file, summary: parse(reports[file] ?? '', file) }
        } catch (error) {
          return { file, error: (error as Error).message }
        }
      })
    return Promise.resolve({
      searched: [...globs],
      files,
      committed: committed.filter(file => isMatch(file))
    })
  }
  return {
    tests: globs => search(globs, text => parseJunit(text)),
    coverage: globs => search(globs, parseCoverage)
  }
}
