import picomatch from 'picomatch'
import { BoundedCache } from '../core/bounded-cache.js'
import { compareText } from '../core/compare-text.js'
import { applyConfigRules } from './apply-config-rules.js'
import { CATALOG } from './catalog/catalog.js'
import { COMMAND_INPUTS } from './catalog/command-inputs.js'
import type { NameEntry, RunEntry, UsesEntry } from './catalog/entry.js'
import { FAILING_REPORTERS } from './catalog/failing-reporters.js'
import { FIXTURE_PURPOSES, FIXTURES } from './catalog/fixtures.js'
import {
  FORMAT_COMMAND,
  INSTALL_COMMAND,
  NAME_IGNORED,
  SETUP_ACTIONS,
  TRIVIAL_COMMAND,
  UTILITY_ACTION
} from './catalog/not-evidence.js'
import { PURPOSES } from './catalog/purpose.js'
import { SERVICE_STARTS, TEST_JOB_NAME } from './catalog/services.js'
import type { Purpose } from './catalog/purpose.js'
import type { Classification } from './classification.js'
import type { Job, Step } from './model.js'
import { resolveScript } from './script-resolution.js'
import { handOffsOf } from './hand-offs-of.js'
import type { HandOff } from './hand-offs-of.js'
import { iacCallInputs } from './iac-call-inputs.js'
import type { ReadFile, ResolvedCommand } from './script-resolution.js'

/**
 * What a step or job does, read through the catalog: its action (with inputs), the commands its script
 * really runs (task-runner targets followed), and its name. Deploys into a throwaway cluster or compose
 * stack started in the same job are test fixtures (design §3), so they are dropped.
 */

export interface JobClassification extends Classification {
  /**
   * Position in `job.steps` of the step that revealed the purpose (not Step.index, which inlined composite
   * steps share with their caller); absent for the job's own name, services or `uses:`.
   */
  step?: number
}

const RUN = CATALOG.filter((e): e is RunEntry => e.kind === 'run')
const USES = CATALOG.filter((e): e is UsesEntry => e.kind === 'uses')
const NAMES = CATALOG.filter((e): e is NameEntry => e.kind === 'name')
/**
 * Entries that recognise an action of any owner by the words of its name (`*-push-image-ecr`) guess what
 * it does: the action stays opaque, so they neither make it known nor hide the step's own name.
 */
const GUESSES = new Set(USES.filter(e => e.pattern.startsWith('*')).map(e => e.id))

/**
 * Whether a classification rule reads a call the gate cannot open — its name (a guess) or its inputs — rather
 * than the work itself: the purpose is likely, but what else the call does stays unknown (patterns §10).
 */
export function fromOpaqueCall(rule: string): boolean {
  return GUESSES.has(rule) || rule === 'push-inputs' || rule === 'iac-inputs' || rule === 'hand-off'
}

/** Distinct actions and commands remembered: far more than the largest monorepo uses, bounded all the same. */
const CACHE_LIMIT = 10_000
/** Actions a glob remembers its verdict on: those past its literal start only, so few. */
const GLOB_RESULTS_LIMIT = 1_000

function globMatch(pattern: string, ref: string): boolean {
  let matcher = matchers.get(pattern)
  if (!matcher) matchers.set(pattern, (matcher = compileGlob(pattern)))
  return matcher(ref)
}
/** Keyed by the catalog's own globs only, so bounded by the catalog. */
const matchers = new Map<string, (ref: string) => boolean>()

const GLOB_CHARS = /[*?[\]{}()!+@\\|]/

/**
 * Most catalog globs name one action, and the others start with an owner: compared as text first, only the
 * few that can match are compiled by picomatch (a hundred regexes cost more than a small gate's whole run),
 * and each remembers its verdict on the actions that reach it: a repository uses few distinct actions in
 * many steps.
 */
function compileGlob(pattern: string): (ref: string) => boolean {
  const special = pattern.search(GLOB_CHARS)
  const literal = (special === -1 ? pattern : pattern.slice(0, special)).toLowerCase()
  if (special === -1) return ref => ref.toLowerCase() === literal
  let isMatch: ((ref: string) => boolean) | undefined
  const results = new BoundedCache<string, boolean>(GLOB_RESULTS_LIMIT)
  return ref =>
    ref.toLowerCase().startsWith(literal) &&
    results.get(ref, () => (isMatch ??= picomatch(pattern, { nocase: true, dot: true }))(ref))
}

