import type { ApiAccess } from '../evidence/api.js'
import { readDeployHistory } from '../evidence/deploy-history.js'
import type { DeployHistory } from '../evidence/deploy-record.js'
import { classifyEnvironment } from '../workflow/environment-class.js'
import type { HistorySettings } from './history-settings.js'

const DAY = 86_400_000

/**
 * The production deployments of the `days` before `until`: production as the policy's `environments` say,
 * or as the deployment itself says (`production_environment`).
 */
export function deployHistoryFor(
  api: ApiAccess,
  settings: Pick<HistorySettings, 'environments'>,
  until: Date,
  days: number
): Promise<DeployHistory> {
  return readDeployHistory(api.client, {
    owner: api.context.owner,
    repo: api.context.repo,
    since: new Date(until.getTime() - days * DAY).toISOString(),
    until: until.toISOString(),
    isProduction: (name, flag) =>
      flag === true || classifyEnvironment(name, settings.environments) === 'production'
  })
}
