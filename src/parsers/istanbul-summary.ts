import { CoverageError, percent, statedPercent } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'

function metric(total: Record<string, unknown>, key: 'lines' | 'branches'): number | null {
  const m = total[key]
  if (m === undefined) return null
  if (typeof m !== 'object' || m === null)
    throw new CoverageError(`istanbul summary: total.${key} is not an object`)
  const { total: found, covered, pct } = m as Record<string, unknown>
  if (typeof found === 'number' && typeof covered === 'number') return percent(covered, found)
  // Older istanbul writes pct "Unknown" when nothing was measured.
  return typeof pct === 'number' ? statedPercent(pct, `istanbul summary: total.${key}.pct`) : null
}

/** istanbul/nyc/jest `json-summary` reporter (`coverage-summary.json`): `total.lines` and `total.branches`. */
export function parseIstanbulSummary(total: Record<string, unknown>): CoverageSummary {
  return { format: 'istanbul', lines: metric(total, 'lines'), branches: metric(total, 'branches') }
}