export function classifyStep(step: Step, read: ReadFile): Classification[] {
  const seen = inspectStep(step, read)
  return finish(seen.fixture ? withoutFixturePurposes(seen.results) : seen.results)
}

export function classifyJob(job: Job, read: ReadFile): JobClassification[] {
  const results = classifyJobAsWritten(job, read)
  // `continue-on-error: true` on the job: its failure fails neither the run nor the jobs that need it (they
  // see `success`), so nothing it verifies gates anything (patterns §11).
  return continuesOnError(job) ? withoutSoftVerification(results, true) : results
}

/** What a job with `continue-on-error: true` would verify were its failure not swallowed; nothing for others. */
export function swallowedByJob(job: Job, read: ReadFile): JobClassification[] {
  if (!continuesOnError(job)) return []
  return classifyJobAsWritten(job, read).filter(r => VERIFICATION.includes(r.purpose))
}

function classifyJobAsWritten(job: Job, read: ReadFile): JobClassification[] {
  const steps = inspectSteps(job, read)
  const results: JobClassification[] = steps.flatMap((s, position) =>
    s.results.map(r => ({ ...r, step: position }))
  )
  results.push(...reportedAnalyses(job, steps, read), ...reportGatedTests(job, steps))
  // A job named e2e whose test step cannot fail proves nothing by its name or its service containers; a
  // diagnostic step that runs only after a failure (`kubectl logs || true`) hides no failure.
  const soft = steps.some((s, position) => s.soft && !failureOnly(job.steps[position]))
  // Names never overrule content (patterns §2.2): a job id `build` whose steps lint and test is no build, so
  // the name counts only when no step shows what the job does; a job whose steps only print (`echo "OK"` in
  // a job named deploy-*) is named for something it does not do.
  if (job.steps.length === 0 || (!results.some(byContent) && steps.some(s => s.substantive))) {
    // An inlined callee's id is prefixed with its caller's (`deploy-application/check-tables`): only its own part names it.
    const ownId = job.id.split('/').pop()
    for (const text of [ownId, job.name])
      if (text) results.push(...withoutSoftVerification(byName(text, 'job-name'), soft))
  }
  if (!soft) results.push(...againstServices(job, steps, results))
  const ref = job.uses === undefined ? undefined : actionRef(job.uses)
  if (job.uses !== undefined) {
    if (ref) results.push(...byUses(ref, job.with))
    const file = job.uses.replace(/@.*$/, '').split('/').pop() ?? ''
    results.push(...byName(file, 'reusable-workflow'))
  }
  const fixture = steps.some(s => s.fixture)
  return finish(fixture ? withoutFixturePurposes(results) : results)
}

/** GitHub code scanning's upload of another tool's SARIF results. */
const SARIF_UPLOAD = /^github\/codeql-action\/upload-sarif$/i
/** What code scanning keeps and shows: analyses whose findings it reports. */
const REPORTED: readonly Purpose[] = ['static-analysis', 'security-scan']

/**
 * An analysis step that may fail without stopping the job (`continue-on-error: true`) so that a later step
 * uploads its SARIF to code scanning is not swallowed: its findings are kept and shown as code scanning
 * alerts, which is what static analysis and security scanning ask (the starter workflows for ESLint, Brakeman,
 * clippy and others are written this way). Only those two purposes, and only before such an upload.
 */
function reportedAnalyses(job: Job, steps: readonly Inspection[], read: ReadFile): JobClassification[] {
  const upload = job.steps.findIndex(step => {
    const ref = step.uses === undefined ? undefined : actionRef(step.uses)
    return ref !== undefined && SARIF_UPLOAD.test(ref)
  })
  return job.steps.flatMap((step, position) => {
    if (!continuesOnError(step) || failureOnly(step)) return []
    // Uploaded by a later step, or by the step itself (`codeScanningAlerts: true`, `upload-sarif: true`).
    if ((upload < 0 || position >= upload) && !reportsItself(step)) return []
    const kept = new Set(steps[position]?.results.map(r => r.purpose))
    return inspectStep({ ...step, continueOnError: false }, read)
      .results.filter(r => REPORTED.includes(r.purpose) && !kept.has(r.purpose))
      .map(r => ({ ...r, step: position }))
  })
}

