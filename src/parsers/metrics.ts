import { parseDocument } from 'yaml'
import { jsonDuplicateKey } from './json-duplicate-key.js'
import { messageOf } from '../core/message-of.js'

/**
 * Model metrics files (design §5): JSON, YAML or a two-column CSV, read into a plain object whose leaves are
 * the metric values. Values are kept as written (numbers, or whatever else is there) so that the threshold
 * engine can show a bad value rather than this parser hiding it.
 */

export type MetricsData = Record<string, unknown>

/** A metrics file that does not parse, or is not a mapping of metric names to values. */
export class MetricsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MetricsError'
  }
}

/** One concrete metric found by `lookupMetric`; `value` is undefined when the path does not exist. */
export interface MetricMatch {
  path: string
  value: unknown
}

/** Aliases a YAML metrics file may expand; far above any real file, far below a "billion laughs". */
const MAX_ALIASES = 100
const SPECIAL_NUMBERS: Record<string, number> = {
  nan: NaN,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity
}
/** Python's json.dump writes NaN and ±Infinity bare; JSON.parse refuses them, so they are marked first. */
const PYTHON_SPECIALS = /"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)/g
const SPECIAL_MARK = '\u0000maturity-gate-number:'

function isMapping(value: unknown): value is MetricsData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function requireMapping(value: unknown, format: string): MetricsData {
  if (!isMapping(value))
    throw new MetricsError(`${format} metrics file must hold a mapping of metric names to values`)
  return value
}

/** Refuses a key given twice in one object: JSON.parse would keep the last value without a word. */
function uniqueKeys(data: MetricsData, text: string): MetricsData {
  const duplicate = jsonDuplicateKey(text)
  if (duplicate)
    throw new MetricsError(
      `JSON metrics file: key ${JSON.stringify(duplicate.key)} appears twice in one object (line ${duplicate.line}); keep one value`
    )
  return data
}

function parseJsonMetrics(text: string): MetricsData {
  try {
    return uniqueKeys(requireMapping(JSON.parse(text), 'JSON'), text)
  } catch (e) {
    if (e instanceof MetricsError) throw e
    const marked = text.replace(PYTHON_SPECIALS, (match, special?: string) =>
      special ? JSON.stringify(SPECIAL_MARK + special) : match
    )
    try {
      const revive = (_key: string, value: unknown): unknown =>
        typeof value === 'string' && value.startsWith(SPECIAL_MARK)
          ? Number(value.slice(SPECIAL_MARK.length))
          : value
      return uniqueKeys(requireMapping(JSON.parse(marked, revive), 'JSON'), marked)
    } catch (retry) {
      if (retry instanceof MetricsError) throw retry
      throw new MetricsError(`JSON metrics file does not parse: ${messageOf(e)}`)
    }
  }
}

function parseYamlMetrics(text: string): MetricsData {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true })
  const problem = doc.errors[0] ?? doc.warnings.find(w => w.code === 'TAG_RESOLVE_FAILED')
  if (problem) {
    const at = problem.linePos?.[0]
    const where = at ? ` (line ${at.line}, column ${at.col})` : ''
    // yaml appends " at line L, column C:" and a source excerpt; the position is rebuilt from linePos.
    const message = problem.message.split(/ at line \d+/)[0]
    const what = problem.code === 'TAG_RESOLVE_FAILED' ? 'custom YAML tags are not allowed' : message
    throw new MetricsError(`YAML metrics file: ${what}${where}`)
  }
  try {
    return requireMapping(doc.toJS({ maxAliasCount: MAX_ALIASES }), 'YAML')
  } catch (e) {
    if (e instanceof MetricsError) throw e
    throw new MetricsError(`YAML metrics file: ${messageOf(e)}`)
  }
}

function csvValue(text: string): unknown {
  const trimmed = text.trim()
  const special = SPECIAL_NUMBERS[trimmed.toLowerCase()]
  if (special !== undefined) return special
  const n = Number(trimmed)
  return trimmed !== '' && !Number.isNaN(n) ? n : trimmed
}

/** Splits one CSV row, honouring double quotes (RFC 4180) so that a metric name may hold a comma. */
function csvFields(row: string): string[] {
  const fields: string[] = []
  const cell = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/y
  while (cell.lastIndex < row.length) {
    const start = cell.lastIndex
    const m = cell.exec(row)
    if (!m || cell.lastIndex === start) break
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '').trim())
  }
  if (row.trimEnd().endsWith(',')) fields.push('')
  return fields
}

function parseCsvMetrics(text: string): MetricsData {
  const data: MetricsData = {}
  const rows = text.split(/\r?\n/)
  let seenRow = false
  rows.forEach((row, index) => {
    if (row.trim() === '') return
    const fields = csvFields(row)
    if (fields.length !== 2) {
      throw new MetricsError(
        `CSV metrics file line ${index + 1}: expected 2 columns (metric,value), found ${fields.length}`
      )
    }
    const [name, raw] = fields as [string, string]
    const value = csvValue(raw)
    // A first row whose value is not a number is the header (`metric,value`).
    if (!seenRow && typeof value === 'string') {
      seenRow = true
      return
    }
    seenRow = true
    if (name === '') throw new MetricsError(`CSV metrics file line ${index + 1}: empty metric name`)
    if (Object.hasOwn(data, name))
      throw new MetricsError(`CSV metrics file line ${index + 1}: metric "${name}" repeated`)
    data[name] = value
  })
  return data
}

function formatOf(text: string, fileName: string | undefined): 'json' | 'yaml' | 'csv' {
  const name = fileName?.toLowerCase() ?? ''
  if (name.endsWith('.json')) return 'json'
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml'
  if (name.endsWith('.csv')) return 'csv'
  const start = text.trimStart()
  if (start.startsWith('{')) return 'json'
  const firstLine = start.split('\n', 1)[0] ?? ''
  return firstLine.includes(',') && !firstLine.includes(':') ? 'csv' : 'yaml'
}

/** Reads a metrics file; the format comes from the extension (.json, .yaml/.yml, .csv), else the content. */
export function parseMetrics(text: string, fileName?: string): MetricsData {
  const body = text.replace(/^\uFEFF/, '')
  const format = formatOf(body, fileName)
  if (format === 'json') return parseJsonMetrics(body)
  if (format === 'csv') return parseCsvMetrics(body)
  return parseYamlMetrics(body)
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function walk(node: unknown, segments: string[], i: number, concrete: string[]): MetricMatch[] {
  if (i === segments.length) return [{ path: concrete.join('.'), value: node }]
  const missing = [{ path: [...concrete, ...segments.slice(i)].join('.'), value: undefined }]
  if (!isContainer(node)) return missing
  if (segments[i] === '*') {
    return Object.keys(node)
      .sort()
      .flatMap(key => walk(node[key], segments, i + 1, [...concrete, key]))
  }
  // Longest key first, so that flat files (CSV rows named `eval.auc`) resolve like nested ones.
  for (let j = segments.length; j > i; j--) {
    const key = segments.slice(i, j).join('.')
    if (!segments.slice(i, j).includes('*') && Object.hasOwn(node, key))
      return walk(node[key], segments, j, [...concrete, key])
  }
  return missing
}

/**
 * The metrics a path names: `eval.auc` is one (value undefined when absent); a `*` segment stands for every
 * key at that level, so `slices.*.auc` gives one match per slice with its concrete path (`slices.eu.auc`),
 * sorted, and none when there are no slices.
 */
export function lookupMetric(data: unknown, path: string): MetricMatch[] {
  return walk(data, path.split('.'), 0, [])
}
