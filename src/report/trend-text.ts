import type { HistoryRecord } from './history-record.js'
import { practiceChanges } from './practice-changes.js'
import type { PracticeChange } from './practice-changes.js'

const BARS = '▁▂▃▄▅▆▇█'

/** `held` % as a bar of eight heights, one per record. */
function sparkline(records: readonly HistoryRecord[]): string {
  return records.map(r => BARS[Math.round((Math.min(100, Math.max(0, r.held)) / 100) * 7)] ?? '').join('')
}

/** "held for 9 days", "lost on 2026-12-03 in a1b2c3d", or since when it has had its status. */
export function changeText(change: PracticeChange): string {
  if (change.heldDays !== undefined) {
    const days = `${change.heldDays} day${change.heldDays === 1 ? '' : 's'}`
    return `held for ${change.changed ? '' : 'at least '}${days} (since ${day(change.since.date)})`
  }
  if (change.lostIn) return `lost on ${day(change.lostIn.date)} in ${short(change.lostIn.commit)}`
  return `${change.status} since ${change.changed ? '' : 'at least '}${day(change.since.date)}`
}

const day = (iso: string): string => iso.slice(0, 10)
const short = (commit: string): string => commit.slice(0, 7)

/**
 * The trend as plain text for the CLI: level and % held over the records (a sparkline), and each practice
 * that changed status within them.
 */
export function trendText(records: readonly HistoryRecord[]): string {
  const first = records[0]
  const last = records.at(-1)
  if (first === undefined || last === undefined) return 'Trend: no history records yet\n'
  const changes = practiceChanges(records)
  const moved = changes.filter(c => c.changed || c.lostIn)
  const lines = [
    `Trend over the last ${records.length} run${records.length === 1 ? '' : 's'} (${day(first.date)} to ${day(last.date)})`,
    `  held   ${sparkline(records)} ${first.held}% → ${last.held}%`,
    `  level  ${levelPath(records)}`,
    ...moved.map(c => `  ${c.practice.padEnd(28)} ${c.status.padEnd(8)} ${changeText(c)}`),
    ...(changes.length > moved.length
      ? [`  ${changes.length - moved.length} other practices kept their status over these runs`]
      : [])
  ]
  return `${lines.join('\n')}\n`
}

/** The levels in order, each once per run of it: `beginner → intermediate`. */
export function levelPath(records: readonly HistoryRecord[]): string {
  const levels = records
    .map(r => r.level ?? 'none')
    .filter((level, i, all) => i === 0 || all[i - 1] !== level)
  return levels.join(' → ')
}
