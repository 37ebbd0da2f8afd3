import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../core/finding.js'
import type { CheckContext } from '../../checks/check.js'
import { listJobs } from './list-jobs.js'
import { jobEvidence, locationOf } from './pipeline.js'
import type { Pipeline, PipelineJob } from './pipeline.js'

/**
 * The jobs that deploy or register a model into a production environment — what the promotion practices
 * constrain — or the failing finding when there are none: `no-model-deploy` when no job deploys a model,
 * `no-production` (naming the environments seen, `{environments}`) when none of them is production. The
 * practice's message table must define both ids with `{deploys}` and `{environments}`.
 */
export function productionModelDeploys(
  context: CheckContext,
  messages: Readonly<Record<'no-model-deploy' | 'no-production', string>>,
  pipeline: Pipeline,
  remediation: { noDeploy: string; noProduction: string }
): { production: PipelineJob[] } | { finding: Finding } {
  const deploys = pipeline.withPurpose('model-deploy')
  const production = deploys.filter(job => job.environmentClass === 'production')
  if (production.length > 0) return { production }
  const environments = [...new Set(deploys.map(job => job.job.environment?.name ?? 'no `environment:`'))]
  return {
    finding: findingFor(context, messages, deploys.length > 0 ? 'no-production' : 'no-model-deploy', {
      status: 'fail',
      strength: 'definition',
      data: { deploys: listJobs(deploys), environments: environments.join(', ') },
      evidence: deploys.map(job => jobEvidence(job, 'model-deploy')),
      locations: deploys.map(job => locationOf(job, 'model-deploy')),
      remediation: deploys.length > 0 ? remediation.noProduction : remediation.noDeploy
    })
  }
}
