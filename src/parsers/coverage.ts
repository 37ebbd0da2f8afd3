import { parseCoveragePy } from './coverage-py.js'
import { CoverageError } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'
import { parseIstanbulSummary } from './istanbul-summary.js'
import { parseLcov } from './lcov.js'
import { parseXmlCoverage } from './xml-coverage.js'
import { messageOf } from '../core/message-of.js'

export { CoverageError } from './coverage-summary.js'
export type { CoverageSummary } from './coverage-summary.js'

const LCOV_RECORD = /^(?:TN|SF|DA|LF|LH|BRDA|BRF|BRH|FN|FNDA|FNF|FNH):|^end_of_record\s*$/m

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJsonCoverage(text: string): CoverageSummary {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new CoverageError(`coverage JSON does not parse: ${messageOf(e)}`)
  }
  if (isObject(data) && isObject(data.totals)) return parseCoveragePy(data.totals)
  if (isObject(data) && isObject(data.total)) return parseIstanbulSummary(data.total)
  const first = isObject(data) ? Object.values(data)[0] : undefined
  if (isObject(first) && 'statementMap' in first) {
    throw new CoverageError(
      'istanbul coverage-final.json is per-file detail: use the json-summary reporter (coverage-summary.json)'
    )
  }
  throw new CoverageError('coverage JSON is neither coverage.py (totals) nor istanbul json-summary (total)')
}

/** What the file name suggests, named in the error when the content matches no format. */
function hintFor(fileName: string | undefined): string {
  if (!fileName) return ''
  const name = fileName.toLowerCase()
  if (name.endsWith('.info') || name.includes('lcov')) return ' (the name suggests LCOV)'
  if (name.endsWith('.xml')) return ' (the name suggests Cobertura or JaCoCo XML)'
  if (name.endsWith('.json')) return ' (the name suggests coverage.py or istanbul JSON)'
  return ''
}

/**
 * Line and branch coverage (percent) from a report in any supported format, recognised by its content:
 * XML → Cobertura (`<coverage>`) or JaCoCo (`<report>`); JSON → coverage.py (`totals`) or istanbul
 * json-summary (`total`); text with LCOV records → LCOV. The file name only sharpens the error message.
 */
export function parseCoverage(text: string, fileName?: string): CoverageSummary {
  const body = text.replace(/^\uFEFF/, '')
  const start = body.trimStart()[0]
  if (start === '<') return parseXmlCoverage(body)
  if (start === '{') return parseJsonCoverage(body)
  if (LCOV_RECORD.test(body)) return parseLcov(body)
  if (start === undefined) throw new CoverageError(`coverage report is empty${hintFor(fileName)}`)
  throw new CoverageError(`unrecognised coverage report format${hintFor(fileName)}`)
}
