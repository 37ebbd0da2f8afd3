import type { Location } from '../core/finding.js'
import type { PolicyChange } from './report.js'
import type { Job, Step, Workflow } from '../workflow/model.js'

/**
 * Changes a pull request makes to the maturity gate's own step (design §2.2): a gate whose inputs, `uses`,
 * `continue-on-error` or `if:` (its own or its job's) changed, or that was removed, can no longer block the
 * merge it is meant to block, whatever the policy says. Each change is a weakening at the head step or job
 * line (severity error; the caller downgrades it under `allow-policy-changes`); a gate step added, or an
 * `if:`/`continue-on-error` removed, is a strengthening. Input changes are all weakenings: their meaning
 * (`mode`, `policy-source`, `allow-policy-changes`, `policy`) is the gate's, and a person approves them.
 * Jobs inlined from a local reusable workflow are skipped: the callee file is compared on its own.
 * Pure.
 */

export type GateStepMatcher = (step: Step) => boolean

/** `uses: ./` (the action run from its own repository) or any action named maturity-gate. */
export const isMaturityGateStep: GateStepMatcher = step => {
  const uses = step.uses?.trim()
  if (uses === undefined) return false
  return uses.replace(/\/+$/, '') === '.' || uses.toLowerCase().includes('maturity-gate')
}

interface Occurrence {
  workflow: Workflow
  job: Job
  step: Step
}

export function findGateTampering(
  base: readonly Workflow[],
  head: readonly Workflow[],
  isGate: GateStepMatcher = isMaturityGateStep
): PolicyChange[] {
  const changes: PolicyChange[] = []
  const { pairs, removed, added } = pairOccurrences(occurrences(base, isGate), occurrences(head, isGate))
  for (const [before, after] of pairs) changes.push(...compareOccurrence(before, after))
  for (const gone of removed) changes.push(removal(gone, head))
  for (const fresh of added) {
    changes.push(
      change('strengthened', `maturity-gate step added (uses ${fresh.step.uses})`, fresh.step.location)
    )
  }
  return dedupe(changes)
}

function occurrences(workflows: readonly Workflow[], isGate: GateStepMatcher): Occurrence[] {
  return workflows.flatMap(workflow =>
    workflow.jobs
      .filter(job => job.calledBy === undefined)
      .flatMap(job => job.steps.filter(isGate).map(step => ({ workflow, job, step })))
  )
}

/** The action a step runs, without its version: `acme/maturity-gate@v1` and `@v2` are the same gate. */
const actionOf = (o: Occurrence) => (o.step.uses ?? '').replace(/@[^@]*$/, '').toLowerCase()

/**
 * Pairs each base gate step with the head gate step most like it — same action, then same file, then same job —
 * the earliest on ties, so that a gate moved to another job or file is compared rather than called removed.
 */
function pairOccurrences(base: readonly Occurrence[], head: readonly Occurrence[]) {
  const unmatched = [...head]
  const pairs: Array<[Occurrence, Occurrence]> = []
  const removed: Occurrence[] = []
  const likeness = (a: Occurrence, b: Occurrence) =>
    (actionOf(a) === actionOf(b) ? 4 : 0) +
    (a.workflow.file === b.workflow.file ? 2 : 0) +
    (a.workflow.file === b.workflow.file && a.job.id === b.job.id ? 1 : 0)
  for (const before of base) {
    let best = -1
    let bestLikeness = -1
    unmatched.forEach((after, index) => {
      const alike = likeness(before, after)
      if (alike > bestLikeness) [best, bestLikeness] = [index, alike]
    })
    if (best < 0) removed.push(before)
    else pairs.push([before, ...unmatched.splice(best, 1)] as [Occurrence, Occurrence])
  }
  return { pairs, removed, added: unmatched }
}

