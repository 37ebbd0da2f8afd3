import picomatch from 'picomatch'
import { BoundedCache } from '../core/bounded-cache.js'
import { compareText } from '../core/compare-text.js'
import { CATALOG } from './catalog/catalog.js'
import { COMMAND_INPUTS } from './catalog/command-inputs.js'
import type { NameEntry, RunEntry, UsesEntry } from './catalog/entry.js'
import { FIXTURE_PURPOSES, FIXTURES } from './catalog/fixtures.js'
import { INSTALL_COMMAND, NAME_IGNORED, TRIVIAL_COMMAND, UTILITY_ACTION } from './catalog/not-evidence.js'
import { PURPOSES } from './catalog/purpose.js'
import type { Purpose } from './catalog/purpose.js'
import type { Job, Step } from './model.js'
import { resolveScript } from './script-resolution.js'
import type { ReadFile, ResolvedCommand } from './script-resolution.js'

/**
 * What a step or job does, read through the catalog: its action (with inputs), the commands its script
 * really runs (task-runner targets followed), and its name. Deploys into a throwaway cluster or compose
 * stack started in the same job are test fixtures (design §3), so they are dropped.
 */

export interface Classification {
  purpose: Purpose
  /** Catalog entry id (`npm-test`, `actions/upload-artifact`), or `step-name`, `job-name`, `services`, `reusable-workflow`. */
  rule: string
  /** The command that matched a `run` entry. */
  command?: string
  /** How the command was reached (see ResolvedCommand.via); empty when written in the workflow. */
  via: string[]
}

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

/** Distinct actions and commands remembered: far more than the largest monorepo uses, bounded all the same. */
const CACHE_LIMIT = 10_000
/** Every new action is matched against each catalog glob: room for that many pairs per action remembered. */
const GLOB_RESULTS_LIMIT = 100_000

/** A repository uses few distinct actions many times; matching each against every glob once keeps large repos fast. */
const globResults = new BoundedCache<string, boolean>(GLOB_RESULTS_LIMIT)
function globMatch(pattern: string, ref: string): boolean {
  return globResults.get(`${pattern}\u0000${ref}`, () => {
    let matcher = matchers.get(pattern)
    if (!matcher) matchers.set(pattern, (matcher = compileGlob(pattern)))
    return matcher(ref)
  })
}
/** Keyed by the catalog's own globs only, so bounded by the catalog. */
const matchers = new Map<string, (ref: string) => boolean>()

const GLOB_CHARS = /[*?[\]{}()!+@\\|]/

/**
 * Most catalog globs name one action, and the others start with an owner: compared as text first, only the
 * few that can match are compiled by picomatch (a hundred regexes cost more than a small gate's whole run).
 */
function compileGlob(pattern: string): (ref: string) => boolean {
  const special = pattern.search(GLOB_CHARS)
  const literal = (special === -1 ? pattern : pattern.slice(0, special)).toLowerCase()
  if (special === -1) return ref => ref.toLowerCase() === literal
  let isMatch: ((ref: string) => boolean) | undefined
  return ref =>
    ref.toLowerCase().startsWith(literal) &&
    (isMatch ??= picomatch(pattern, { nocase: true, dot: true }))(ref)
}

export function classifyStep(step: Step, read: ReadFile): Classification[] {
  const seen = inspectStep(step, read)
  return finish(seen.fixture ? withoutFixturePurposes(seen.results) : seen.results)
}

export function classifyJob(job: Job, read: ReadFile): JobClassification[] {
  const steps = job.steps.map(step => inspectStep(step, read))
  const results: JobClassification[] = steps.flatMap((s, position) =>
    s.results.map(r => ({ ...r, step: position }))
  )
  // A job named e2e whose test step cannot fail proves nothing by its name or its service containers; a
  // diagnostic step that runs only after a failure (`kubectl logs || true`) hides no failure.
  const soft = steps.some((s, position) => s.soft && !DIAGNOSTIC.test(job.steps[position]?.if ?? ''))
  // A job whose steps only print (`echo "OK"` in a job named deploy-*) is named for something it does not do.
  if (job.steps.length === 0 || steps.some(s => s.substantive)) {
    // An inlined callee's id is prefixed with its caller's (`deploy-application/check-tables`): only its own part names it.
    const ownId = job.id.split('/').pop()
    for (const text of [ownId, job.name])
      if (text) results.push(...withoutSoftVerification(byName(text, 'job-name'), soft))
  }
  if (job.services.length > 0 && !soft)
    results.push({ purpose: 'integration-test', rule: 'services', via: [] })
  const ref = job.uses === undefined ? undefined : actionRef(job.uses)
  if (job.uses !== undefined) {
    if (ref) results.push(...byUses(ref, job.with))
    const file = job.uses.replace(/@.*$/, '').split('/').pop() ?? ''
    results.push(...byName(file, 'reusable-workflow'))
  }
  const fixture = steps.some(s => s.fixture)
  return finish(fixture ? withoutFixturePurposes(results) : results)
}

