import type { DeployHistory } from './deploy-record.js'

const DAY = 86_400_000

/** The deploy history without API access: nothing read, so every DORA value is unknown, saying why. */
export function offlineDeployHistory(window: { until: Date; days: number }): DeployHistory {
  return {
    since: new Date(window.until.getTime() - window.days * DAY).toISOString(),
    until: window.until.toISOString(),
    source: 'Deployments or deploy-job runs (not read offline)',
    deployments: [],
    requests: 0,
    gap: 'offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)'
  }
}