/** Test suites whose results a report holds. */
const REPORTED_SUITES: readonly Purpose[] = [
  'unit-test',
  'integration-test',
  'acceptance-test',
  'smoke-test',
  'performance-test'
]

/**
 * Tests whose failure a step swallows so that the next steps always run are still a gate when one of those
 * steps is a reporter that fails the job on a failed test in the report (`pytest --junitxml=r.xml || true`,
 * then dorny/test-reporter): the job fails when a test does, which is what a test practice asks.
 */
function reportGatedTests(job: Job, steps: readonly Inspection[]): JobClassification[] {
  const reporter = job.steps.findLastIndex(step => failsOnFailedTests(step))
  if (reporter < 0) return []
  return steps
    .slice(0, reporter)
    .flatMap((inspection, position) =>
      inspection.swallowed
        .filter(s => REPORTED_SUITES.includes(s.purpose))
        .map(({ how: _how, ...found }) => ({ ...found, step: position }))
    )
}

function failsOnFailedTests(step: Step): boolean {
  const ref = step.uses === undefined ? undefined : actionRef(step.uses)
  if (ref === undefined || continuesOnError(step) || failureOnly(step)) return false
  return FAILING_REPORTERS.some(({ uses, input, byDefault }) => {
    if (!globMatch(uses, ref)) return false
    const value = inputValue(step.with, input)
    return value === undefined ? byDefault : /^true$/i.test(value)
  })
}

/** An action input that sends the step's own findings to code scanning. */
const CODE_SCANNING_INPUT =
  /^(?:code[-_]?scanning[-_]?alerts|upload[-_]?sarif|github[-_]?code[-_]?scanning)$/i
function reportsItself(step: Step): boolean {
  return Object.entries(step.with).some(
    ([key, value]) => CODE_SCANNING_INPUT.test(key) && /^true$/i.test(value.trim())
  )
}

/** Shown by a command or an action, not by a step's name. */
function byContent(result: Classification): boolean {
  return result.rule !== 'step-name'
}

/** Purposes that run a test suite: a service the job starts is there for them. */
const SUITES: readonly Purpose[] = ['unit-test', 'integration-test', 'acceptance-test']

/**
 * Tests against a real service are integration tests (patterns §7.2): `services:` containers when the job
 * tests (or is named for tests and its steps show nothing), or a service a step starts before a later test
 * step. A job that runs no tests (a scheduled backup with `services: postgres`) uses its service for other work.
 */
function againstServices(
  job: Job,
  steps: readonly Inspection[],
  results: JobClassification[]
): JobClassification[] {
  const suites = results.filter(r => SUITES.includes(r.purpose))
  const found: JobClassification[] = []
  if (job.services.length > 0 && (suites.length > 0 || namedForTests(job)))
    found.push({ purpose: 'integration-test', rule: 'services', via: [] })
  const started = steps.findIndex(s => s.service !== undefined)
  const service = steps[started]?.service
  if (service && suites.some(r => r.step !== undefined && r.step > started))
    found.push({ purpose: 'integration-test', ...service, step: started })
  return found
}

function namedForTests(job: Job): boolean {
  return [job.id.split('/').pop(), job.name].some(
    text => text !== undefined && TEST_JOB_NAME.test(normaliseName(text))
  )
}

/**
 * A step that runs only after a failure (`if: failure()`) is diagnostics: it reports or keeps nothing of a
 * run that passes (patterns §2.2), whatever it uploads.
 */
