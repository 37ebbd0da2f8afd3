import type { ReportEvidence } from './evidence.js'

/** Report evidence of a workspace that has none (the base commit, tests that do not need reports). */
export const noReports: ReportEvidence = {
  tests: globs => Promise.resolve({ searched: [...globs], files: [], committed: [] }),
  coverage: globs => Promise.resolve({ searched: [...globs], files: [], committed: [] })
}
