import type { LineCounter } from 'yaml'
import type { Location } from '../core/finding.js'
import type {
  DispatchInput,
  Environment,
  Job,
  Step,
  Trigger,
  Workflow,
  WorkflowProblem
} from '../workflow/model.js'
import { jobDependencyProblems } from './job-dependency-problems.js'
import { readYaml, toJS } from './workflow-yaml.js'
import { KeysSeen } from './yaml-keys-seen.js'
import type { YamlMap, YamlNode, YamlPair } from './yaml-node.js'

/**
 * Workflow files as the model of design §4: every node keeps its 1-based position, expressions stay text.
 * A bad file never throws: YAML errors and wrong shapes become problems on their line, and whatever is
 * well-formed around them is still returned, because a gate that loses a whole file over one typo would
 * judge the pipeline on less evidence than it has.
 */

interface Context {
  file: string
  lines: LineCounter
  problems: WorkflowProblem[]
}

export interface ParsedWorkflow {
  workflow?: Workflow
  problems: WorkflowProblem[]
}

/** `fast: false` forces the `yaml` package front end (see workflow-yaml.ts); tests compare the two. */
export function parseWorkflow(text: string, file: string, options: { fast?: boolean } = {}): ParsedWorkflow {
  const { root, ctx } = parseRoot(text, file, 'workflow', options.fast)
  if (!root) return { problems: ctx.problems }
  const on = entry(root, 'on')
  const jobs = entry(root, 'jobs')
  if (!on) problem(ctx, root, 'workflow has no `on:` triggers')
  if (!jobs) problem(ctx, root, 'workflow has no `jobs:`')
  const workflow: Workflow = {
    file,
    name: scalarText(entry(root, 'name')?.value, ctx, 'name'),
    triggers: on ? parseTriggers(on, ctx) : [],
    jobs: jobs ? parseJobs(jobs.value, ctx, defaultDirectory(root, ctx, 'defaults')) : [],
    callInputs: on ? parseCallInputs(on.value, ctx) : {},
    ...optional('dispatchInputs', on ? parseDispatchInputs(on.value, ctx) : {}),
    ...optional('env', stringMap(entry(root, 'env')?.value, ctx, 'env')),
    location: locate(ctx, root)
  }
  // GitHub refuses the whole file when a `needs:` is missing or cyclic: none of its jobs is evidence.
  const dependencies = jobDependencyProblems(workflow.jobs)
  for (const { job, message } of dependencies) problem(ctx, needsKey(jobs?.value, job), message)
  if (dependencies.length > 0) return { problems: ctx.problems }
  return { workflow, problems: ctx.problems }
}

/** The `needs` key of a job, where a problem with its dependencies is shown. */
function needsKey(jobs: unknown, id: string): unknown {
  const job = isMap(jobs) ? entry(jobs, id)?.value : undefined
  return isMap(job) ? entry(job, 'needs')?.key : undefined
}

/** A local composite action (`action.yml`): its `runs.steps`, or none for JavaScript/Docker actions. */
export function parseCompositeAction(
  text: string,
  file: string
): { steps: Step[]; problems: WorkflowProblem[] } {
  const { root, ctx } = parseRoot(text, file, 'action')
  const runs = root ? entry(root, 'runs')?.value : undefined
  if (!isMap(runs)) return { steps: [], problems: ctx.problems }
  const steps = entry(runs, 'steps')
  return { steps: steps ? parseSteps(steps.value, ctx) : [], problems: ctx.problems }
}

/**
 * The file's top-level mapping. GitHub refuses a file with any YAML error (a duplicate key included) and runs
 * none of it, so such a file yields no root: its jobs are no evidence, and each error is a problem on its line.
 */
function parseRoot(
  text: string,
  file: string,
  kind: 'workflow' | 'action',
  fast?: boolean
): { root?: YamlMap; ctx: Context } {
  const { root, errors, lines } = readYaml(text, { fast })
  const ctx: Context = { file, lines, problems: [] }
  for (const error of errors) {
    const { line, col } = lines.linePos(error.offset)
    const message = error.unread
      ? error.message
      : `invalid YAML, so GitHub cannot run this ${kind} and none of it counts as evidence: ${error.message}`
    ctx.problems.push({ file, message, location: { file, line, column: col } })
  }
  if (errors.length > 0) return { ctx }
  if (isMap(root)) return { root, ctx }
  if (errors.length === 0) problem(ctx, root, 'expected a mapping at the top of the file')
  return { ctx }
}

