import type { ApiAccess } from '../evidence/api.js'
import { dora } from '../evaluate/dora.js'
import type { Dora } from '../evaluate/dora.js'
import { renderDoraText } from '../report/dora-text.js'
import { deployHistoryFor } from '../evidence/deploy-history-for.js'
import { offlineDeployHistory } from '../evidence/offline-deploy-history.js'
import { checkoutDeployJobs } from './checkout-deploy-jobs.js'
import { historySettings } from './history-settings.js'

export interface DoraOptions {
  /** Absolute path of the repository root. */
  root: string
  policyPath: string
  format: 'text' | 'json'
  /** `--window DAYS`, over the policy's `dora.window-days`. */
  windowDays?: number
}

export interface DoraIo {
  stdout: (text: string) => void
  /** YYYY-MM-DD; the window ends at the end of that day. Now when absent. */
  now?: () => Date
  today: string
}

/**
 * `maturity-gate dora`: DORA's five metrics for the repository's production environments, read through the
 * Deployments API, else from the runs of the production deploy jobs. Without API access every metric is
 * `unknown`, saying why; information only, so it never fails for what it measured (`check` judges the
 * policy's thresholds).
 */
export async function doraCommand(
  options: DoraOptions,
  api: ApiAccess | undefined,
  io: DoraIo
): Promise<void> {
  const settings = await historySettings(options.root, options.policyPath, io.today, api)
  const until = (io.now ?? (() => new Date()))()
  const days = options.windowDays ?? settings.windowDays
  const history = api
    ? await deployHistoryFor(
        api,
        settings.environments,
        await checkoutDeployJobs(options.root, settings.environments, api),
        { until, days }
      )
    : offlineDeployHistory({ until, days })
  const metrics: Dora = dora(history)
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify({ ...metrics, requests: history.requests }, null, 2)}\n`
      : renderDoraText(metrics)
  )
}
