import type { HistoryLine } from '../../parsers/history-lines.js'

/** The levels a repository went through, oldest first, each change once: `base → beginner → intermediate`. */
export function levelChanges(history: readonly HistoryLine[]): string[] {
  const changes: string[] = []
  for (const point of history) {
    const level = point.level ?? 'none'
    if (changes.at(-1) !== level) changes.push(level)
  }
  return changes
}
