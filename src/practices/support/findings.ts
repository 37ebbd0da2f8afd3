// The verdict shapes practices configure ("X runs automatically", "targets are gated by X")
// and the pieces their findings are worded from.
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf, stepLabel } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'
import type { EvidenceItem, Finding, Location } from '../../core/finding.js'
import { findingFor } from '../../checks/finding-for.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import type { CheckContext } from '../../checks/check.js'
import { matchesJobGlobs } from './matchers.js'
import { posix } from 'node:path'
import type { Evidence, Workspace } from '../../evidence/evidence.js'
import {
  classifyStep,
  headWords,
  normaliseName,
  opaqueSteps,
  swallowedByJob,
  swallowedVerification,
  unreadDefinitions
} from '../../workflow/classify-step.js'
import type { Swallowing } from '../../workflow/classify-step.js'
import { handOffsOf } from '../../workflow/hand-offs-of.js'
import type { Step } from '../../workflow/model.js'
import type { ReadFile } from '../../workflow/script-resolution.js'

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
  /**
   * Calls the gate cannot read that may do it: with one in a job the events start, "no job does it" becomes
   * unknown (patterns §10.2); with some only in jobs other events start, it fails as not automatic. The
   * practice's message table must then define `opaque` as OPAQUE_MESSAGE and `opaque-not-automatic` as
   * OPAQUE_NOT_AUTOMATIC_MESSAGE.
   */
  opaque?: Omit<OpaqueRole, 'jobsOption'>
  /**
   * With it, "no job does it" becomes this verdict, naming the steps, when a step would do it but cannot fail
   * the job (`continue-on-error: true`, `|| true`): patterns §11.2, report the ambiguity, never fail silently.
   * The practice's message table must then define `swallowed` (SWALLOWED_MESSAGE or SWALLOWED_GATE_MESSAGE).
   */
  swallowed?: SwallowedRole
}

export interface SwallowedRole {
  /** What the work is, at the start of the message: `Static analysis`, `Unit tests`. */
  work: string
  /**
   * `unknown` where the work may be a report rather than a gate (analysis, scans); `fail` where the practice
   * is a gate by definition (tests that gate a change on their results).
   */
  status: 'unknown' | 'fail'
  /** Another way out than letting the step fail, for the remediation. */
  orKeep?: string
}

/**
 * Fail, naming the calls: work a call the gate cannot read may do, in jobs that run only on other events
 * (patterns §10.2 asks for unknown only where reading the call could decide).
 */
export const OPAQUE_NOT_AUTOMATIC_MESSAGE =
  '{work} may happen inside {calls}, but only on {events} — not on {wanted}'

/** Unknown, naming the steps: a check that cannot fail is declared, not enforced (patterns §11.2). */
export const SWALLOWED_MESSAGE = '{work} in {steps} cannot fail the job: is it a gate or a report?'
/** Fail, naming the steps: the practice is a gate, and a step that cannot fail gates nothing (patterns §11.2). */
export const SWALLOWED_GATE_MESSAGE =
  '{work} in {steps} cannot fail the pipeline, so they never stop a change'

/** The messages of activityFinding; `swallowed` only for practices that set Activity's `swallowed`. */
type ActivityMessages = Readonly<Record<'runs' | 'not-automatic' | 'none', string>> & {
  readonly swallowed?: string
}

/**
 * The verdict shared by practices of the form "X runs automatically": `runs` (pass) names the jobs and their
 * events, `not-automatic` (fail) the jobs that do it only by hand or on other events, `none` (fail) says no job
 * does it. The practice's message table must define these three ids with `{jobs}` and `{events}`.
 */
