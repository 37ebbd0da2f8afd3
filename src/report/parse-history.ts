import type { HistoryRecord } from './history-record.js'

export interface ParsedHistory {
  /** Oldest first, as appended. */
  records: HistoryRecord[]
  /** Lines that are not a record this version can read (1-based), so a reader can say what it skipped. */
  skipped: Array<{ line: number; reason: string }>
}

const KNOWN_SCHEMAS: ReadonlySet<unknown> = new Set([1])

/**
 * The store's JSON Lines text. A line that is not JSON, or of a schema this version does not know (written
 * by a newer maturity-gate), is skipped and said, never guessed at.
 */
export function parseHistory(text: string): ParsedHistory {
  const records: HistoryRecord[] = []
  const skipped: ParsedHistory['skipped'] = []
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      skipped.push({ line: index + 1, reason: 'not JSON' })
      continue
    }
    const reason = problemOf(value)
    if (reason === undefined) records.push(value as HistoryRecord)
    else skipped.push({ line: index + 1, reason })
  }
  return { records, skipped }
}

function problemOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a record'
  const record = value as Partial<Record<keyof HistoryRecord, unknown>>
  if (!KNOWN_SCHEMAS.has(record.schema))
    return `schema ${String(record.schema)} is not one this version reads`
  const shaped =
    typeof record.commit === 'string' &&
    typeof record.date === 'string' &&
    !Number.isNaN(Date.parse(record.date)) &&
    typeof record.held === 'number' &&
    (record.level === null || typeof record.level === 'string') &&
    typeof record.practices === 'object' &&
    record.practices !== null
  return shaped ? undefined : 'missing commit, date, level, held or practices'
}
