import type { ApiAccess } from '../evidence/api.js'
import type { DeployJob } from '../evidence/deploy-job-runs.js'
import type { Evidence } from '../evidence/evidence.js'
import { collectWorkspace } from '../evidence/files.js'
import { noReports } from '../evidence/no-reports.js'
import { remoteWorkflowReader } from '../evidence/remote-workflow-reader.js'
import { collectWorkflows } from '../evidence/workflows.js'
import { productionDeployJobs } from '../evaluate/production-deploy-jobs.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'

/**
 * The production deploy jobs of the checkout's workflows (remote reusable workflows read with the token), for
 * the DORA fallback: only the workflow definitions are needed, so the rest of the evidence is empty.
 */
export async function checkoutDeployJobs(
  root: string,
  environments: EnvironmentPatterns,
  api: ApiAccess
): Promise<DeployJob[]> {
  const workspace = collectWorkspace(root)
  const { workflows, problems } = await collectWorkflows(workspace, {
    readRemote: remoteWorkflowReader(api.client)
  })
  const evidence: Evidence = {
    workspace,
    workflows,
    workflowProblems: problems,
    offline: false,
    today: new Date().toISOString().slice(0, 10),
    reports: noReports,
    gaps: [],
    atRef: () => Promise.resolve({ found: false, reason: 'not read for the DORA fallback' }),
    commands: new Map()
  }
  return productionDeployJobs(evidence, environments)
}
