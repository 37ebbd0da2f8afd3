import { parseCompositeAction, parseWorkflow } from '../parsers/workflow.js'
import type { Job, Step, Workflow, WorkflowProblem } from '../workflow/model.js'
import type { Workspace } from './evidence.js'

/**
 * Collects the workflow model of a checkout (design §3, §4): every `.github/workflows/*.y(a)ml`, with the
 * evidence that sits one step outside a workflow file pulled in, because real pipelines hide their deploy
 * and test steps there:
 * - local composite actions (`uses: ./path`): their steps follow the calling step, with `fromAction` set and
 *   the calling step's index (they run as part of it);
 * - local and remote reusable workflows (`jobs.x.uses`): the callee's jobs join the caller's workflow as
 *   `x/<calleeJob>` with `calledBy` set and `${{ inputs.* }}` substituted from the caller's `with:`.
 * Files that are only `workflow_call` targets are still listed as workflows of their own (their trigger says
 * `workflow_call`), so a practice can point at them; graph queries give them their callers' events.
 */

export interface RemoteRef {
  owner: string
  repo: string
  path: string
  ref: string
}

/** A remote file's text, or why it could not be read (with GitHub's HTTP status when it answered). */
export type RemoteRead = { ok: true; text: string } | { ok: false; reason: string; status?: number }

export interface CollectOptions {
  /** Reads a remote reusable workflow (the contents API); absent when there is no token. */
  readRemote?: (ref: RemoteRef) => Promise<RemoteRead>
}

/** GitHub allows 10 levels of nested reusable workflows; composite actions get the same bound. */
const MAX_DEPTH = 10

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/
const REMOTE_CALL = /^([^/@\s]+)\/([^/@\s]+)\/([^@\s]+)@(\S+)$/

interface Source {
  /** Label used in locations and `calledBy`: a workspace path, or `owner/repo/path@ref`. */
  file: string
  /** Remote callees resolve their own `./` workflow calls in their repository. */
  remote?: RemoteRef
}

export async function collectWorkflows(
  workspace: Workspace,
  options: CollectOptions = {}
): Promise<{ workflows: Workflow[]; problems: WorkflowProblem[] }> {
  const collector = new Collector(workspace, options)
  const files = workspace.files.filter(file => WORKFLOW_FILE.test(file))
  const workflows: Workflow[] = []
  for (const file of files) {
    const workflow = await collector.expand({ file }, [])
    if (workflow) workflows.push(workflow)
  }
  return { workflows, problems: collector.problems }
}

class Collector {
  readonly problems: WorkflowProblem[] = []
  private readonly parsed = new Map<string, Promise<Workflow | undefined>>()
  private readonly expanded = new Map<string, Promise<Workflow | undefined>>()
  private readonly actions = new Map<string, { file: string; steps: Step[] } | undefined>()
  /** Why each remote file that could not be read was not, by its label. */
  private readonly unread = new Map<string, string>()

  constructor(
    private readonly workspace: Workspace,
    private readonly options: CollectOptions
  ) {}

  /** The workflow with its calls and actions inlined; `stack` holds the files being expanded (cycle guard). */
  expand(source: Source, stack: string[]): Promise<Workflow | undefined> {
    let result = this.expanded.get(source.file)
    if (!result) {
      result = this.expandUncached(source, stack)
      this.expanded.set(source.file, result)
    }
    return result
  }

  private async expandUncached(source: Source, stack: string[]): Promise<Workflow | undefined> {
    const workflow = await this.parse(source)
    if (!workflow) return undefined
    const jobs: Job[] = []
    for (const job of workflow.jobs) {
      const steps = this.inlineActions(job.steps, source.file, [], 0)
      // Most jobs use no local action: they are kept as parsed rather than copied.
      const withSteps = steps === job.steps ? job : { ...job, steps }
      jobs.push(...(await this.inlineCall(withSteps, source, [...stack, source.file])))
    }
    return { ...workflow, jobs }
  }

  private parse(source: Source): Promise<Workflow | undefined> {
    let result = this.parsed.get(source.file)
    if (!result) {
      result = this.read(source).then(text => {
        if (text === undefined) {
          // A listed file that cannot be read is evidence lost: say so rather than judge without it.
          if (!source.remote && this.workspace.files.includes(source.file)) this.unreadable(source.file)
          return undefined
        }
        const { workflow, problems } = parseWorkflow(text, source.file)
        this.problems.push(...problems)
        return workflow
      })
      this.parsed.set(source.file, result)
    }
    return result
  }

  private async read(source: Source): Promise<string | undefined> {
    if (!source.remote) return this.workspace.read(source.file)
    const read = await this.options.readRemote?.(source.remote)
    if (read?.ok) return read.text
    if (read) this.unread.set(source.file, read.reason)
    return undefined
  }

  /** The steps with local composite actions' steps inlined: the same array when no step uses one. */
  private inlineActions(steps: Step[], file: string, stack: string[], depth: number): Step[] {
    if (!steps.some(usesLocalAction)) return steps
    return steps.flatMap(step => {
      const path = usesLocalAction(step) ? normalise(step.uses) : undefined
      if (path === undefined) return [step]
      if (stack.includes(path) || depth >= MAX_DEPTH) {
        this.problem(step, file, `local action ${step.uses} not inlined: nested too deep or recursive`)
        return [step]
      }
      const action = this.action(path)
      if (action === undefined) {
        this.problem(
          step,
          file,
          `local action ${step.uses} not found (no ${path === '' ? '' : `${path}/`}action.yml)`
        )
        return [step]
      }
      const nested = this.inlineActions(action.steps, action.file, [...stack, path], depth + 1)
      return [step, ...nested.map(s => ({ ...s, index: step.index, fromAction: s.fromAction ?? path }))]
    })
  }

