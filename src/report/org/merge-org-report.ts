import type { Status } from '../../core/finding.js'
import { compareText } from '../../core/compare-text.js'
import { levelsBelowTarget } from './org-entry.js'
import type { EntrySource, OrgEntry } from './org-entry.js'

/** Every status a practice can have, in the order the org views list them. */
export const STATUSES: readonly Status[] = ['pass', 'fail', 'unknown', 'waived', 'not-applicable']

export type StatusCounts = Record<Status, number>

/** The org report (`org-report.json`), version 1: every repository's row and what they add up to. */
export interface OrgReport {
  version: 1
  org: string
  repositories: number
  sources: Record<EntrySource, number>
  passed: number
  /** model → level (or `none`) → repositories at that level. */
  levels: Record<string, Record<string, number>>
  /** practice → how many repositories have it in each status. */
  practices: Record<string, StatusCounts>
  /** Repositories furthest below their target, most levels below first (at most `BELOW_TARGET_SHOWN`). */
  belowTarget: Array<{ repository: string; level: string | null; target: string; levelsBelow: number }>
  entries: OrgEntry[]
}

const BELOW_TARGET_SHOWN = 20

/**
 * Adds up repositories' rows one at a time, so the rows can come from a stream of shard files: what is kept
 * is each row (a few hundred bytes) and the counts, never a report.
 */
export async function mergeOrgReport(
  org: string,
  entries: AsyncIterable<OrgEntry> | Iterable<OrgEntry>
): Promise<OrgReport> {
  const report: OrgReport = {
    version: 1,
    org,
    repositories: 0,
    sources: { artifact: 0, static: 0, unreadable: 0 },
    passed: 0,
    levels: {},
    practices: {},
    belowTarget: [],
    entries: []
  }
  const seen = new Set<string>()
  for await (const entry of entries) {
    // A repository listed by two shards (a re-run shard) counts once.
    if (seen.has(entry.repository)) continue
    seen.add(entry.repository)
    add(report, entry)
  }
  report.entries.sort((a, b) => compareText(a.repository, b.repository))
  report.belowTarget = furthestBelow(report.entries)
  report.practices = sortedKeys(report.practices)
  return report
}

function add(report: OrgReport, entry: OrgEntry): void {
  report.repositories++
  report.sources[entry.source]++
  if (entry.passed) report.passed++
  if (entry.model !== null) {
    const levels = (report.levels[entry.model] ??= {})
    const level = entry.level ?? 'none'
    levels[level] = (levels[level] ?? 0) + 1
  }
  for (const [practice, status] of Object.entries(entry.practices)) {
    const counts = (report.practices[practice] ??= emptyCounts())
    counts[status]++
  }
  report.entries.push(entry)
}

function emptyCounts(): StatusCounts {
  return { pass: 0, fail: 0, unknown: 0, waived: 0, 'not-applicable': 0 }
}

function furthestBelow(entries: readonly OrgEntry[]): OrgReport['belowTarget'] {
  return entries
    .map(entry => ({ entry, levelsBelow: levelsBelowTarget(entry) }))
    .filter(({ levelsBelow }) => levelsBelow > 0)
    .sort((a, b) => b.levelsBelow - a.levelsBelow || compareText(a.entry.repository, b.entry.repository))
    .slice(0, BELOW_TARGET_SHOWN)
    .map(({ entry, levelsBelow }) => ({
      repository: entry.repository,
      level: entry.level,
      target: entry.target ?? '',
      levelsBelow
    }))
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)))
}
