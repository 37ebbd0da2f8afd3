import type { Pipeline, PipelineJob } from './pipeline.js'
import { hasPurpose } from './pipeline.js'

/**
 * Jobs that change a real target: the pipeline's deploy jobs plus jobs that apply infrastructure as code.
 * Applying Terraform or Pulumi is a deployment too (the corpus labels count a `terraform apply` on push as
 * a scripted, automatic deploy); throwaway targets are already dropped by the classifier.
 */
export function deploymentsOf(pipeline: Pipeline): PipelineJob[] {
  return pipeline.jobs.filter(job => job.deploys || hasPurpose(job, 'iac-apply'))
}
