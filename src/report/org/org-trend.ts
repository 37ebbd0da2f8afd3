import type { HistoryPoint } from './org-entry.js'

/** The levels a repository went through, oldest first, each change once: `base → beginner → intermediate`. */
export function levelChanges(history: readonly HistoryPoint[]): string[] {
  const changes: string[] = []
  for (const point of history) {
    const level = point.level ?? 'none'
    if (changes.at(-1) !== level) changes.push(level)
  }
  return changes
}
