import type { ApiAccess } from '../evidence/api.js'
import { parseHistory } from '../report/parse-history.js'
import { trendText } from '../report/trend-text.js'
import { historySettings } from './history-settings.js'
import { storedText } from './stored-text.js'

export interface HistoryOptions {
  /** Absolute path of the repository root. */
  root: string
  policyPath: string
  format: 'text' | 'json'
}

export interface HistoryIo {
  stdout: (text: string) => void
  today: string
}

/**
 * `maturity-gate history`: the trend from the store the action keeps (policy `history:`). Read from the
 * local clone (the branch, or fetched from origin), else through the API with a token; `unknown`, saying
 * why, when neither has it.
 */
export async function historyCommand(
  options: HistoryOptions,
  api: ApiAccess | undefined,
  io: HistoryIo
): Promise<void> {
  const { store } = await historySettings(options.root, options.policyPath, io.today, api)
  const text = await storedText(options.root, store, api)
  const parsed = text.ok ? parseHistory(text.text) : { records: [], skipped: [] }
  const records = parsed.records.slice(-store.records)
  if (options.format === 'json') {
    const source = text.ok ? { source: text.via } : { unknown: text.reason }
    io.stdout(`${JSON.stringify({ ...source, records, skipped: parsed.skipped }, null, 2)}\n`)
    return
  }
  const skipped = parsed.skipped.map(s => `  line ${s.line} skipped: ${s.reason}\n`).join('')
  if (!text.ok) io.stdout(`Trend: unknown: ${text.reason}\n`)
  else if (records.length === 0) io.stdout(`Trend: unknown: no records yet in ${text.via}\n${skipped}`)
  else io.stdout(`${trendText(records)}${skipped}Read from ${text.via}.\n`)
}