function failureOnly(step: Step | undefined): boolean {
  const condition = step?.if ?? ''
  return FAILURE.test(condition) && !NOT_FAILURE_ONLY.test(condition)
}
const FAILURE = /(?<![!\w.])failure\s*\(\s*\)/
const NOT_FAILURE_ONLY = /\b(?:always|success|cancelled)\s*\(|!\s*failure/

/**
 * Steps that do work the catalog cannot read: an action it does not know (not a setup, cache, login or
 * notification helper), or a command that matches nothing and is more than printing or installing. Where a
 * job's steps are all readable, what they do decides whether it deploys; an `environment:` is evidence of a
 * deploy only when some step is opaque (real-world patterns §1.1).
 */
export function opaqueSteps(job: Job, read: ReadFile): Step[] {
  const inspections = inspectSteps(job, read)
  return job.steps.filter((step, position) => {
    const inspection = inspections[position] as Inspection
    // A purpose guessed from a call's name or inputs leaves the rest of what it does unread.
    const understood = inspection.results.some(r => byContent(r) && !fromOpaqueCall(r.rule))
    // An action the catalog knows says all it does through its entries, also when its failure is ignored.
    if (!inspection.substantive || understood || (inspection.known && inspection.soft)) return false
    const ref = step.uses === undefined ? undefined : actionRef(step.uses)
    return ref === undefined || !UTILITY_ACTION.test(ref)
  })
}

interface Inspection {
  results: Classification[]
  /** The step starts a throwaway target (kind cluster, compose stack). */
  fixture: boolean
  /** The step runs an action or a command that is more than setting up, printing, installing or formatting. */
  substantive: boolean
  /** Some of that work cannot fail the build (`continue-on-error`, `|| true`), so names do not prove it checks anything. */
  soft: boolean
  /** The step starts a service (a database container, `systemctl start postgresql`) that later tests may use. */
  service?: Omit<Classification, 'purpose'>
  /** Commands whose definition file could not be read, with the reason. */
  unread: UnreadDefinition[]
  /** The step's action is one the catalog knows (not only guessed from its name). */
  known: boolean
  /** Verification the step's content shows but cannot enforce: its failure is swallowed (not in `results`). */
  swallowed: Swallowed[]
}

/** How a step's failure is kept from stopping the job: `continue-on-error: true`, or its command's (`|| true`). */
export type Swallowing = 'continue-on-error' | 'command'

/** Work a step would verify were its failure not swallowed. */
export interface Swallowed extends Classification {
  how: Swallowing
}

/** A command of a step that runs a definition the gate could not read (`az ml job create -f job.yml`, missing). */
export interface UnreadDefinition {
  command: string
  reason: string
}

/**
 * What each step of a job would verify (tests, analysis, scans) were its failure not swallowed by
 * `continue-on-error: true` or `|| true`, by the step's position: a check that cannot fail is declared, not
 * enforced (patterns §11).
 */
export function swallowedVerification(job: Job, read: ReadFile): ReadonlyArray<readonly Swallowed[]> {
  return inspectSteps(job, read).map(inspection => inspection.swallowed)
}

/** The commands of a job's step whose definitions could not be read: what they run is unknown (§10.3). */
export function unreadDefinitions(job: Job, position: number, read: ReadFile): UnreadDefinition[] {
  return inspectSteps(job, read)[position]?.unread ?? []
}

/** Purposes that only count when a failure stops the build: a test that cannot fail verifies nothing. */
const VERIFICATION: readonly Purpose[] = [
  'unit-test',
  'integration-test',
  'acceptance-test',
  'smoke-test',
  'performance-test',
  'security-scan',
  'static-analysis',
  'coverage'
]

/**
 * A monorepo repeats the same steps (checkout, setup, `npm ci`, the same test command) in thousands of
 * jobs: a step is inspected once per workspace (its read function) and content, whatever its position.
 */
const inspections = new WeakMap<ReadFile, Map<string, Inspection>>()
function inspectStep(step: Step, read: ReadFile): Inspection {
  let byContent = inspections.get(read)
  if (!byContent) inspections.set(read, (byContent = new Map<string, Inspection>()))
  const key = JSON.stringify([
    step.uses,
    step.with,
    step.run,
    step.workingDirectory,
    step.name,
    step.id,
    step.continueOnError,
    step.if
  ])
  let inspection = byContent.get(key)
  if (!inspection) byContent.set(key, (inspection = inspectUncached(step, read)))
  return inspection
}

/**
 * Practices ask about every step of every job again and again (its purposes, its opaque and swallowed
 * steps): a job's inspections are remembered by job, so that each step's content key, which costs a
 * serialisation, is built once, and a repeated question is one lookup per job rather than one per step.
 */
function inspectSteps(job: Job, read: ReadFile): readonly Inspection[] {
  let byJob = inspectedJobs.get(read)
  if (!byJob) inspectedJobs.set(read, (byJob = new WeakMap<Job, readonly Inspection[]>()))
  let steps = byJob.get(job)
  if (!steps) byJob.set(job, (steps = job.steps.map(step => inspectStep(step, read))))
  return steps
}
const inspectedJobs = new WeakMap<ReadFile, WeakMap<Job, readonly Inspection[]>>()

function inspectUncached(step: Step, read: ReadFile): Inspection {
  const ref = step.uses === undefined ? undefined : actionRef(step.uses)
  const commands = stepCommands(step, ref, read)
  const evidence = commands.filter(
    c =>
      !TRIVIAL_COMMAND.test(c.command) && !INSTALL_COMMAND.test(c.command) && !FORMAT_COMMAND.test(c.command)
  )
  const ignored = continuesOnError(step)
  const swallowed: Swallowed[] = []
  // What a failure that cannot stop the job hides is recorded, so that practices can name the step (§11.2).
  const hardOnly = <T extends Classification>(results: T[], how: Swallowing | undefined): T[] => {
    if (how === undefined) return results
    for (const r of results) if (VERIFICATION.includes(r.purpose)) swallowed.push({ ...r, how })
    return withoutSoftVerification(results, true)
  }
  const content: Classification[] = [
    ...(ref ? hardOnly(byUses(ref, step.with), ignored ? 'continue-on-error' : undefined) : []),
    ...handOffsOf(step).flatMap(handOff => byHandOff(handOff, step)),
    ...evidence.flatMap((c, order) =>
      hardOnly(
        [
          ...applyConfigRules(
            runEntries(c.command).map(e => ({
              purpose: e.purpose,
              rule: e.id,
              command: c.command,
              via: c.via,
              order
            })),
            { ...c, order },
            step.workingDirectory,
            read
          ),
          // A followed definition that states its purpose (a SageMaker TrainingStep) is evidence of it.
          ...(c.purposes ?? []).map(purpose => ({
            purpose,
            rule: 'definition',
            command: c.command,
            via: c.via,
            ...(c.unordered ? {} : { order })
          }))
        ],
        ignored ? 'continue-on-error' : c.canFail ? undefined : 'command'
      )
    )
  ]
  const acts = step.uses !== undefined && !(ref !== undefined && globMatch(SETUP_ACTIONS, ref))
  const substantive = acts || evidence.length > 0
  const soft = substantive && (ignored || evidence.some(c => !c.canFail))
  const title = step.name ?? step.id
  // A step that only prepares or reports (reads changed files, comments, notifies) does not do what its name
  // mentions: "check if training pipeline has anything changed" trains nothing (patterns §2.1).
  const utility = ref !== undefined && UTILITY_ACTION.test(ref) && evidence.length === 0
  const named =
    title && substantive && !utility ? withoutSoftVerification(byName(title, 'step-name'), soft) : []
  const known = ref !== undefined && usesEntries(ref).some(e => !GUESSES.has(e.id))
  const shown = content.filter(c => !GUESSES.has(c.rule))
  const diagnostic = failureOnly(step)
  const results = diagnostic ? [] : [...content, ...namedAlongside(named, shown, known)]
  const fixture =
    (ref !== undefined && FIXTURES.some(f => f.kind === 'uses' && globMatch(f.pattern, ref))) ||
    commands.some(c => FIXTURES.some(f => f.kind === 'run' && f.pattern.test(c.command)))
  const service = serviceStart(ref, evidence)
  const unread = commands.flatMap(c =>
    c.unread === undefined ? [] : [{ command: c.command, reason: c.unread }]
  )
  return {
    results,
    fixture,
    substantive,
    soft,
    unread,
    known,
    swallowed: diagnostic ? [] : swallowed,
    ...(service ? { service } : {})
  }
}

/**
 * Commands outrank names (patterns §2.1): a name may repeat a purpose the step's command or action shows,
 * never add one. An action the catalog knows says all it does through its entries, so its name adds nothing
 * either (`Archive test results` over an upload of Playwright traces keeps no report).
 */
function namedAlongside(
  named: Classification[],
  content: Classification[],
  known: boolean
): Classification[] {
  if (content.length > 0) return named.filter(n => content.some(c => c.purpose === n.purpose))
  return known ? [] : named
}

function serviceStart(ref: string | undefined, commands: StepCommand[]): Inspection['service'] {
  const action = ref && SERVICE_STARTS.find(s => s.kind === 'uses' && globMatch(s.pattern, ref))
  if (action) return { rule: action.id, via: [] }
  for (const c of commands) {
    const entry = SERVICE_STARTS.find(s => s.kind === 'run' && s.pattern.test(c.command))
    if (entry) return { rule: entry.id, command: c.command, via: c.via }
  }
  return undefined
}

/** `continue-on-error: true` (of a step or a job) as a boolean or the string YAML leaves when it is quoted. */
export function continuesOnError({ continueOnError }: { continueOnError?: boolean | string }): boolean {
  return (
    continueOnError === true ||
    (typeof continueOnError === 'string' && continueOnError.trim().toLowerCase() === 'true')
  )
}

function withoutSoftVerification<T extends Classification>(results: T[], soft: boolean): T[] {
  return soft ? results.filter(r => !VERIFICATION.includes(r.purpose)) : results
}

interface StepCommand extends ResolvedCommand {
  /** False when the command's line ends in a fallback that swallows its failure (`|| true`). */
  canFail: boolean
}

/** The step's script, and the commands carried in inputs of actions that run them (cloud-gov/cg-cli-tools). */
function stepCommands(step: Step, ref: string | undefined, read: ReadFile): StepCommand[] {
  const commands = step.run === undefined ? [] : scriptCommands(step.run, read, step.workingDirectory)
  if (ref === undefined) return commands
  for (const { uses, input, prefix = '' } of COMMAND_INPUTS) {
    const value = inputValue(step.with, input)
    if (value === undefined || !globMatch(uses, ref)) continue
    const via = `${ref} with.${input}`
    commands.push(
      ...scriptCommands(prefix + value, read, undefined).map(c => ({ ...c, via: [via, ...c.via] }))
    )
  }
  return commands
}

/**
 * A line ending in `|| true`, `|| :`, `|| exit 0` or a message (`|| echo "Some tests failed"`, `|| printf …`)
 * succeeds whatever came before it (`; true` does not: the runner's `bash -e` stops at the failing command
 * first; patterns §11.1); the script is resolved again without such lines, and a command can fail the build
 * only if it is still there. Other `||` fallbacks (`npm test || (cat log; exit 1)`, `|| echo failed; exit 1`)
 * can still fail, so they are left alone.
 */
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0|(?:echo|printf)\b(?:[^|&;]|>&[12])*)\s*(?:#.*)?$/

function scriptCommands(script: string, read: ReadFile, cwd: string | undefined): StepCommand[] {
  const all = resolvedOnce(script, read, cwd)
  const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)
  // A followed script can swallow a command itself (no `set -e`, output redirected, and it goes on: §11).
  if (!lines.some(line => SWALLOWED.test(line))) return all.map(c => ({ ...c, canFail: !c.swallowed }))
  const strict = lines.map(line => (SWALLOWED.test(line) ? '' : line)).join('\n')
  const failing = new Set(resolvedOnce(strict, read, cwd).map(commandKey))
  return all.map(c => ({ ...c, canFail: !c.swallowed && failing.has(commandKey(c)) }))
}

