import { CoverageError, percent, statedPercent } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'

function count(totals: Record<string, unknown>, key: string): number | undefined {
  const value = totals[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new CoverageError(`coverage.py JSON: totals.${key} is ${JSON.stringify(value)}, not a count`)
  }
  return value
}

/**
 * coverage.py `coverage json`: lines from `covered_lines`/`num_statements` (its `percent_covered` mixes in
 * branches when branch coverage is on, so it is only the fallback), branches from
 * `covered_branches`/`num_branches` when measured.
 */
export function parseCoveragePy(totals: Record<string, unknown>): CoverageSummary {
  const covered = count(totals, 'covered_lines')
  const statements = count(totals, 'num_statements')
  let lines: number | null
  if (covered !== undefined && statements !== undefined) lines = percent(covered, statements)
  else if (typeof totals.percent_covered === 'number')
    lines = statedPercent(totals.percent_covered, 'coverage.py JSON: totals.percent_covered')
  else
    throw new CoverageError(
      'coverage.py JSON: totals has neither covered_lines/num_statements nor percent_covered'
    )
  const branchesCovered = count(totals, 'covered_branches')
  const branches = count(totals, 'num_branches')
  return {
    format: 'coverage.py',
    lines,
    branches:
      branchesCovered !== undefined && branches !== undefined ? percent(branchesCovered, branches) : null
  }
}