function parseTriggers(on: YamlPair, ctx: Context): Trigger[] {
  const value = on.value
  if (isScalar(value) && typeof value.value === 'string') return [trigger(value.value, value, ctx)]
  if (isSeq(value)) {
    return value.items.flatMap(item => {
      const event = scalarText(item, ctx, 'on[]')
      return event === undefined ? [] : [trigger(event, item, ctx)]
    })
  }
  if (isMap(value)) {
    return pairs(value, ctx).map(([event, pair]) => {
      const t = trigger(event, pair.key, ctx)
      const body = pair.value
      if (isMap(body)) fillFilters(t, body, ctx)
      else if (event === 'schedule' && isSeq(body)) t.crons = crons(body, ctx)
      else if (!isNull(body)) problem(ctx, body, `on.${event} must be a mapping`)
      return t
    })
  }
  problem(ctx, value, '`on:` must be an event name, a list of events or a mapping')
  return []
}

function trigger(event: string, node: YamlNode, ctx: Context): Trigger {
  return {
    event,
    branches: [],
    branchesIgnore: [],
    tags: [],
    paths: [],
    pathsIgnore: [],
    types: [],
    workflows: [],
    crons: [],
    location: locate(ctx, node)
  }
}

const FILTERS = {
  branches: 'branches',
  'branches-ignore': 'branchesIgnore',
  tags: 'tags',
  paths: 'paths',
  'paths-ignore': 'pathsIgnore',
  types: 'types',
  workflows: 'workflows'
} as const

function fillFilters(t: Trigger, body: YamlMap, ctx: Context): void {
  for (const [key, pair] of pairs(body, ctx)) {
    const field = FILTERS[key as keyof typeof FILTERS] as (typeof FILTERS)[keyof typeof FILTERS] | undefined
    if (field) t[field] = stringList(pair.value, ctx, `on.${t.event}.${key}`)
  }
}

function crons(seq: YamlNode, ctx: Context): string[] {
  if (!isSeq(seq)) return []
  return seq.items.flatMap(item => {
    const cron = isMap(item) ? scalarText(entry(item, 'cron')?.value, ctx, 'on.schedule[].cron') : undefined
    if (cron === undefined) problem(ctx, item, 'on.schedule items must be `- cron: "<expression>"`')
    return cron === undefined ? [] : [cron]
  })
}

/** `on.<event>.inputs` of `workflow_call` or `workflow_dispatch`, when it is a mapping. */
function eventInputs(on: unknown, event: string): YamlMap | undefined {
  const body = isMap(on) ? entry(on, event)?.value : undefined
  const inputs = isMap(body) ? entry(body, 'inputs')?.value : undefined
  return isMap(inputs) ? inputs : undefined
}

function parseCallInputs(on: unknown, ctx: Context): Record<string, string> {
  const inputs = eventInputs(on, 'workflow_call')
  if (!inputs) return {}
  const defaults: Record<string, string> = {}
  for (const [name, pair] of pairs(inputs, ctx)) {
    const fallback = isMap(pair.value) ? entry(pair.value, 'default')?.value : undefined
    const text = scalarText(fallback, ctx, `on.workflow_call.inputs.${name}.default`)
    if (text !== undefined) defaults[name] = text
  }
  return defaults
}

/** `workflow_dispatch` inputs: a `choice` input's options are every environment a manual run can reach. */
function parseDispatchInputs(on: unknown, ctx: Context): Record<string, DispatchInput> {
  const inputs = eventInputs(on, 'workflow_dispatch')
  if (!inputs) return {}
  const result: Record<string, DispatchInput> = {}
  for (const [name, pair] of pairs(inputs, ctx)) {
    if (!isMap(pair.value)) continue
    const at = (key: string): unknown => entry(pair.value as YamlMap, key)?.value
    const what = `on.workflow_dispatch.inputs.${name}`
    const type = scalarText(at('type'), ctx, `${what}.type`)
    const fallback = scalarText(at('default'), ctx, `${what}.default`)
    result[name] = {
      ...(type !== undefined && { type }),
      options: choiceOptions(at('options')),
      ...(fallback !== undefined && { default: fallback })
    }
  }
  return result
}

/** GitHub shows any option as text; one that is not a single value (`- [EU, US]`) names no environment. */
function choiceOptions(value: unknown): string[] {
  if (!isSeq(value)) return []
  return value.items.flatMap(item => (isScalar(item) && item.value !== null ? [String(item.value)] : []))
}