function commandKey(command: ResolvedCommand): string {
  return JSON.stringify([command.command, command.via])
}

/** Scripts repeat across the jobs of a monorepo: each is resolved once per workspace (its read function). */
const resolved = new WeakMap<ReadFile, Map<string, ResolvedCommand[]>>()
function resolvedOnce(script: string, read: ReadFile, cwd: string | undefined): readonly ResolvedCommand[] {
  let byScript = resolved.get(read)
  if (!byScript) resolved.set(read, (byScript = new Map<string, ResolvedCommand[]>()))
  const key = `${cwd ?? ''}\u0000${script}`
  let commands = byScript.get(key)
  if (!commands) byScript.set(key, (commands = resolveScript(script, read, { cwd })))
  return commands
}

/** `owner/repo[/path]` without `@ref`; local (`./x`) and `docker://` references name no catalog action. */
function actionRef(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined
  return uses.replace(/@.*$/, '')
}

function byUses(ref: string, inputs: Record<string, string>): Classification[] {
  return [...byCatalogUses(ref, inputs), ...byPushInputs(inputs), ...iacCallInputs(ref, inputs)]
}

const PUSH_INPUT = /(?:^|[-_])push(?:[-_]|$)/i
const TARGET_INPUT = /registry|image|repository|acr|ecr|gcr|ghcr|docker/i