function compareOccurrence(before: Occurrence, after: Occurrence): PolicyChange[] {
  const at = after.step.location
  const changes = setting('maturity-gate step uses', before.step.uses, after.step.uses, at)
  const inputs = [...new Set([...Object.keys(before.step.with), ...Object.keys(after.step.with)])].sort()
  for (const input of inputs) {
    changes.push(
      ...setting(`maturity-gate step input ${input}`, before.step.with[input], after.step.with[input], at)
    )
  }
  changes.push(
    ...setting(
      'maturity-gate step continue-on-error',
      tolerance(before.step),
      tolerance(after.step),
      at,
      true
    ),
    ...setting('maturity-gate step if:', before.step.if, after.step.if, at, true),
    ...setting(
      `job ${after.job.id} of the maturity-gate step: if:`,
      before.job.if,
      after.job.if,
      after.job.location,
      true
    ),
    // The job's own check still shows the failure, but the run concludes `success` and the jobs that need it
    // (the "all green" job many repositories require instead) run as if it had passed.
    ...setting(
      `job ${after.job.id} of the maturity-gate step: continue-on-error`,
      tolerance(before.job),
      tolerance(after.job),
      after.job.location,
      true
    ),
    ...neededJobs(before.job, after.job)
  )
  return changes
}

/**
 * The gate judges the jobs it waits for: a job dropped from its `needs:` may still be running (or fail) when
 * the gate passes, so that is a weakening; a job added is a strengthening.
 */
function neededJobs(before: Job, after: Job): PolicyChange[] {
  const dropped = before.needs.filter(need => !after.needs.includes(need))
  const added = after.needs.filter(need => !before.needs.includes(need))
  const at = after.location
  return [
    ...(dropped.length > 0
      ? [weakened(`job ${after.id} of the maturity-gate step no longer needs ${dropped.join(', ')}`, at)]
      : []),
    ...(added.length > 0
      ? [
          change(
            'strengthened',
            `job ${after.id} of the maturity-gate step now also needs ${added.join(', ')}`,
            at
          )
        ]
      : [])
  ]
}

/** `continue-on-error` as written, undefined when it cannot let a failure pass quietly (absent or false). */
function tolerance({ continueOnError: value }: { continueOnError?: boolean | string }): string | undefined {
  return value === undefined || value === false || String(value).trim() === 'false'
    ? undefined
    : String(value)
}

/**
 * One setting of the gate step or its job, before and after. Any change weakens, except that removing a
 * setting that can only hold the gate back (`if:`, `continue-on-error`) strengthens it.
 */
function setting(
  what: string,
  was: string | undefined,
  now: string | undefined,
  at: Location,
  removalStrengthens = false
): PolicyChange[] {
  if (was === now) return []
  if (now === undefined) {
    return [
      change(
        removalStrengthens ? 'strengthened' : 'weakened',
        `${what} removed (was ${quote(was ?? '')})`,
        at
      )
    ]
  }
  const how = was === undefined ? 'added:' : `changed from ${quote(was)} to`
  return [weakened(`${what} ${how} ${quote(now)}`, at)]
}

/** At the head job that held it, else the head workflow, else (the file is gone) where it was at base. */
function removal(gone: Occurrence, head: readonly Workflow[]): PolicyChange {
  const workflow = head.find(w => w.file === gone.workflow.file)
  const job = workflow?.jobs.find(j => j.id === gone.job.id)
  const was = gone.step.location
  return weakened(
    `maturity-gate step removed (was at ${was.file}:${was.line}, job ${gone.job.id})`,
    job?.location ?? workflow?.location ?? was
  )
}

function weakened(message: string, location: Location): PolicyChange {
  return change('weakened', message, location)
}

function change(kind: PolicyChange['kind'], message: string, location: Location): PolicyChange {
  return { kind, severity: kind === 'weakened' ? 'error' : 'notice', message, location }
}

/** One composite action used by several jobs puts the same change on the same line more than once. */
function dedupe(changes: PolicyChange[]): PolicyChange[] {
  const seen = new Set<string>()
  return changes.filter(c => {
    const key = JSON.stringify(c)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)
}