/** Only non-empty maps are set, so the model of a workflow without them stays as it was. */
function optional<K extends string, V extends object>(key: K, value: V): Partial<Record<K, V>> {
  return Object.keys(value).length > 0 ? ({ [key]: value } as Record<K, V>) : {}
}

/** `defaults.run.working-directory` of the workflow or a job: where its `run:` steps start. */
function defaultDirectory(map: YamlMap, ctx: Context, what: string): string | undefined {
  const defaults = entry(map, 'defaults')?.value
  const run = isMap(defaults) ? entry(defaults, 'run')?.value : undefined
  return isMap(run)
    ? scalarText(entry(run, 'working-directory')?.value, ctx, `${what}.run.working-directory`)
    : undefined
}

function parseJobs(value: unknown, ctx: Context, workflowDirectory?: string): Job[] {
  if (!isMap(value)) {
    problem(ctx, value, '`jobs:` must be a mapping of job ids to jobs')
    return []
  }
  return pairs(value, ctx).flatMap(([id, pair]) => {
    if (isMap(pair.value)) return [parseJob(id, pair, pair.value, ctx, workflowDirectory)]
    problem(ctx, pair.value, `job ${id} must be a mapping`)
    return []
  })
}

function parseJob(id: string, pair: YamlPair, body: YamlMap, ctx: Context, workflowDirectory?: string): Job {
  const at = (key: string): unknown => entry(body, key)?.value
  const strategy = at('strategy')
  const steps = at('steps')
  const tolerance = at('continue-on-error')
  return {
    id,
    name: scalarText(at('name'), ctx, `jobs.${id}.name`),
    needs: stringList(at('needs'), ctx, `jobs.${id}.needs`),
    if: scalarText(at('if'), ctx, `jobs.${id}.if`),
    environment: parseEnvironment(at('environment'), ctx, id),
    runsOn: runsOn(at('runs-on')),
    matrix: isMap(strategy) ? matrix(entry(strategy, 'matrix')?.value) : undefined,
    services: serviceIds(at('services'), ctx),
    outputs: stringMap(at('outputs'), ctx, `jobs.${id}.outputs`),
    uses: scalarText(at('uses'), ctx, `jobs.${id}.uses`),
    with: stringMap(at('with'), ctx, `jobs.${id}.with`),
    steps:
      steps === undefined
        ? []
        : parseSteps(steps, ctx, defaultDirectory(body, ctx, `jobs.${id}.defaults`) ?? workflowDirectory),
    location: locate(ctx, pair.key),
    ...optional('env', stringMap(at('env'), ctx, `jobs.${id}.env`)),
    ...(tolerance !== undefined && { continueOnError: flag(tolerance) })
  }
}

function serviceIds(value: unknown, ctx: Context): string[] {
  return isMap(value) ? pairs(value, ctx).map(([key]) => key) : []
}

function parseEnvironment(value: unknown, ctx: Context, job: string): Environment | undefined {
  if (value === undefined || isNull(value)) return undefined
  if (isMap(value)) {
    const name = scalarText(entry(value, 'name')?.value, ctx, `jobs.${job}.environment.name`)
    if (name === undefined) {
      problem(ctx, value, `jobs.${job}.environment needs a name`)
      return undefined
    }
    const url = scalarText(entry(value, 'url')?.value, ctx, `jobs.${job}.environment.url`)
    return { name, url, location: locate(ctx, value) }
  }
  const name = scalarText(value, ctx, `jobs.${job}.environment`)
  return name === undefined ? undefined : { name, location: locate(ctx, value) }
}

/** `runs-on` may be a label, a list of labels or `{group, labels}`: kept as readable text. */
function runsOn(value: unknown): string | undefined {
  if (isScalar(value)) return value.value === null ? undefined : String(value.value)
  if (isSeq(value)) return value.items.map(item => (isScalar(item) ? String(item.value) : '')).join(', ')
  if (isMap(value)) return JSON.stringify(toJS(value))
  return undefined
}

/** A matrix given as one expression (`${{ fromJSON(...) }}`) is kept under `$expression`, no valid dimension name. */
function matrix(value: unknown): Record<string, unknown> | undefined {
  if (isMap(value)) return toJS(value) as Record<string, unknown>
  if (isScalar(value) && typeof value.value === 'string') return { $expression: value.value }
  return undefined
}

