/** What every coverage parser returns: percentages (0–100) or null where the report gives no figure. */
export interface CoverageSummary {
  format: 'lcov' | 'cobertura' | 'jacoco' | 'coverage.py' | 'istanbul'
  lines: number | null
  branches: number | null
}

/** A coverage report that cannot be read as any supported format, or is inconsistent. */
export class CoverageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CoverageError'
  }
}

/**
 * covered/total as a percentage; null when nothing was measured (0 of 0 is not 100% coverage). Rounded to
 * 6 decimals so that float noise (56.99999999999999) never decides a threshold.
 */
export function percent(covered: number, total: number): number | null {
  // A count that is not a finite number (`1e999`, NaN) is a broken report, not "nothing measured".
  for (const count of [covered, total])
    if (!Number.isFinite(count)) throw new CoverageError(`count ${count} is not a finite number`)
  if (total <= 0) return null
  if (covered < 0 || covered > total)
    throw new CoverageError(`covered count ${covered} is outside 0..${total}`)
  return Math.round((covered / total) * 100 * 1e6) / 1e6
}

/** A percentage a report states outright, refused unless finite and within 0–100 (`1e999` parses as Infinity). */
export function statedPercent(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new CoverageError(`${what} ${value} is not a percentage between 0 and 100`)
  return value
}

/** A rate attribute (0..1) as a percentage, or null when absent. */
export function rateToPercent(rate: string | undefined, what: string): number | null {
  if (rate === undefined || rate.trim() === '') return null
  const value = Number(rate)
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new CoverageError(`${what} "${rate}" is not a rate between 0 and 1`)
  return Math.round(value * 100 * 1e6) / 1e6
}
