// The verdict shapes practices configure ("X runs automatically", "targets are gated by X")
// and the pieces their findings are worded from.
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'
import type { EvidenceItem, Finding, Location } from '../../core/finding.js'
import { findingFor } from '../../checks/finding-for.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import type { CheckContext } from '../../checks/check.js'
import { matchesJobGlobs } from './matchers.js'

/** At most three job names, then a count: enough to find them, short enough for a message. */
export function listJobs(jobs: readonly PipelineJob[]): string {
  return listFiles(jobs.map(jobLabel))
}

/** At most three names (files, jobs), then a count: enough to find them, short enough for a message. */
export function listFiles(names: readonly string[]): string {
  const shown = names.slice(0, 3).map(name => `\`${name}\``)
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ')
}

/**
 * A job a verdict relies on only as a prerequisite (the build a deploy needs), as a note rather than `job`
 * evidence: run evidence is matched on `job` items, and a failing prerequisite must be charged to its own
 * practice, not to the deploy it caused to be skipped (design §4, strength rules).
 */
export function prerequisiteNote(job: PipelineJob, role: string): EvidenceItem {
  const { file, line } = job.job.location
  return { kind: 'note', text: `${role}: \`${jobLabel(job)}\` (${file}:${line})` }
}

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

/** How a verdict shows a job: as report evidence and where it points. */
export interface JobView {
  evidence(job: PipelineJob): EvidenceItem
  location(job: PipelineJob): Location
}

/**
 * A rule of the form "every target must be gated by X" (model deploys by an evaluation, training by data
 * validation, production deploys by acceptance tests, …), declared by the practice that enforces it.
 */
export interface GateRule<MessageId extends string> {
  /** The jobs that must be gated. */
  targets: readonly PipelineJob[]
  target: JobView
  /** Every job that does X, gating or not: named in the hint when a target is ungated. */
  anywhere: readonly PipelineJob[]
  gate: JobView
  /** The jobs doing X that finish before `target` (earlier jobs, or earlier steps of its own). */
  gatesOf(target: PipelineJob): PipelineJob[]
  /** Placeholder names in the practice's messages: one target, the list of targets, the list of gates. */
  names: { target: string; targets: string; gates: string }
  ungated: {
    messageId: MessageId
    /** The hint's text when some job does X but not before the target, given those jobs. */
    hint(jobs: string): string
    /** What to do, for a target with no gate; `elsewhere` when some job does X, just not before it. */
    remediation(target: PipelineJob, elsewhere: boolean): string
  }
  /** The failing verdict when there is no target at all: one id when X is still done, one when not. */
  noTargets?: { gated: MessageId; none: MessageId; remediation: string }
}

/** The passing half of a gate verdict: the gates found, and the fields of the practice's pass finding. */
export interface Gated {
  /** The gates of each target, in target order. */
  gates: Array<{ target: PipelineJob; gates: PipelineJob[] }>
  passing: {
    status: 'pass'
    strength: 'definition'
    data: Record<string, string>
    evidence: EvidenceItem[]
    locations: Location[]
    remediation: ''
  }
}

/**
 * Judges a gate rule: the failing finding for the first target without a gate (or for no target), else what
 * gated them, for the practice to pass or to judge further (thresholds, run order).
 */
export function gateVerdict<MessageId extends string>(
  context: Pick<CheckContext, 'practice'>,
  messages: Readonly<Record<MessageId, string>>,
  rule: GateRule<MessageId>
): { finding: Finding } | Gated {
  const { targets, target, anywhere, gate, names, noTargets } = rule
  if (targets.length === 0 && noTargets) {
    return {
      finding: findingFor(context, messages, anywhere.length > 0 ? noTargets.gated : noTargets.none, {
        status: 'fail',
        strength: 'definition',
        data: { [names.gates]: listJobs(anywhere) },
        evidence: anywhere.map(job => gate.evidence(job)),
        locations: anywhere.map(job => gate.location(job)),
        remediation: noTargets.remediation
      })
    }
  }
  const gates = targets.map(job => ({ target: job, gates: rule.gatesOf(job) }))
  const ungated = gates.find(entry => entry.gates.length === 0)?.target
  if (ungated) {
    const elsewhere = anywhere.length > 0
    return {
      finding: findingFor(context, messages, rule.ungated.messageId, {
        status: 'fail',
        strength: 'definition',
        data: {
          [names.target]: `\`${jobLabel(ungated)}\``,
          hint: elsewhere ? ` (${rule.ungated.hint(listJobs(anywhere))})` : ''
        },
        evidence: [target.evidence(ungated), ...anywhere.map(job => gate.evidence(job))],
        locations: [target.location(ungated)],
        remediation: rule.ungated.remediation(ungated, elsewhere)
      })
    }
  }
  const used = [...new Set(gates.flatMap(entry => entry.gates))]
  return {
    gates,
    passing: {
      status: 'pass',
      strength: 'definition',
      data: { [names.targets]: listJobs(targets), [names.gates]: listJobs(used) },
      evidence: [...used.map(job => gate.evidence(job)), ...targets.map(job => target.evidence(job))],
      locations: used.map(job => gate.location(job)),
      remediation: ''
    }
  }
}
