import type { ApiAccess } from '../evidence/api.js'
import { appendHistoryRecord } from '../evidence/append-history-record.js'
import type { HistoryStore } from '../evidence/history-store.js'
import { readHistoryStore } from '../evidence/read-history-store.js'
import { dora } from '../evaluate/dora.js'
import type { Report } from '../evaluate/report.js'
import { historyRecord } from '../report/history-record.js'
import type { HistoryRecord } from '../report/history-record.js'
import { parseHistory } from '../report/parse-history.js'
import { recordedDora } from '../report/recorded-dora.js'
import { historySettings } from './history-settings.js'
import type { HistorySettings } from './history-settings.js'
import { InvalidPolicyError } from '../policy/errors.js'
import { deployHistoryFor } from '../evidence/deploy-history-for.js'
import { checkoutDeployJobs } from './checkout-deploy-jobs.js'

/** The records the trend shows, and what went wrong keeping or reading them (a warning, never a failure). */
export interface KeptHistory {
  records: HistoryRecord[]
  warning?: string
}

export interface KeepOptions {
  root: string
  policyPath: string
  today: string
  /** This run: its commit and id, and whether it is on the default branch (only those runs are recorded). */
  run: { commit: string; id: number; defaultBranch: boolean }
  now?: () => Date
}

/**
 * With `history:` in the policy: on a default-branch run, measures DORA, appends this run's record to the
 * store and returns the trend's records; on any other run, only reads them. Undefined without `history:` or
 * without API access. The store needs `contents: write` to be written; without it the run says so in a
 * warning and the gate's verdict is unchanged.
 */
export async function keepHistory(
  report: Report,
  api: ApiAccess | undefined,
  options: KeepOptions
): Promise<KeptHistory | undefined> {
  let settings: HistorySettings
  try {
    settings = await historySettings(options.root, options.policyPath, options.today, api)
  } catch (error) {
    // The gate already judged the policy; a base it read but this second reading cannot (GitHub refused it
    // this time, no cached copy) leaves the history settings unknown, which must not turn a verdict into an
    // invalid policy.
    if (error instanceof InvalidPolicyError)
      return { records: [], warning: `history settings not read: ${error.message}` }
    throw error
  }
  if (!settings.enabled || api === undefined) return undefined
  const store: HistoryStore = { owner: api.context.owner, repo: api.context.repo, ...settings.store }
  const last = (text: string) => parseHistory(text).records.slice(-settings.store.records)
  if (!options.run.defaultBranch) {
    const read = await readHistoryStore(api.client, store)
    return read.ok ? { records: last(read.text) } : { records: [], warning: read.reason }
  }
  const now = (options.now ?? (() => new Date()))()
  const record = historyRecord(report, {
    commit: options.run.commit,
    date: now.toISOString(),
    run: options.run.id,
    // Measured already when the policy sets DORA thresholds: the gate's reading is recorded, not repeated.
    dora: recordedDora(
      report.dora?.metrics ??
        dora(
          await deployHistoryFor(
            api,
            settings.environments,
            await checkoutDeployJobs(options.root, settings.environments, api),
            { until: now, days: settings.windowDays }
          )
        )
    )
  })
  const written = await appendHistoryRecord(
    api.client,
    store,
    JSON.stringify(record),
    `maturity-gate: record ${options.run.commit.slice(0, 7)} (run ${options.run.id})`
  )
  return written.ok ? { records: last(written.text) } : { records: [record], warning: written.reason }
}