/**
 * A call the catalog may not know that is told to push to a registry keeps what it builds (real-world patterns
 * §6.2, §10.1): `push: true` (or an expression deciding it) beside a registry or image input, or an input
 * that is itself `push-image`.
 */
function byPushInputs(inputs: Record<string, string>): Classification[] {
  const keys = Object.keys(inputs)
  const pushes = keys.filter(
    key => PUSH_INPUT.test(key) && /^(?:true|\$\{\{[\s\S]*\}\})$/i.test(inputs[key]?.trim() ?? '')
  )
  const target =
    pushes.some(key => TARGET_INPUT.test(key)) ||
    keys.some(key => !PUSH_INPUT.test(key) && TARGET_INPUT.test(key))
  return pushes.length > 0 && target ? [{ purpose: 'artifact-store', rule: 'push-inputs', via: [] }] : []
}

function byCatalogUses(ref: string, inputs: Record<string, string>): Classification[] {
  // An action the catalog knows says what it does through its own entries: no guess from its name is needed.
  const entries = usesEntries(ref)
  const known = entries.some(e => !GUESSES.has(e.id))
  return entries
    .filter(e => !known || !GUESSES.has(e.id))
    .filter(
      e =>
        Object.entries(e.with ?? {}).every(([key, re]) => {
          const value = inputValue(inputs, key)
          return value !== undefined && re.test(value)
        }) &&
        !Object.entries(e.withNot ?? {}).some(([key, re]) => {
          const value = inputValue(inputs, key)
          return value !== undefined && re.test(value)
        })
    )
    .map(e => ({ purpose: e.purpose, rule: e.id, via: [] }))
}

