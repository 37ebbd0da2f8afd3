import type { ApiAccess } from './api.js'
import { readDeployHistory } from './deploy-history.js'
import type { DeployJob } from './deploy-job-runs.js'
import type { DeployHistory } from './deploy-record.js'
import { deployWindow } from './deploy-window.js'
import { classifyEnvironment } from '../workflow/environment-class.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'

/**
 * The production deploys of the `days` before `until`: deployments in production as the policy's
 * `environments` say, or as the deployment itself says (`production_environment`); without any, the runs of
 * `deployJobs` (the production deploy jobs the workflow analysis found) on the default branch.
 */
export function deployHistoryFor(
  api: ApiAccess,
  environments: EnvironmentPatterns,
  deployJobs: readonly DeployJob[],
  window: { until: Date; days: number }
): Promise<DeployHistory> {
  return readDeployHistory(api.client, {
    owner: api.context.owner,
    repo: api.context.repo,
    ...deployWindow(window),
    isProduction: (name, flag) => flag === true || classifyEnvironment(name, environments) === 'production',
    deployJobs: {
      jobs: deployJobs,
      ...(api.context.defaultBranch === undefined ? {} : { branch: api.context.defaultBranch })
    }
  })
}
