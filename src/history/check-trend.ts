import type { ApiAccess } from '../evidence/api.js'
import type { HistoryRecord } from '../report/history-record.js'
import { parseHistory } from '../report/parse-history.js'
import { historySettings } from './history-settings.js'

/**
 * The records `check` shows the trend of (text and Markdown formats): only with `history:` in the policy,
 * and none when the store cannot be read — `check` judges this commit, the trend only accompanies it.
 */
export async function checkTrend(
  root: string,
  policyPath: string,
  today: string,
  api: ApiAccess | undefined
): Promise<HistoryRecord[] | undefined> {
  const settings = await historySettings(root, policyPath, today, api)
  if (!settings.enabled) return undefined
  // git and the API are loaded only for a policy that keeps a history: an offline check starts without them.
  const text = await (await import('./stored-text.js')).storedText(root, settings.store, api)
  return text.ok ? parseHistory(text.text).records.slice(-settings.store.records) : undefined
}