/**
 * Catalog entries whose glob names the action, and entries whose pattern matches a command: a monorepo uses a
 * few actions and commands in thousands of steps, so each is matched against the catalog once.
 */
const usesByRef = new BoundedCache<string, UsesEntry[]>(CACHE_LIMIT)
function usesEntries(ref: string): UsesEntry[] {
  return usesByRef.get(ref, () => USES.filter(e => globMatch(e.pattern, ref)))
}
const runByCommand = new BoundedCache<string, RunEntry[]>(CACHE_LIMIT)
function runEntries(command: string): RunEntry[] {
  return runByCommand.get(command, () => RUN.filter(e => e.pattern.test(command)))
}

/** Input names are case-insensitive in GitHub Actions. */
function inputValue(inputs: Record<string, string>, key: string): string | undefined {
  const lower = key.toLowerCase()
  const found = Object.keys(inputs).find(k => k.toLowerCase() === lower)
  return found === undefined ? undefined : inputs[found]?.trim()
}

/**
 * What a workflow started in another repository does, guessed from what the step sends and is called (§10.1):
 * a deploy when the names say so, or name a stage (`staging`) or the deploy's configuration (manifests, Helm,
 * GitOps, an image tag to update) — the GitOps hand-off of a build to the repository that rolls it out.
 */
