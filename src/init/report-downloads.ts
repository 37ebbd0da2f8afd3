import type { PipelineJob } from '../evaluate/report.js'
import type { Step, Workflow } from '../workflow/model.js'

const UPLOAD = /^actions\/upload-artifact@/i
/** What the catalog calls the jobs that write reports the gate reads. */
const REPORT_STAGES = new Set(['test-report', 'coverage'])
const GLOB = /[*?[{]/

/**
 * Steps that bring a workflow's uploaded test and coverage reports back into the gate's checkout: one per
 * artifact uploaded by a job whose stages include test reports or coverage. `continue-on-error` because an
 * upload skipped in this run (a failed or skipped job) must not stop the gate from reporting that failure.
 */
export function reportDownloads(
  workflow: Workflow,
  pipeline: readonly PipelineJob[]
): Array<Record<string, unknown>> {
  const writesReports = (jobId: string): boolean =>
    pipeline.some(
      job =>
        job.workflow === workflow.file &&
        job.id === jobId &&
        job.stages.some(stage => REPORT_STAGES.has(stage))
    )
  const uploads = workflow.jobs
    .filter(job => writesReports(job.id))
    .flatMap(job => job.steps.filter(step => UPLOAD.test(step.uses ?? '')))
  const byName = new Map(uploads.map(step => [step.with.name ?? 'artifact', step]))
  return [...byName].map(([name, step]) => ({
    name: 'Fetch the test and coverage reports the gate reads',
    uses: 'actions/download-artifact@v4',
    'continue-on-error': true,
    with: { ...artifactOf(name), path: downloadPath(step) }
  }))
}

/** A name built from an expression (a matrix leg's) is not known to the gate's job: every leg is fetched. */
function artifactOf(name: string): Record<string, unknown> {
  if (!name.includes('${{')) return { name }
  return { pattern: name.replace(/\$\{\{.*?\}\}/g, '*'), 'merge-multiple': true }
}

/**
 * Where the upload took its files from. upload-artifact stores them relative to the folder they share, so
 * downloading into that folder puts them back: the path up to its first wildcard, without a file name.
 */
function downloadPath(step: Step): string {
  const first = (step.with.path ?? '')
    .split('\n')
    .map(line => line.trim())
    .find(line => line !== '' && !line.startsWith('!'))
  const segments = (first ?? '.').replace(/^\.\//, '').split('/')
  const literal = segments.findIndex(segment => GLOB.test(segment))
  const kept = literal >= 0 ? segments.slice(0, literal) : segments
  const last = kept.at(-1) ?? ''
  const folder = literal < 0 && last.includes('.') && last !== '.' ? kept.slice(0, -1) : kept
  const joined = folder.filter(segment => segment !== '' && segment !== '.').join('/')
  return joined === '' ? '.' : `${joined}/`
}