  /** A local action's own steps (none unless composite), parsed once however many steps use it. */
  private action(path: string): { file: string; steps: Step[] } | undefined {
    if (!this.actions.has(path)) {
      // `uses: ./` is the repository's own root action (a self-test job), whose path normalises to ''.
      const dir = path === '' ? '' : `${path}/`
      const file = [`${dir}action.yml`, `${dir}action.yaml`].find(f => this.workspace.read(f) !== undefined)
      const text = file === undefined ? undefined : this.workspace.read(file)
      if (file === undefined || text === undefined) this.actions.set(path, undefined)
      else {
        const { steps, problems } = parseCompositeAction(text, file)
        this.problems.push(...problems)
        this.actions.set(path, { file, steps })
      }
    }
    return this.actions.get(path)
  }

  /** A calling job stays as a node that needs the callee's leaf jobs, so `needs: [caller]` keeps its order. */
  private async inlineCall(job: Job, caller: Source, stack: string[]): Promise<Job[]> {
    if (job.uses === undefined) return [job]
    const callee = this.calleeOf(job.uses, caller)
    if (typeof callee === 'string') return [{ ...job, opaqueReason: callee }]
    if (stack.includes(callee.file) || stack.length >= MAX_DEPTH) {
      return [
        { ...job, opaqueReason: `reusable workflow ${job.uses} not inlined: nested too deep or recursive` }
      ]
    }
    const workflow = await this.expand(callee, stack)
    if (!workflow) return [{ ...job, opaqueReason: this.notExpanded(job, caller, callee) }]
    const inputs = { ...workflow.callInputs, ...job.with }
    const prefix = (id: string): string => `${job.id}/${id}`
    const inner = workflow.jobs.map(calleeJob =>
      substituteInputs(
        {
          ...calleeJob,
          id: prefix(calleeJob.id),
          needs: calleeJob.needs.length > 0 ? calleeJob.needs.map(prefix) : job.needs,
          calledBy: calleeJob.calledBy
            ? { ...calleeJob.calledBy, job: prefix(calleeJob.calledBy.job) }
            : { job: job.id, workflow: callee.file }
        },
        inputs
      )
    )
    const needed = new Set(workflow.jobs.flatMap(j => j.needs))
    const leaves = workflow.jobs.filter(j => !needed.has(j.id)).map(j => prefix(j.id))
    return [...inner, { ...job, needs: leaves.length > 0 ? leaves : job.needs }]
  }

  /** Where a `uses:` call points, or why it cannot be followed. */
  private calleeOf(uses: string, caller: Source): Source | string {
    if (uses.startsWith('./')) {
      const path = normalise(uses)
      if (!caller.remote) return { file: path }
      const remote = { ...caller.remote, path }
      return { file: remoteLabel(remote), remote }
    }
    const match = REMOTE_CALL.exec(uses)
    if (!match) return `reusable workflow ${uses} not understood`
    const [, owner = '', repo = '', path = '', ref = ''] = match
    const remote: RemoteRef = { owner, repo, path, ref }
    if (!this.options.readRemote) return `remote reusable workflow ${uses} not read: no token`
    return { file: remoteLabel(remote), remote }
  }

  /**
   * Why a call's callee could not be inlined. A remote callee GitHub refused or failed to send is evidence
   * lost, so it is also a problem at the calling job: the report names the file and GitHub's answer.
   */
  private notExpanded(job: Job, caller: Source, callee: Source): string {
    const unread = this.unread.get(callee.file)
    if (unread !== undefined) {
      const message = `could not read ${callee.file}: ${unread}`
      this.problems.push({ file: caller.file, message, location: job.location })
      return message
    }
    return `reusable workflow ${job.uses} ${callee.remote ? 'could not be read' : 'not found in the workspace'}`
  }

  private unreadable(file: string): void {
    this.problems.push({
      file,
      message: `workflow file not read: ${
        this.workspace.whyUnread?.(file) ??
        'larger than the 10 MB read limit, unreadable, or a symlink out of the workspace'
      }`,
      location: { file, line: 1, column: 1 }
    })
  }

  private problem(step: Step, file: string, message: string): void {
    this.problems.push({ file, message, location: step.location })
  }
}

function usesLocalAction(step: Step): step is Step & { uses: string } {
  return step.uses?.startsWith('./') === true
}

function remoteLabel(ref: RemoteRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`
}

/** `./a/./b/` → `a/b`: workspace paths are compared as text. */
function normalise(uses: string): string {
  return uses
    .split('/')
    .filter(part => part !== '.' && part !== '')
    .join('/')
}

const INPUT_EXPRESSION = /\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g

/** Replaces `${{ inputs.x }}` with what the caller passed; unknown inputs stay as written (unresolved). */
function substitute(text: string | undefined, inputs: Record<string, string>): string | undefined {
  return text?.replace(INPUT_EXPRESSION, (whole, name: string) => inputs[name] ?? whole)
}

function substituteAll(
  values: Record<string, string>,
  inputs: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, substitute(value, inputs) ?? value])
  )
}

function substituteInputs(job: Job, inputs: Record<string, string>): Job {
  return {
    ...job,
    name: substitute(job.name, inputs),
    if: substitute(job.if, inputs),
    with: substituteAll(job.with, inputs),
    environment: job.environment && {
      ...job.environment,
      name: substitute(job.environment.name, inputs) ?? job.environment.name,
      url: substitute(job.environment.url, inputs)
    },
    steps: job.steps.map(step => ({
      ...step,
      name: substitute(step.name, inputs),
      run: substitute(step.run, inputs),
      if: substitute(step.if, inputs),
      with: substituteAll(step.with, inputs)
    }))
  }
}