export function activityFinding(
  context: CheckContext,
  { swallowed: swallowedMessage, ...messages }: ActivityMessages,
  activity: Activity
): Finding {
  const pipeline = pipelineOf(context.evidence, context.environments)
  const named = matchesJobGlobs(activity.jobs)
  const doing = pipeline.jobs.filter(job => hasPurpose(job, ...activity.purposes) || named(job))
  const eventsOf = (job: PipelineJob): string[] => [...pipeline.graph.eventsOf(job.ref)]
  const counted = (job: PipelineJob): string[] =>
    activity.events ? eventsOf(job).filter(event => activity.events?.includes(event)) : eventsOf(job)
  const starts = (job: PipelineJob): boolean => (activity.events ? counted(job).length > 0 : job.automatic)
  const wanted = activity.events ?? ['push', 'pull_request', 'schedule']
  const retrigger = (jobs: readonly PipelineJob[]): string =>
    `Trigger ${[...new Set(jobs.map(job => job.ref.workflow))].join(', ')} on ${oneOf(wanted)} (its \`on:\`), so that it runs without a person.`
  const running = doing.filter(starts)
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
    return findingFor(context, messages, 'not-automatic', {
      status: 'fail',
      strength: 'definition',
      data: { ...activity.data, jobs: listJobs(doing), events: eventList(doing.flatMap(eventsOf)) },
      evidence: doing.map(job => jobEvidence(job, ...activity.purposes)),
      locations: doing.map(job => job.workflow.location),
      remediation: retrigger(doing)
    })
  }
  const swallowedRole = activity.swallowed
  const swallowed = swallowedRole === undefined ? [] : swallowedSteps(context, pipeline, activity.purposes)
  if (swallowedRole && swallowed.length > 0 && swallowedMessage !== undefined) {
    const fixes = swallowed.map(s => `${s.label}: ${SWALLOWING_FIX[s.how]}`)
    return findingFor(context, { swallowed: swallowedMessage }, 'swallowed', {
      status: swallowedRole.status,
      strength: 'definition',
      data: {
        steps: swallowed.map(s => `${s.label} (${SWALLOWING[s.how]})`).join(', '),
        work: swallowedRole.work
      },
      evidence: [],
      locations: swallowed.map(s => s.location),
      remediation: `Let the step fail the job. ${fixes.join('; ')}${swallowedRole.orKeep ? `. Or ${swallowedRole.orKeep}` : ''}.`
    })
  }
  const role = activity.opaque && { ...activity.opaque, jobsOption: true }
  const opaque = role && opaqueVerdict(context, { ...role, in: pipeline.jobs.filter(starts) })
  if (opaque) return opaque
  // Whatever a call does in a job that only other events start, it does not do it on these (a release-only
  // SLSA builder runs no tests on push): the trigger decides without reading the call.
  const late = role ? fittingCalls(context, role) : []
  if (role && late.length > 0) {
    const { calls, evidence, locations } = namedCalls(late)
    return findingFor(
      context,
      { 'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE },
      'opaque-not-automatic',
      {
        status: 'fail',
        strength: 'definition',
        data: {
          work: role.work,
          calls,
          events: eventList(late.flatMap(call => eventsOf(call.job))),
          wanted: oneOf(wanted)
        },
        evidence,
        locations,
        remediation: retrigger(late.map(call => call.job))
      }
    )
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

/** How a failure is kept from stopping the pipeline: a step's, or the whole job's `continue-on-error: true`. */
type SwallowedBy = Swallowing | 'job-continue-on-error'

const SWALLOWING: Record<SwallowedBy, string> = {
  'continue-on-error': '`continue-on-error: true`',
  command: 'a failure of its command is ignored',
  'job-continue-on-error':
    '`continue-on-error: true` on the job: the run and the jobs that need it see a failure as success'
}
const SWALLOWING_FIX: Record<SwallowedBy, string> = {
  'continue-on-error': 'drop `continue-on-error: true`',
  command:
    'drop the `|| true` (`|| exit 0`, `|| :`) after the command, or add `set -e` to the script it runs',
  'job-continue-on-error': "drop the job's `continue-on-error: true`"
}

/** Jobs and steps that would do one of `purposes` were their failure not swallowed, and how it is. */
export function swallowedSteps(
  context: CheckContext,
  pipeline: ReturnType<typeof pipelineOf>,
  purposes: readonly Purpose[]
): SwallowedAt[] {
  const read = context.evidence.workspace.read
  const found: SwallowedAt[] = []
  // Asked by every practice that finds nothing, of every step of every job: most steps swallow nothing.
  for (const job of pipeline.jobs) {
    if (swallowedByJob(job.job, read).some(c => purposes.includes(c.purpose))) {
      found.push({
        job,
        label: `\`${jobLabel(job)}\``,
        how: 'job-continue-on-error',
        location: job.job.location
      })
      continue
    }
    swallowedVerification(job.job, read).forEach((swallowed, position) => {
      const step = job.job.steps[position]
      if (swallowed.length === 0 || step === undefined) return
      const hidden = swallowed.filter(s => purposes.includes(s.purpose))
      if (hidden.length === 0) return
      const how = hidden.some(s => s.how === 'continue-on-error') ? 'continue-on-error' : 'command'
      const label = `\`${jobLabel(job)}\` step \`${stepLabel(step)}\``
      found.push({ job, step: position, label, how, location: step.location })
    })
  }
  return found
}

/** A job, or a step of it, whose verification cannot fail the pipeline. */
export interface SwallowedAt {
  job: PipelineJob
  /** The step's index in the job; absent when the whole job is swallowed. */
  step?: number
  /** How a message names it: `` `test` `` or `` `test` step `npm test` ``. */
  label: string
  how: SwallowedBy
  location: Location
}

/** Why a swallowed job or step cannot fail the pipeline, and what to change, in a message's words. */
export function swallowedWording(swallowed: SwallowedAt): { reason: string; fix: string } {
  return { reason: SWALLOWING[swallowed.how], fix: SWALLOWING_FIX[swallowed.how] }
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
  /**
   * The failing verdict when there is no target at all: one id when X is still done, one when not — unless a
   * call the gate cannot read fits `opaque`, which makes it unknown.
   */
  noTargets?: { gated: MessageId; none: MessageId; remediation: string; opaque?: OpaqueRole }
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
  context: CheckContext,
  messages: Readonly<Record<MessageId, string>>,
  rule: GateRule<MessageId>
): { finding: Finding } | Gated {
  const { targets, target, anywhere, gate, names, noTargets } = rule
  if (targets.length === 0 && noTargets) {
    const opaque = noTargets.opaque && opaqueVerdict(context, noTargets.opaque)
    if (opaque) return { finding: opaque }
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

/**
 * The message of an `opaque` verdict (real-world patterns §10.2): the work may happen where the gate cannot
 * look, so the practice is unknown with the call named, never failed for an absence it cannot see.
 */
export const OPAQUE_MESSAGE = '{work} may happen inside {calls}, which could not be read ({reason})'

/** A call the pipeline hands work to whose content the gate cannot read. */
export interface OpaqueCall {
  job: PipelineJob
  /** The call as written: a reusable workflow or action reference, or the script command. */
  call: string
  reason: string
  location: Location
  /** What the catalog reads into the call's names (caller, callee file, step, `with:` keys, values of test inputs). */
  roles: Purpose[]
  /** Its own names, normalised (caller, callee, step; not its inputs, which say what it is given). */
  names: string
  /** A reusable workflow or one a step starts elsewhere (whole jobs), not one step's action or script. */
  wholeJob: boolean
  /** Its `with:` inputs, without those that switch work off (`skip-tests: true`, `smoke-test: false`). */
  inputs: Record<string, string>
  /** The step's position in its job; none for a reusable workflow, which is the whole job. */
  step?: number
  /**
   * Its names or inputs name a test suite without saying which kind (`autotest.yml`, `test-suite: fpsak`):
   * it may run any of them (§10.1).
   */
  suite: boolean
}

/** Calls that build an image or docs: their build runs no test suite a practice could count. */
export const IMAGE_BUILD = /\b(?:images?|docker|containers?|docs?)\b/

/** Which opaque calls may do a practice's work, and how a policy declares it. */
export interface OpaqueRole {
  /** Purposes a call's names must show for it to do the work. */
  purposes: readonly Purpose[]
  /**
   * Purposes that fit only a remote reusable workflow, which runs whole jobs: its Maven build runs the unit
   * tests and may keep their reports, its deploy may apply the manifests. An action does one step.
   */
  calledJobs?: readonly Purpose[]
  /** Its own names (normalised) that say it does the work where no catalog purpose does (`publish image`). */
  named?: RegExp
  /** Inputs whose names say the call does the work (`azure-acr-name`: it keeps an image in a registry). */
  inputs?: RegExp
  /**
   * A call naming a test suite of no stated kind (`autotest.yml`, `test-suite:`) may do the work; with
   * `called-jobs`, only a reusable workflow does, whose jobs may also keep reports or coverage (an action is
   * one step).
   */
  suites?: boolean | 'called-jobs'
  /** Names that rule a call out even when a purpose fits (an image build runs no unit tests). */
  unless?: RegExp
  /** The work, as the message starts: "the unit tests". */
  work: string
  /** Only calls in these jobs count (the production deploys, …); all jobs without it. */
  in?: readonly PipelineJob[]
  /** The practice has a `jobs:` option that names the jobs doing the work. */
  jobsOption?: boolean
}

/**
 * The `unknown` verdict of a practice that found no evidence while the pipeline hands work of its kind to a
 * remote reusable workflow or action, or to a script, that cannot be read (§10.2); undefined when no such
 * call fits the role, so the practice's own verdict of absence stands.
 */
export function opaqueVerdict(context: CheckContext, role: OpaqueRole): Finding | undefined {
  const fitting = fittingCalls(context, role)
  const first = fitting[0]
  if (!first) return undefined
  const id = context.practice
  const { calls, evidence, locations } = namedCalls(fitting)
  const declare = role.jobsOption
    ? `If \`${first.job.job.id}\` does it, name it in the policy (\`practices.${id}.jobs: ['${first.job.job.id}']\`); if not, `
    : `If it does, waive \`${id}\` in the policy (\`waivers:\`) with that reason; if not, `
  return findingFor(context, { opaque: OPAQUE_MESSAGE }, 'opaque', {
    status: 'unknown',
    strength: 'definition',
    data: { work: role.work, calls, reason: first.reason },
    evidence,
    locations,
    remediation: `${declare}add a step the gate can read that does it.`
  })
}

/** How a finding names calls the gate cannot read: in its message, one note each, and at their lines. */
function namedCalls(calls: readonly OpaqueCall[]): {
  calls: string
  evidence: EvidenceItem[]
  locations: Location[]
} {
  return {
    calls: listFiles([...new Set(calls.map(call => `${call.call}\` in \`${jobLabel(call.job)}`))]),
    evidence: calls.map(call => ({
      kind: 'note' as const,
      text: `${call.reason}: \`${call.call}\` (${call.location.file}:${call.location.line})`
    })),
    locations: calls.map(call => call.location)
  }
}

/** The calls the gate cannot read, in the role's jobs, that may do its work. */
function fittingCalls(context: CheckContext, role: OpaqueRole): OpaqueCall[] {
  const jobs = role.in ?? pipelineOf(context.evidence, context.environments).jobs
  return jobs
    .flatMap(job => opaqueCallsOf(job, context.evidence))
    .filter(
      call =>
        (call.suite && (role.suites === true || (role.suites === 'called-jobs' && call.wholeJob))) ||
        call.roles.some(purpose => fits(role, purpose, call.wholeJob)) ||
        role.named?.test(call.names) === true ||
        Object.keys(call.inputs).some(input => role.inputs?.test(input) === true)
    )
    .filter(call => !role.unless?.test(call.names))
}

function fits(role: OpaqueRole, purpose: Purpose, wholeJob: boolean): boolean {
  return role.purposes.includes(purpose) || (wholeJob && (role.calledJobs ?? []).includes(purpose))
}

/**
 * The calls of a job the gate cannot read: a remote reusable workflow that was not inlined, a remote action
 * the catalog does not know, a workflow a step starts in another repository, a platform spec or task file a
 * command runs that could not be read, and a shell script the job runs that is not in the workspace.
 */
export function opaqueCallsOf(
  job: PipelineJob,
  { workspace }: Pick<Evidence, 'workspace'>
): readonly OpaqueCall[] {
  let ofJobs = callsOfJobs.get(workspace)
  if (!ofJobs) callsOfJobs.set(workspace, (ofJobs = new WeakMap()))
  let calls = ofJobs.get(job)
  if (!calls) ofJobs.set(job, (calls = readCallsOf(job, workspace)))
  return calls
}
/**
 * Every practice that finds nothing asks for the opaque calls of every job (five or more per job on a large
 * monorepo, each reading every step again): worked out once per job of a workspace.
 */
const callsOfJobs = new WeakMap<Workspace, WeakMap<PipelineJob, readonly OpaqueCall[]>>()

function readCallsOf(job: PipelineJob, workspace: Workspace): OpaqueCall[] {
  const { uses, opaqueReason } = job.job
  const calls: OpaqueCall[] = []
  const call = (
    text: string,
    reason: string,
    location: Location,
    names: ReadonlyArray<string | undefined>,
    given: Record<string, string>,
    step?: number,
    elsewhere?: Step
  ): OpaqueCall => {
    const named = names.filter((name): name is string => name !== undefined && name !== '')
    const said = whatCallSays(named, given, workspace.read)
    // A workflow started elsewhere, or a platform job, runs whole jobs as a called one does, and is what its
    // step is guessed to be.
    const guessed = elsewhere ? classifyStep(elsewhere, workspace.read).map(c => c.purpose) : []
    return {
      job,
      call: text,
      reason,
      location,
      names: named.map(normaliseName).join(' | '),
      wholeJob: step === undefined || elsewhere !== undefined,
      ...(step === undefined ? {} : { step }),
      ...said,
      roles: [...new Set([...said.roles, ...guessed])]
    }
  }
  if (uses !== undefined && opaqueReason !== undefined) {
    const ownId = job.job.id.split('/').pop()
    const names = [ownId, job.job.name, calleeName(uses)]
    calls.push(call(uses, opaqueReason, job.job.location, names, job.job.with))
  }
  const unread = new Set(opaqueSteps(job.job, workspace.read))
  job.job.steps.forEach((step, position) => {
    if (!unread.has(step)) return
    const names = [step.name, step.id]
    const handOffs = handOffsOf(step)
    // A dispatch action is read as what it starts, not as an action of unknown work.
    if (step.uses !== undefined && !step.uses.startsWith('./') && handOffs.length === 0) {
      const reason = `action ${step.uses} is outside the repository`
      calls.push(
        call(step.uses, reason, step.location, [...names, calleeName(step.uses)], step.with, position)
      )
    }
    for (const handOff of handOffs) {
      const started =
        handOff.workflow ?? (handOff.event === undefined ? 'a workflow' : `\`${handOff.event}\``)
      const reason = `it starts ${started} in ${handOff.repository}, another repository`
      const target = `${handOff.repository}${handOff.workflow === undefined ? '' : `/${handOff.workflow}`}`
      const said = [...names, handOff.event, handOff.workflow]
      calls.push(call(target, reason, step.location, said, {}, position, step))
    }
    const scripts = unreadScripts(step, workspace.files)
    for (const script of scripts) {
      const reason = `script ${script} is not in the repository`
      calls.push(call(script, reason, step.location, [...names, script], {}, position))
    }
    // A platform spec or task file the command runs that could not be read (a script is named above).
    for (const { command, reason } of unreadDefinitions(job.job, position, workspace.read)) {
      if (scripts.some(script => command.includes(script))) continue
      calls.push(call(command, reason, step.location, [...names, command], {}, position, step))
    }
  })
  return calls
}

/**
 * What a call's names and inputs say it does (§10.1): the purposes they read as, and whether they name a test
 * suite without its kind. Of the inputs' values only those of inputs naming tests count (`test-suite: e2e`):
 * `package-name: app/cypress` names an image, not a suite.
 */
function whatCallSays(
  named: readonly string[],
  given: Record<string, string>,
  read: ReadFile
): Pick<OpaqueCall, 'inputs' | 'roles' | 'suite'> {
  const inputs = switchedOn(given)
  const tests = Object.entries(inputs).filter(([key]) => TEST_SUITE.test(headWords(normaliseName(key))))
  const said = [...named, ...Object.keys(inputs), ...tests.map(([, value]) => value)]
  const roles = rolesOf(said, read)
  const browser = said.some(text => BROWSER_TESTS.test(normaliseName(text)))
  const suite = tests.length > 0 || named.some(name => TEST_SUITE.test(headWords(normaliseName(name))))
  return {
    inputs,
    roles: browser && !roles.includes('acceptance-test') ? [...roles, 'acceptance-test'] : roles,
    suite: suite && !roles.some(purpose => SUITE_KINDS.includes(purpose))
  }
}

/**
 * Words by which a call names a test suite (`autotest.yml`, `run-tests`, `test-suite:`, a job called `test`),
 * read as heads so that "test results" or "test environment" do not count. A leading "test" is a verb whose
 * object says what is checked (`test-terraform-state`, `test_helm_lint`), and "deploy to test" names an
 * environment: neither names a suite.
 */
const TEST_SUITE =
  /^(?!.*\b(?:to|in|on|into) test\b).*(?:\b(?:auto ?tests?|tests|testing|test suites?|suites?)\b|\btest$)/
/**
 * Browser-test tools a call is named for or given (`run-cypress`, `playwright-tests.yml`, `suite: cypress`):
 * its suite exercises the system as its users do. The tool must end the name or come before what runs, since
 * "Delete cypress container images" or "Install Playwright browsers" run no suite.
 */
const BROWSER_TESTS =
  /\b(?:cypress|playwright|selenium|cucumber|webdriver(?:io)?)(?: (?:run|tests?|testing|e2e|suites?|specs?))?$/
/** Purposes that say which kind of suite a call runs: it then names that kind, not any suite. */
const SUITE_KINDS: readonly Purpose[] = [
  'unit-test',
  'integration-test',
  'acceptance-test',
  'smoke-test',
  'performance-test',
  'security-scan'
]

/** `skip-tests: true`, `no-build`, `run-e2e: false`: inputs that say what the call will not do. */
const SWITCHED_OFF_KEY = /^(?:skip|no|disable|without)\b/
const OFF_VALUE = /^(?:false|no|off|0)$/i

function switchedOn(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).filter(
      ([key, value]) => !SWITCHED_OFF_KEY.test(normaliseName(key)) && !OFF_VALUE.test(value.trim())
    )
  )
}

/** `org/actions/build-image@v2` → `build-image`; `org/repo/.github/workflows/deploy.yml@main` → `deploy.yml`. */
function calleeName(uses: string): string {
  return uses.replace(/@.*$/, '').split('/').pop() ?? uses
}

/** `./deploy.sh`, `bash scripts/test.sh`, `source env.sh`: the scripts a step runs, as workspace paths. */
const SHELL_SCRIPT = /(?:^|[;&|]\s*)(?:(?:bash|sh|source|\.)\s+)?((?:\.{1,2}\/)?[\w./-]+\.sh)\b/gm

/**
 * Scripts whose file is nowhere in the workspace: one a `cd` earlier in the script makes relative is still in
 * the repository, so a file of that path at any depth counts as readable.
 */
export function unreadScripts(step: Step, files: readonly string[]): string[] {
  // Every practice that finds nothing asks about every step: most run no `.sh` file, and telling so by a
  // substring costs less than remembering it per step.
  if (!step.run?.includes('.sh')) return []
  let scripts = scriptsOfStep.get(step)
  if (!scripts) {
    scripts = [...step.run.matchAll(SHELL_SCRIPT)]
      .map(match => match[1] ?? '')
      .filter(script => !script.includes('$'))
    scriptsOfStep.set(step, scripts)
  }
  if (scripts.length === 0) return []
  const known = pathSuffixes(files)
  return scripts.filter(script => !known.has(posix.normalize(script).replace(/^(?:\.\.\/)+/, '')))
}

/**
 * Every path of the workspace and each of its tails (`a/b/c.sh`, `b/c.sh`, `c.sh`), built once per workspace:
 * every practice asks about every step of a large monorepo, and a scan of its files per script is too slow.
 */
function pathSuffixes(files: readonly string[]): Set<string> {
  let suffixes = suffixSets.get(files)
  if (!suffixes) {
    suffixes = new Set(files.flatMap(file => file.split('/').map((_, i, parts) => parts.slice(i).join('/'))))
    suffixSets.set(files, suffixes)
  }
  return suffixes
}
const suffixSets = new WeakMap<readonly string[], Set<string>>()
const scriptsOfStep = new WeakMap<Step, string[]>()

/**
 * What the catalog reads into a call's names: each name is classified as the name of an action the catalog
 * cannot know, so only the name speaks (its purpose words as heads, not modifiers: patterns §2.1).
 */
function rolesOf(names: readonly string[], read: ReadFile): Purpose[] {
  const roles = names.flatMap(name => classifyStep(namedOnly(name), read).map(c => c.purpose))
  return [...new Set(roles)]
}

function namedOnly(name: string): Step {
  return {
    index: 0,
    name,
    uses: './',
    with: {},
    continueOnError: false,
    location: { file: '', line: 0, column: 0 }
  }
}
