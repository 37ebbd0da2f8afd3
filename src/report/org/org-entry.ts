import type { Report } from '../../evaluate/report.js'
import type { Status } from '../../core/finding.js'
import type { HistoryRecord } from '../history-record.js'

/** Where a repository's verdict came from. */
export type EntrySource = 'artifact' | 'static' | 'unreadable'

/**
 * One repository in the org report: the few fields of its report that the org views need, never the whole
 * report, so that merging 10,000 repositories holds 10,000 small rows rather than 10,000 reports.
 */
export interface OrgEntry {
  /** owner/name */
  repository: string
  /** The custom property that names the repository's tier (`--tier-property`), null when unset. */
  tier: string | null
  /** artifact: the latest default-branch report; static: re-evaluated from its files; unreadable: neither. */
  source: EntrySource
  model: string | null
  target: string | null
  level: string | null
  levelIndex: number
  /** The model's levels, to rank `level` and `target`; empty when unreadable. */
  levels: string[]
  passed: boolean
  /** The report's one-line reason, or why the repository could not be judged. */
  reason: string
  practices: Record<string, Status>
  history: HistoryPoint[]
}

/** One record of a repository's history store, as the org report keeps it: what was reached when. */
export type HistoryPoint = Pick<HistoryRecord, 'date' | 'level'>

/** The most history points kept per repository: enough for a trend line, bounded whatever the store holds. */
const HISTORY_POINTS = 30

/** A report reduced to its org row. */
export function orgEntryOf(
  report: Report,
  repository: { name: string; tier: string | null },
  source: 'artifact' | 'static',
  history: readonly HistoryPoint[] = []
): OrgEntry {
  return {
    repository: repository.name,
    tier: repository.tier,
    source,
    model: report.model,
    target: report.target,
    level: report.level,
    levelIndex: report.levelIndex,
    levels: [...report.levels],
    passed: report.passed,
    reason: report.reason,
    practices: Object.fromEntries(report.findings.map(finding => [finding.practice, finding.status])),
    // Oldest first by date (concurrent runs may append out of order), and only what the trend draws.
    history: [...history]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .slice(-HISTORY_POINTS)
      .map(({ date, level }) => ({ date, level }))
  }
}

/** A repository that could be neither collected nor re-evaluated, with the reason (an HTTP status, a policy error). */
export function unreadableEntry(repository: { name: string; tier: string | null }, reason: string): OrgEntry {
  return {
    repository: repository.name,
    tier: repository.tier,
    source: 'unreadable',
    model: null,
    target: null,
    level: null,
    levelIndex: -1,
    levels: [],
    passed: false,
    reason,
    practices: {},
    history: []
  }
}

/** How many levels `entry` is below its target; 0 at or above it, and for a repository without a verdict. */
export function levelsBelowTarget(entry: OrgEntry): number {
  if (entry.target === null) return 0
  const target = entry.levels.indexOf(entry.target)
  return Math.max(0, target - entry.levelIndex)
}