/**
 * Steps that do work the catalog cannot read: an action it does not know (not a setup, cache, login or
 * notification helper), or a command that matches nothing and is more than printing or installing. Where a
 * job's steps are all readable, what they do decides whether it deploys; an `environment:` is evidence of a
 * deploy only when some step is opaque (real-world patterns §1.1).
 */
export function opaqueSteps(job: Job, read: ReadFile): Step[] {
  return job.steps.filter(step => {
    const inspection = inspectStep(step, read)
    const ref = step.uses === undefined ? undefined : actionRef(step.uses)
    if (ref !== undefined && UTILITY_ACTION.test(ref)) return false
    return inspection.substantive && !inspection.results.some(r => r.rule !== 'step-name')
  })
}

const DIAGNOSTIC = /^\s*(?:\$\{\{\s*)?failure\s*\(\s*\)\s*(?:\}\})?\s*$/

interface Inspection {
  results: Classification[]
  /** The step starts a throwaway target (kind cluster, compose stack). */
  fixture: boolean
  /** The step runs an action or a command that is more than printing or installing. */
  substantive: boolean
  /** Some of that work cannot fail the build (`continue-on-error`, `|| true`), so names do not prove it checks anything. */
  soft: boolean
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
  if (!byContent) inspections.set(read, (byContent = new Map()))
  const key = JSON.stringify([
    step.uses,
    step.with,
    step.run,
    step.workingDirectory,
    step.name,
    step.id,
    step.continueOnError
  ])
  let inspection = byContent.get(key)
  if (!inspection) byContent.set(key, (inspection = inspectUncached(step, read)))
  return inspection
}

function inspectUncached(step: Step, read: ReadFile): Inspection {
  const ref = step.uses === undefined ? undefined : actionRef(step.uses)
  const commands = stepCommands(step, ref, read)
  const evidence = commands.filter(c => !TRIVIAL_COMMAND.test(c.command) && !INSTALL_COMMAND.test(c.command))
  const ignored = continuesOnError(step)
  const results: Classification[] = [
    ...(ref ? withoutSoftVerification(byUses(ref, step.with), ignored) : []),
    ...evidence.flatMap(c =>
      withoutSoftVerification(
        [
          ...runEntries(c.command).map(e => ({
            purpose: e.purpose,
            rule: e.id,
            command: c.command,
            via: c.via
          })),
          // A followed definition that states its purpose (a SageMaker TrainingStep) is evidence of it.
          ...(c.purposes ?? []).map(purpose => ({
            purpose,
            rule: 'definition',
            command: c.command,
            via: c.via
          }))
        ],
        ignored || !c.canFail
      )
    )
  ]
  const substantive = step.uses !== undefined || evidence.length > 0
  const soft = substantive && (ignored || evidence.some(c => !c.canFail))
  const title = step.name ?? step.id
  if (title && substantive) results.push(...withoutSoftVerification(byName(title, 'step-name'), soft))
  const fixture =
    (ref !== undefined && FIXTURES.some(f => f.kind === 'uses' && globMatch(f.pattern, ref))) ||
    commands.some(c => FIXTURES.some(f => f.kind === 'run' && f.pattern.test(c.command)))
  return { results, fixture, substantive, soft }
}

/** `continue-on-error: true` as a boolean or the string YAML leaves when it is quoted. */
function continuesOnError(step: Step): boolean {
  return step.continueOnError === true || String(step.continueOnError).trim().toLowerCase() === 'true'
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
 * A line ending in `|| true`, `|| :` or `|| exit 0` succeeds whatever came before it (`; true` does not: the
 * runner's `bash -e` stops at the failing command first); the script is
 * resolved again without such lines, and a command can fail the build only if it is still there. Other `||`
 * fallbacks (`npm test || (cat log; exit 1)`) can still fail, so they are left alone.
 */
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0)\s*(?:#.*)?$/

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
  if (!byScript) resolved.set(read, (byScript = new Map()))
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
  return usesEntries(ref)
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

function byName(text: string, rule: string): Classification[] {
  const normal = normaliseName(text)
  if (normal === '' || NAME_IGNORED.test(normal)) return []
  return NAMES.filter(e => e.pattern.test(normal) && !e.unless?.test(normal)).map(e => ({
    purpose: e.purpose,
    rule,
    via: []
  }))
}

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
