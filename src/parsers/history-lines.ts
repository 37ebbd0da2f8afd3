/** One line of a repository's history store (JSON Lines, issue 17): what its default branch reached when. */
export interface HistoryLine {
  date: string
  level: string | null
}

/**
 * The `{schema: 1, commit, date, level, held}` lines of a history file, oldest first. A line that is not
 * JSON, of another schema, or without a date is skipped: the trend is a view, and one bad line must not hide
 * the others.
 */
export function parseHistoryLines(text: string): HistoryLine[] {
  const points: HistoryLine[] = []
  for (const line of text.split('\n')) {
    const point = historyPoint(line.trim())
    if (point) points.push(point)
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

function historyPoint(line: string): HistoryLine | undefined {
  if (line === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { schema, date, level } = value as Record<string, unknown>
  if (schema !== 1 || typeof date !== 'string') return undefined
  return { date, level: typeof level === 'string' ? level : null }
}
