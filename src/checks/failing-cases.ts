import type { JunitSummary } from '../parsers/junit.js'

/** The first failing cases of a report, named as a person searches for them, then how many more failed. */
export function failingCases(summary: JunitSummary, shown = 3): string {
  const names = summary.failingCases
    .slice(0, shown)
    .map(c => `\`${c.classname ? `${c.classname}.${c.name}` : c.name}\``)
  const more = summary.failures + summary.errors - names.length
  if (names.length === 0) return 'the report names no failing case'
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ')
}
