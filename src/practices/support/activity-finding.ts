import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../core/finding.js'
import type { Purpose } from '../../workflow/catalog.js'
import type { CheckContext } from '../../checks/check.js'
import { listJobs } from './list-jobs.js'
import { matchesJobGlobs } from './matches-job-globs.js'
import { hasPurpose, jobEvidence, locationOf, pipelineOf } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'

/** Something a pipeline does in some job — run unit tests, scan for vulnerabilities — told by catalog purposes. */
export interface Activity {
  purposes: Purpose[]
  /** Job ids or names (globs, from the policy) that count as doing it besides the catalog's verdict. */
  jobs: readonly string[]
  /** Events that count; without them, any event that starts the job without a person does. */
  events?: readonly string[]
  /** The remediation when no job does it at all: what to add. */
  missing: string
  /** Values for the practice's own placeholders besides `{jobs}` and `{events}`. */
  data?: Record<string, string | number>
}

/**
 * The verdict shared by practices of the form "X runs automatically": `runs` (pass) names the jobs and their
 * events, `not-automatic` (fail) the jobs that do it only by hand or on other events, `none` (fail) says no job
 * does it. The practice's message table must define these three ids with `{jobs}` and `{events}`.
 */
export function activityFinding(
  context: CheckContext,
  messages: Readonly<Record<'runs' | 'not-automatic' | 'none', string>>,
  activity: Activity
): Finding {
  const pipeline = pipelineOf(context.evidence, context.environments)
  const named = matchesJobGlobs(activity.jobs)
  const doing = pipeline.jobs.filter(job => hasPurpose(job, ...activity.purposes) || named(job))
  const eventsOf = (job: PipelineJob): string[] => [...pipeline.graph.eventsOf(job.ref)]
  const counted = (job: PipelineJob): string[] =>
    activity.events ? eventsOf(job).filter(event => activity.events?.includes(event)) : eventsOf(job)
  const running = doing.filter(job => (activity.events ? counted(job).length > 0 : job.automatic))
  if (running.length > 0) {
    return findingFor(context, messages, 'runs', {
      status: 'pass',
      strength: 'definition',
      data: { ...activity.data, jobs: listJobs(running), events: eventList(running.flatMap(counted)) },
      evidence: running.map(job => jobEvidence(job, ...activity.purposes)),
      locations: running.map(job => locationOf(job, ...activity.purposes)),
      remediation: ''
    })
  }
  if (doing.length > 0) {
    const wanted = oneOf(activity.events ?? ['push', 'pull_request', 'schedule'])
    return findingFor(context, messages, 'not-automatic', {
      status: 'fail',
      strength: 'definition',
      data: { ...activity.data, jobs: listJobs(doing), events: eventList(doing.flatMap(eventsOf)) },
      evidence: doing.map(job => jobEvidence(job, ...activity.purposes)),
      locations: doing.map(job => job.workflow.location),
      remediation: `Trigger ${[...new Set(doing.map(job => job.ref.workflow))].join(', ')} on ${wanted} (its \`on:\`), so that it runs without a person.`
    })
  }
  return findingFor(context, messages, 'none', {
    status: 'fail',
    data: activity.data,
    strength: 'definition',
    evidence: [],
    locations: [],
    remediation: activity.missing
  })
}

function oneOf(events: readonly string[]): string {
  return events.length > 1 ? `${events.slice(0, -1).join(', ')} or ${events.at(-1)}` : events.join('')
}

function eventList(events: string[]): string {
  return [...new Set(events)].sort().join(', ') || 'no event'
}
