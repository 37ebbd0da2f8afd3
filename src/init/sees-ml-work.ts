import type { Report } from '../evaluate/report.js'
import type { Purpose } from '../workflow/catalog/purpose.js'

/**
 * Purposes only ML pipelines have. Data validation, experiment tracking and "run pipeline" are left out: data
 * engineering and delivery pipelines have them too, and would be proposed the wrong model.
 */
const ML_PURPOSES: ReadonlySet<string> = new Set<Purpose>(['training', 'model-evaluation', 'model-deploy'])

/** A workflow job trains, evaluates or deploys a model, or the repository holds training code (mlops report). */
export function seesMlWork(mlopsReport: Report): boolean {
  return (
    mlopsReport.pipeline.some(job => job.stages.some(stage => ML_PURPOSES.has(stage))) ||
    mlopsReport.findings.some(
      finding => finding.practice === 'training-code-versioned' && finding.status === 'pass'
    )
  )
}
