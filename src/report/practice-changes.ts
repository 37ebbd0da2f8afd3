import type { Status } from '../core/finding.js'
import type { HistoryRecord } from './history-record.js'

/** One practice's story over the records: its status now, since when, and when it was last lost. */
export interface PracticeChange {
  practice: string
  status: Status
  /** The first record of the current run of this status: its date and commit. */
  since: { date: string; commit: string }
  /** Whether `since` is a change seen in the records, or only the oldest record (it may hold for longer). */
  changed: boolean
  /** Whole days from `since` to the newest record, while it passes. */
  heldDays?: number
  /** The record where it stopped passing, while it does not pass now and passed before. */
  lostIn?: { date: string; commit: string }
}

const DAY = 86_400_000

/** For every practice of the newest record (oldest record first in `records`). */
export function practiceChanges(records: readonly HistoryRecord[]): PracticeChange[] {
  const newest = records.at(-1)
  if (newest === undefined) return []
  return Object.entries(newest.practices)
    .map(([practice, status]) => changeOf(records, practice, status, newest))
    .sort((a, b) => a.practice.localeCompare(b.practice))
}

function changeOf(
  records: readonly HistoryRecord[],
  practice: string,
  status: Status,
  newest: HistoryRecord
): PracticeChange {
  const statusAt = (index: number): Status | undefined => records[index]?.practices[practice]
  let start = records.length - 1
  while (start > 0 && statusAt(start - 1) === status) start--
  const first = records[start] ?? newest
  const since = { date: first.date, commit: first.commit }
  const change: PracticeChange = { practice, status, since, changed: start > 0 }
  if (status === 'pass') {
    return { ...change, heldDays: Math.floor((Date.parse(newest.date) - Date.parse(first.date)) / DAY) }
  }
  const lastPass = records.findLastIndex(record => record.practices[practice] === 'pass')
  const lost = lastPass === -1 ? undefined : records[lastPass + 1]
  return lost === undefined ? change : { ...change, lostIn: { date: lost.date, commit: lost.commit } }
}
