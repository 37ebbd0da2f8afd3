import { CoverageError, percent } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'

interface Totals {
  found: number
  hit: number
}

/** One `SF:` … `end_of_record` section: the LF/LH and BRF/BRH summaries, and recounts from DA/BRDA lines. */
interface LcovRecord {
  lines?: Totals
  branches?: Totals
  da: Totals
  brda: Totals
}

function count(value: string, line: number): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) {
    throw new CoverageError(`LCOV line ${line}: "${value}" is not a count`)
  }
  return n
}

/**
 * LCOV tracefile (geninfo(1)): sums each record's `LF`/`LH` and `BRF`/`BRH`; a record without them (some
 * generators omit the summaries) is recounted from its `DA` and `BRDA` lines.
 */
export function parseLcov(text: string): CoverageSummary {
  const totals = { lines: { found: 0, hit: 0 }, branches: { found: 0, hit: 0 } }
  let record: LcovRecord = { da: { found: 0, hit: 0 }, brda: { found: 0, hit: 0 } }
  let records = 0
  const close = (): void => {
    const lines = record.lines ?? record.da
    const branches = record.branches ?? record.brda
    totals.lines.found += lines.found
    totals.lines.hit += lines.hit
    totals.branches.found += branches.found
    totals.branches.hit += branches.hit
    record = { da: { found: 0, hit: 0 }, brda: { found: 0, hit: 0 } }
  }
  const rows = text.split(/\r?\n/)
  rows.forEach((row, index) => {
    const line = index + 1
    const colon = row.indexOf(':')
    const key = colon === -1 ? row.trim() : row.slice(0, colon)
    const value = colon === -1 ? '' : row.slice(colon + 1)
    if (key === 'end_of_record') {
      close()
      records++
    } else if (key === 'LF') record.lines = { found: count(value, line), hit: record.lines?.hit ?? 0 }
    else if (key === 'LH') record.lines = { found: record.lines?.found ?? 0, hit: count(value, line) }
    else if (key === 'BRF') record.branches = { found: count(value, line), hit: record.branches?.hit ?? 0 }
    else if (key === 'BRH') record.branches = { found: record.branches?.found ?? 0, hit: count(value, line) }
    else if (key === 'DA') {
      const hits = value.split(',')[1] ?? ''
      record.da.found++
      if (count(hits, line) > 0) record.da.hit++
    } else if (key === 'BRDA') {
      const taken = value.split(',')[3] ?? ''
      record.brda.found++
      // '-' means the block was never reached: the branch counts as found, not taken.
      if (taken !== '-' && count(taken, line) > 0) record.brda.hit++
    }
  })
  if (record.lines || record.branches || record.da.found > 0 || record.brda.found > 0) {
    close()
    records++
  }
  if (records === 0) throw new CoverageError('LCOV: no records (no end_of_record, LF or DA lines)')
  return {
    format: 'lcov',
    lines: percent(totals.lines.hit, totals.lines.found),
    branches: percent(totals.branches.hit, totals.branches.found)
  }
}