function parseSteps(value: unknown, ctx: Context, directory?: string): Step[] {
  if (!isSeq(value)) {
    problem(ctx, value, '`steps:` must be a list')
    return []
  }
  return value.items.flatMap((item, index) => {
    if (!isMap(item)) {
      problem(ctx, item, 'a step must be a mapping')
      return []
    }
    return [parseStep(item, index, ctx, directory)]
  })
}

function parseStep(item: YamlMap, index: number, ctx: Context, directory?: string): Step {
  const at = (key: string): unknown => entry(item, key)?.value
  const workingDirectory = scalarText(at('working-directory'), ctx, 'step working-directory') ?? directory
  return {
    index,
    id: scalarText(at('id'), ctx, 'step id'),
    name: scalarText(at('name'), ctx, 'step name'),
    uses: scalarText(at('uses'), ctx, 'step uses'),
    run: scalarText(at('run'), ctx, 'step run'),
    with: stringMap(at('with'), ctx, 'step with'),
    if: scalarText(at('if'), ctx, 'step if'),
    continueOnError: flag(at('continue-on-error')),
    location: locate(ctx, item),
    ...(workingDirectory !== undefined && { workingDirectory }),
    ...optional('env', stringMap(at('env'), ctx, 'step env'))
  }
}

/** A boolean setting as written: `true`/`false`, an expression kept as text, false when it is not a scalar. */
function flag(value: unknown): boolean | string {
  if (!isScalar(value)) return false
  return typeof value.value === 'boolean' ? value.value : String(value.value)
}

/** The pairs of a map with their keys as text; the YAML parser has already reported duplicates, keep the first. */
function pairs(map: YamlMap, ctx: Context): Array<[string, YamlPair]> {
  // Every map of every job and step is read through here: no Set for the few keys most have.
  const seen = new KeysSeen()
  const result: Array<[string, YamlPair]> = []
  for (const pair of map.pairs) {
    const key = scalarText(pair.key, ctx, 'key')
    if (key === undefined || !seen.add(key)) continue
    result.push([key, pair])
  }
  return result
}

function entry(map: YamlMap, key: string): YamlPair | undefined {
  // A loop, not find(): every job and step looks up a dozen keys, and the closure per lookup showed in profiles.
  for (const pair of map.pairs) if (isScalar(pair.key) && pair.key.value === key) return pair
  return undefined
}

function isMap(node: unknown): node is YamlMap {
  return (node as YamlNode | undefined)?.kind === 'map'
}

function isSeq(node: unknown): node is YamlNode & { kind: 'seq' } {
  return (node as YamlNode | undefined)?.kind === 'seq'
}

function isScalar(node: unknown): node is YamlNode & { kind: 'scalar' } {
  return (node as YamlNode | undefined)?.kind === 'scalar'
}

/** A scalar as text: numbers and booleans become their string, so `with: {node: 20}` reads '20'. */
function scalarText(value: unknown, ctx: Context, what: string): string | undefined {
  if (value === undefined || isNull(value)) return undefined
  if (isScalar(value)) return String(value.value)
  problem(ctx, value, `${what} must be a single value`)
  return undefined
}

function stringList(value: unknown, ctx: Context, what: string): string[] {
  if (value === undefined || isNull(value)) return []
  if (isSeq(value)) return value.items.flatMap(item => scalarText(item, ctx, `${what}[]`) ?? [])
  const single = scalarText(value, ctx, what)
  return single === undefined ? [] : [single]
}

function stringMap(value: unknown, ctx: Context, what: string): Record<string, string> {
  const result: Record<string, string> = {}
  if (value === undefined || isNull(value)) return result
  if (!isMap(value)) {
    problem(ctx, value, `${what} must be a mapping`)
    return result
  }
  for (const [key, pair] of pairs(value, ctx)) {
    const text = scalarText(pair.value, ctx, `${what}.${key}`)
    if (text !== undefined) result[key] = text
  }
  return result
}

function isNull(value: unknown): boolean {
  return value === null || (isScalar(value) && value.value === null)
}

function locate(ctx: Context, node: unknown): Location {
  const offset = (node as YamlNode | undefined)?.offset ?? 0
  const { line, col } = ctx.lines.linePos(offset)
  return { file: ctx.file, line, column: col }
}

function problem(ctx: Context, node: unknown, message: string): void {
  ctx.problems.push({ file: ctx.file, message, location: locate(ctx, node) })
}
