import type { DeployHistory } from './deploy-record.js'
import { deployWindow } from './deploy-window.js'

/** The deploy history without API access: nothing read, so every DORA value is unknown, saying why. */
export function offlineDeployHistory(window: { until: Date; days: number }): DeployHistory {
  return {
    ...deployWindow(window),
    source: 'Deployments or deploy-job runs (not read offline)',
    deployments: [],
    requests: 0,
    gap: 'offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)'
  }
}
