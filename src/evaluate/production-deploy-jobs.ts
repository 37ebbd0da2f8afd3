import type { DeployJob } from '../evidence/deploy-job-runs.js'
import type { Evidence } from '../evidence/evidence.js'
import { pipelineOf } from '../practices/support/pipeline.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'

/**
 * The jobs the gate classifies as production deploys, as the DORA fallback reads their runs: the workflow
 * they run in and the production environment they deploy to.
 */
export function productionDeployJobs(evidence: Evidence, environments: EnvironmentPatterns): DeployJob[] {
  return pipelineOf(evidence, environments).productionDeploys.map(job => ({
    workflow: job.workflow,
    job: job.job.id,
    environment: job.environmentName ?? job.job.environment?.name ?? 'production'
  }))
}