function byHandOff(handOff: HandOff, step: Step): Classification[] {
  const names = [step.name, step.id, handOff.event, handOff.workflow?.replace(/\.ya?ml$/, '')].filter(
    (text): text is string => text !== undefined
  )
  const purposes = new Set(names.flatMap(text => byName(text, 'hand-off')).map(c => c.purpose))
  if (names.some(text => ROLL_OUT.test(normaliseName(text)))) purposes.add('deploy')
  return [...purposes].map(purpose => ({ purpose, rule: 'hand-off', via: [] }))
}
// Stage words, but not those of DEFAULT_ENVIRONMENT_PATTERNS that also name test suites (`test`, `integration`,
// `dev`): a hand-off named for them may run tests elsewhere rather than deploy.
const ROLL_OUT =
  /\b(?:prod|production|staging|stage|pre ?prod|uat|qa|live|manifests?|helm|gitops|argo ?cd|flux|kustomize)\b|\b(?:update|bump|promote|roll ?out)\b.*\b(?:images?|tags?|versions?|charts?)\b/

function byName(text: string, rule: string): Classification[] {
  const normal = normaliseName(text)
  if (normal === '' || NAME_IGNORED.test(normal)) return []
  const heads = headWords(normal)
  return NAMES.filter(e => {
    const read = e.result ? normal : heads
    return e.pattern.test(read) && !e.unless?.test(read)
  }).map(e => ({
    purpose: e.purpose,
    rule,
    via: []
  }))
}

/**
 * A purpose word used as a modifier is not a purpose (patterns §2.1): "Build and push training image",
 * "Comment training results on PR" and "Validate training data" neither train nor validate training, so
 * such a word is dropped before its noun ("validate data"). A name's first word is its verb ("Test API",
 * "Build artifacts"), unless it is a noun form ("Training image build").
 */
export function headWords(normal: string): string {
  return normal
    .replace(PURPOSE_OF, '')
    .replace(MODIFIER, (phrase: string, offset: number) => (offset === 0 && VERB.test(phrase) ? phrase : ''))
}
/** "Kill port for unit tests", "Wait for deployment": what the step prepares for is not what it does. */
const PURPOSE_OF =
  /\bfor (?:the |a |an )?(?:(?:unit|integration|e2e|end to end|acceptance|smoke|performance|load|ui) )?(?:tests?|testing|(?:re)?training|deploy(?:ment)?|evaluation|validation|builds?)\b/g
const MODIFIER =
  /\b(?:(?:(?:unit|integration|e2e|end to end|acceptance|smoke|performance|load|ui) )?(?:tests?|testing)|(?:re)?train(?:ing)?|eval(?:uation)?|evaluation|(?:data )?validation|deploy(?:ment)?|build|lint(?:ing)?|inference|serving) (?=(?:images?|containers?|environments?|envs?|results?|reports?|data|datasets?|summary|artifacts?|logs?|metrics|outputs?|comments?|configs?|configuration|notebooks?|requirements|dependencies|cache|secrets?|keys?|tokens?)\b)/g
const VERB = /^(?:test|(?:re)?train|build|deploy|lint) /

/** Lower case, separators as spaces, `${{ }}` removed: job ids and file names read like titles. */
export function normaliseName(text: string): string {
  return text
    .replace(/\$\{\{[^}]*\}\}/g, ' ')
    .replace(/\.ya?ml$/i, '')
    .replace(/[_\-./()[\]:,"']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function withoutFixturePurposes<T extends Classification>(results: T[]): T[] {
  return results.filter(r => !FIXTURE_PURPOSES.includes(r.purpose))
}

/** Unique and in a stable order (purpose order of the catalog, then step, rule, command) for goldens and reports. */
function finish<T extends JobClassification>(results: T[]): T[] {
  const unique = new Map(results.map(r => [JSON.stringify([r.purpose, r.step, r.rule, r.command, r.via]), r]))
  return [...unique.values()].sort(
    (a, b) =>
      PURPOSES.indexOf(a.purpose) - PURPOSES.indexOf(b.purpose) ||
      (a.step ?? -1) - (b.step ?? -1) ||
      compareText(a.rule, b.rule) ||
      compareText(a.command ?? '', b.command ?? '') ||
      compareText(a.via.join('\u0000'), b.via.join('\u0000'))
  )
}
