import { Document, isCollection, isScalar } from 'yaml'
import type { Report } from '../evaluate/report.js'
import type { Workflow } from '../workflow/model.js'
import { REPORT_ARTIFACT, REPORT_FILE } from '../evidence/report-artifact.js'
import { reportDownloads } from './report-downloads.js'

/** The id of the job init proposes; a job of that id already in the workflow is taken to be its gate. */
export const GATE_JOB_ID = 'maturity'

/** Read scopes only, each with why the gate needs it (as README's "Usage in a workflow"). */
const PERMISSIONS: ReadonlyArray<[string, string]> = [
  ['contents', "the checkout, and the base commit's policy"],
  ['actions', "this run's jobs and their conclusions"],
  ['deployments', 'recent deployments per environment'],
  ['checks', 'check runs of this commit']
]

/** The report of each default-branch run, kept as the artifact `maturity-gate audit` collects (README). */
const REPORT_UPLOAD = {
  uses: 'actions/upload-artifact@v4',
  if: 'always() && github.ref_name == github.event.repository.default_branch',
  with: { name: REPORT_ARTIFACT, path: REPORT_FILE }
}

export interface GateJob {
  /** The workflow to add the job to: the one holding most of the judged jobs; none when no job is judged. */
  workflow?: string
  /** The job as YAML, indented to sit under `jobs:`. */
  yaml: string
  /** The workflow already has a job with the gate job's id, which this one replaces. */
  replaces: boolean
  /** Judged jobs of the other workflows, which a job can never `need` (needs stay within one workflow). */
  elsewhere: Array<{ workflow: string; jobs: string[] }>
}

/**
 * A gate job that runs after every job of its workflow that the report used as evidence, and reports even when
 * one of them failed: a skipped required check counts as passing on GitHub.
 */
export function gateJob(report: Report, workflows: readonly Workflow[]): GateJob {
  const [home, ...others] = judgedJobs(report, workflows)
  const job = {
    name: 'Maturity gate',
    ...(home ? { needs: home.jobs } : {}),
    if: 'always()',
    'runs-on': 'ubuntu-latest',
    permissions: Object.fromEntries(PERMISSIONS.map(([scope]) => [scope, 'read'])),
    steps: [
      { uses: 'actions/checkout@v4' },
      ...(home ? reportDownloads(home.definition, report.pipeline) : []),
      { uses: 'maturity-gate/maturity-gate@v0' },
      REPORT_UPLOAD
    ]
  }
  return {
    workflow: home?.definition.file,
    yaml: render(job),
    replaces: home?.definition.jobs.some(j => j.id === GATE_JOB_ID) ?? false,
    elsewhere: others.map(({ definition, jobs }) => ({ workflow: definition.file, jobs }))
  }
}

interface Judged {
  definition: Workflow
  /** Ids of its own jobs (a called reusable workflow's jobs count as the calling job), in file order. */
  jobs: string[]
}

/** Workflows with the jobs that findings cite as evidence, most jobs first. */
function judgedJobs(report: Report, workflows: readonly Workflow[]): Judged[] {
  const cited = new Set(
    report.findings.flatMap(finding =>
      finding.evidence.flatMap(item =>
        item.kind === 'job' || item.kind === 'step' ? [`${item.workflow}\n${item.job.split('/')[0]}`] : []
      )
    )
  )
  const judged = workflows.map(definition => ({
    definition,
    jobs: definition.jobs
      .filter(job => job.calledBy === undefined && job.id !== GATE_JOB_ID)
      .map(job => job.id)
      .filter(id => cited.has(`${definition.file}\n${id}`))
  }))
  return judged.filter(entry => entry.jobs.length > 0).sort((a, b) => b.jobs.length - a.jobs.length)
}

function render(job: Record<string, unknown>): string {
  const doc = new Document({ [GATE_JOB_ID]: job })
  const needs = doc.getIn([GATE_JOB_ID, 'needs'], true)
  if (isCollection(needs)) needs.flow = true
  for (const [scope, why] of PERMISSIONS) {
    const node = doc.getIn([GATE_JOB_ID, 'permissions', scope], true)
    if (isScalar(node)) node.comment = ` ${why}`
  }
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false })
  return text.replace(/^(?=.)/gm, '  ')
}
