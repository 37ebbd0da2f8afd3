import type { ApiAccess } from '../evidence/api.js'
import { readDeployHistory } from '../evidence/deploy-history.js'
import { dora } from '../evaluate/dora.js'
import type { Dora } from '../evaluate/dora.js'
import { renderDoraText } from '../report/dora-text.js'
import { classifyEnvironment } from '../workflow/environment-class.js'
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

const DAY = 86_400_000

/**
 * `maturity-gate dora`: DORA's five metrics for the repository's production environments, read through the
 * Deployments API. Without API access every metric is `unknown`, saying why; information only, so it never
 * fails for what it measured.
 */
export async function doraCommand(
  options: DoraOptions,
  api: ApiAccess | undefined,
  io: DoraIo
): Promise<void> {
  const settings = await historySettings(options.root, options.policyPath, io.today)
  const until = (io.now ?? (() => new Date()))()
  const since = new Date(until.getTime() - (options.windowDays ?? settings.windowDays) * DAY)
  const window = { since: since.toISOString(), until: until.toISOString() }
  const history = api
    ? await readDeployHistory(api.client, {
        owner: api.context.owner,
        repo: api.context.repo,
        ...window,
        isProduction: (name, flag) =>
          flag === true || classifyEnvironment(name, settings.environments) === 'production'
      })
    : {
        ...window,
        deployments: [],
        requests: 0,
        gap: 'offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)'
      }
  const metrics: Dora = dora(history)
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify({ ...metrics, requests: history.requests }, null, 2)}\n`
      : renderDoraText(metrics)
  )
}
