import path from 'node:path'
import { commandCheck } from './checks/command.js'
import { collectApiEvidence } from './evidence/api.js'
import type { ApiAccess } from './evidence/api.js'
import type { CommandResult, Evidence, Workspace } from './evidence/evidence.js'
import { isCommitSha } from './evidence/commit-sha.js'
import { collectWorkspace, outsideRoot } from './evidence/files.js'
import type { RefFile } from './evidence/evidence.js'
import type { BaseCommit, BaseCommitResult } from './evidence/git.js'
import { baseReading } from './evidence/base-reading.js'
import { recordingReads } from './evidence/recording-reads.js'
import { noReports } from './evidence/no-reports.js'
import { remoteWorkflowReader } from './evidence/remote-workflow-reader.js'
import { workspaceReports } from './evidence/workspace-reports.js'
import { collectWorkflows } from './evidence/workflows.js'
import type { CollectOptions as CollectWorkflowOptions, RemoteRead, RemoteRef } from './evidence/workflows.js'
import { conclude } from './evaluate/conclude.js'
import { offlineDeployHistory } from './evidence/offline-deploy-history.js'
import { dora } from './evaluate/dora.js'
import { doraChecks } from './evaluate/dora-checks.js'
import { productionDeployJobs } from './evaluate/production-deploy-jobs.js'
import { planPractices } from './evaluate/effective-practices.js'
import type { PracticePlan } from './evaluate/effective-practices.js'
import { evaluate } from './evaluate/evaluate.js'
import { findGateTampering } from './evaluate/gate-tampering.js'
import { compareLevels, findRegressions } from './evaluate/regression.js'
import { InvalidPolicyError } from './policy/errors.js'
import { extendsCachePath, extendsName, extendsUrl } from './policy/extends-ref.js'
import { loadPolicyChain } from './policy/load-policy-chain.js'
import type { ChainNote, PolicyReader } from './policy/load-policy-chain.js'
import { lockedKeyErrors } from './evaluate/locked-keys.js'
import type { LoadedPolicy } from './policy/load.js'
import { comparePolicies } from './evaluate/policy-trust.js'
import { reviewPolicyChanges } from './evaluate/policy-review.js'
import { CODEOWNERS_PATHS } from './evidence/codeowners.js'
import { readPolicyApproval } from './evidence/policy-approval.js'
import type { PolicyApproval, ReviewTarget } from './evidence/policy-approval.js'
import type { BaseComparison, PolicyChange, Report } from './evaluate/report.js'
import { InputError } from './core/input-error.js'

/** What both entries (action and CLI) hand to the shared pipeline. */
export interface GateOptions {
  /** Absolute path of the repository root. */
  root: string
  /** Policy path relative to root. */
  policyPath: string
  /** The policy's text, instead of reading policyPath (init evaluates a provisional policy before writing it). */
  policyText?: string
  /** Overrides the policy's mode (action input `mode`). */
  mode?: 'enforce' | 'advise'
  /** YYYY-MM-DD; defaults to today in UTC. */
  today?: string
  /** REST access (the action with a token); without it the gate is offline: workflow files only. */
  api?: ApiAccess
  /** The commit to compare with (sha, ref or `auto`); without it there is no regression check. */
  baseRef?: string
  /** Which commit's policy is enforced; `base` keeps a pull request from lowering its own bar (design §2.2). */
  policySource?: 'base' | 'head'
  /** Policy weakenings and gate tampering are reported as warnings instead of failing the gate. */
  allowPolicyChanges?: boolean
  /**
   * The pull request (or, on a push, the merge commit) whose weakenings are approved the way the base commit's
   * `policy-changes:` says, read through the API (docs/policy.md#approving-a-policy-change).
   */
  policyReview?: ReviewTarget
  /**
   * A base commit that cannot be opened is an InputError rather than an unknown comparison: on the command
   * line `--base` is the user's own request, so a typo must not pass as "no regressions".
   */
  requireBase?: boolean
}

// git (@actions/exec) and child processes are imported where they are needed: an offline gate with no base
// and no command practices never loads them, which keeps its start-up near bare Node's (design §10).

/**
 * load policy → collect evidence → evaluate → compare with the base commit → report. Throws InvalidPolicyError
 * (every policy error at once) when the head policy cannot be used; any other evidence problem becomes part of
 * the report, never a crash.
 */
export async function runGate(options: GateOptions): Promise<Report> {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const workspace = collectWorkspace(options.root)
  if (options.policyText === undefined) refuseOutsidePolicy(workspace.root, options.policyPath)
  const readRemote = options.api ? onceEach(remoteWorkflowReader(options.api.client)) : undefined
  const { loaded: head, notes } = await loadOrThrow(
    options.policyText ?? workspace.read(options.policyPath),
    { file: options.policyPath, today, why: workspace.whyUnread?.(options.policyPath) },
    policyReader(
      { read: file => Promise.resolve(workspace.read(file)), why: workspace.whyUnread },
      readRemote
    )
  )
  const base = options.baseRef ? await openBase(options, options.baseRef) : undefined
  if (options.requireBase && base && !base.ok) {
    throw new InputError(
      `--base names no commit this repository can read: ${base.reason}`,
      options.baseRef ?? ''
    )
  }
  const basePolicy = base?.ok
    ? await loadQuietly(
        base.workspace.read(options.policyPath),
        { file: options.policyPath, today },
        policyReader({ read: file => base.readFile(file) }, readRemote)
      )
    : undefined
  const review = policyReview(options, basePolicy, base)
  // An approved weakening is the policy in force from now on: the pull request is judged by it.
  const policyChanges = basePolicy ? comparePolicies(basePolicy, head) : []
  const weakens = hasWeakening(policyChanges)
  const useBase =
    options.policySource === 'base' && basePolicy && !(weakens && (await review())?.approval.approved)
  const enforcedSource = useBase ? 'base' : 'head'
  const enforced = enforcedSource === 'base' && basePolicy ? basePolicy : head
  const plan = planPractices(enforced)
  const atRef = otherCommits(options.root, base)
  // What the head's evaluation reads, the base's is given to read too (baseReading).
  const headReads = recordingReads(workspace)
  const headEvidence = await collectEvidence(headReads.workspace, plan, today, {
    api: options.api,
    checkout: true,
    atRef,
    readRemote
  })
  const evaluation = { loaded: enforced, plan, mode: options.mode, policySource: enforcedSource } as const
  const evaluated = withChainNotes(await evaluate({ ...evaluation, evidence: headEvidence }), notes)
  const report = await withDoraChecks(evaluated, enforced, headEvidence, options.api)
  const unreadBase = options.policySource === 'base' ? unreadBasePolicy(options, base, basePolicy) : []
  const fail = (comparison: BaseComparison): Report =>
    conclude(report, {
      comparison,
      policyChanges: options.allowPolicyChanges ? unreadBase.map(allowed) : unreadBase
    })
  if (base === undefined) return fail({ status: 'none', reason: 'no base commit given' })
  if (!base.ok) return fail({ status: 'unknown', reason: base.reason })
  const { evidence: baseEvidence, report: baseReport } = await judgeBase(
    base,
    headReads.asked,
    async baseWorkspace => {
      const evidence = await collectEvidence(baseWorkspace, plan, today, {
        checkout: false,
        atRef: unavailable,
        readRemote
      })
      return { evidence, report: await evaluate({ ...evaluation, evidence }) }
    }
  )
  // The base is judged on definitions only; so is the head here, or a job failing in this run would also
  // count as a regression of the practice (it is already a failure of its own).
  const headDefinition = headEvidence.run
    ? await evaluate({ ...evaluation, evidence: { ...headEvidence, run: undefined } })
    : report
  const setting = enforced.policy.regression
  const regressions = [
    ...findRegressions(baseReport.findings, headDefinition.findings, setting),
    ...compareLevels(baseReport, headDefinition, setting)
  ]
  const changes = await approvedChanges(
    [...unreadBase, ...policyChanges, ...findGateTampering(baseEvidence.workflows, headEvidence.workflows)],
    review
  )
  return conclude(report, {
    regressions,
    policyChanges: options.allowPolicyChanges ? changes.map(allowed) : changes,
    comparison: {
      status: 'compared',
      sha: base.sha,
      reason: basePolicy ? '' : 'the base commit has no valid policy'
    }
  })
}

/** How the review of a policy change came out; undefined when nothing can approve one here. */
type Review = () => Promise<{ approval: PolicyApproval; merged: boolean } | undefined>

/**
 * The approval the base commit's `policy-changes:` asks for — the rules in force before the change, with
 * CODEOWNERS as it was then, so a pull request cannot name its own approvers — read from the API once, and
 * only when asked (when something would otherwise fail).
 */
function policyReview(
  options: GateOptions,
  basePolicy: LoadedPolicy | undefined,
  base: BaseCommitResult | undefined
): Review {
  const rule = basePolicy?.policy['policy-changes']
  const { api, policyReview: target } = options
  if (!rule || !api || !target || !base?.ok) return () => Promise.resolve(undefined)
  const read = async (): Promise<PolicyApproval> => {
    const texts = await Promise.all(CODEOWNERS_PATHS.map(file => base.readFile(file)))
    return readPolicyApproval(api.client, api.context, target, {
      approveLabel: rule['approve-label'],
      codeowners: rule.codeowners,
      policyPath: options.policyPath,
      codeownersText: texts.find(text => text !== undefined)
    })
  }
  let answer: Promise<PolicyApproval> | undefined
  return async () => ({ approval: await (answer ??= read()), merged: 'mergeCommit' in target })
}

function hasWeakening(changes: readonly PolicyChange[]): boolean {
  return changes.some(change => change.kind === 'weakened' && change.severity === 'error')
}

/** Weakenings approved as the policy says become a warning (pull request) or a notice (the merge's push). */
async function approvedChanges(changes: PolicyChange[], review: Review): Promise<PolicyChange[]> {
  const reviewed = hasWeakening(changes) ? await review() : undefined
  return reviewed ? reviewPolicyChanges(changes, reviewed.approval, reviewed.merged) : changes
}

/**
 * A pull request is held to its base commit's policy (design §2.2). When that policy cannot be read — no base
 * sha in the event, the commit unreachable, the file broken — the head policy is evaluated, but saying so is a
 * blocking change: otherwise removing the token or breaking the base read would let a pull request lower its
 * own bar in silence. A base commit with no policy file is a first adoption, shown as a notice.
 */
function unreadBasePolicy(
  options: GateOptions,
  base: BaseCommitResult | undefined,
  basePolicy: LoadedPolicy | undefined
): PolicyChange[] {
  if (basePolicy) return []
  const location = { file: options.policyPath, line: 1, column: 1 }
  if (base?.ok && base.workspace.read(options.policyPath) === undefined) {
    const message = `the base commit has no ${options.policyPath}: this pull request adopts the policy, which is enforced as written`
    return [{ kind: 'strengthened', severity: 'notice', message, location }]
  }
  const why =
    base === undefined
      ? 'no base commit is known for this event'
      : base.ok
        ? 'it is not a valid policy'
        : base.reason
  const message = `the base commit's policy could not be read (${why}), so the pull request's own policy was enforced; a pull request must not set its own bar`
  return [{ kind: 'weakened', severity: 'error', message, location }]
}

/**
 * The base commit judged on the content the head was judged on (baseReading), then, when its own pipeline
 * asked for files only it has (a script the pull request stopped calling), read and judged again with them.
 */
async function judgeBase(
  base: BaseCommit,
  headRead: Iterable<string>,
  judge: (workspace: Workspace) => Promise<{ evidence: Evidence; report: Report }>
): Promise<{ evidence: Evidence; report: Report }> {
  const ahead = await baseReading(base, headRead)
  const first = recordingReads(ahead)
  const judged = await judge(first.workspace)
  const again = await baseReading({ ...base, workspace: ahead }, first.asked)
  return again === ahead ? judged : judge(again)
}

/**
 * The base commit through git (fetched with depth 1 when the clone is shallow), else — in the action, for a
 * commit sha — through the REST API. When neither can read it, the reasons of both are kept.
 */
async function openBase(options: GateOptions, ref: string): Promise<BaseCommitResult> {
  const viaGit = await (
    await import('./evidence/git.js')
  ).openBaseCommit(options.root, ref, {
    policyPath: options.policyPath
  })
  if (viaGit.ok || options.api === undefined || !isCommitSha(ref)) return viaGit
  const { openBaseViaApi } = await import('./evidence/api-base.js')
  const { owner, repo } = options.api.context
  const viaApi = await openBaseViaApi(options.api.client, {
    root: options.root,
    owner,
    repo,
    sha: ref,
    policyPath: options.policyPath
  })
  return viaApi.ok ? viaApi : { ok: false, reason: `${viaGit.reason}; ${viaApi.reason}` }
}

/**
 * The policy is part of what a pull request is judged by, so it must be a file of the repository: one read
 * from elsewhere (`..`, an absolute path, a symlink out) would not be versioned with the code it judges.
 */
function refuseOutsidePolicy(root: string, policyPath: string): void {
  const real = outsideRoot(root, policyPath)
  if (real === undefined) return
  const how = real === path.resolve(root, policyPath) ? 'resolves to' : 'is a symlink to'
  throw new InvalidPolicyError([
    {
      file: policyPath,
      line: 1,
      column: 1,
      path: '',
      message: `the policy file ${how} ${real}, outside the repository ${root}; the policy must be a file of the repository it judges — to share one policy across repositories, extend it: \`extends: [github>OWNER/REPO:PATH@REF]\` (docs/policy.md#extends-a-shared-policy)`
    }
  ])
}

interface PolicyFile {
  file: string
  today: string
  /** Why the file could not be read, when the workspace knows. */
  why?: string
}

/** The policy merged with its `extends:` chain, locks checked; InvalidPolicyError with every error otherwise. */
async function loadOrThrow(
  text: string | undefined,
  { file, today, why }: PolicyFile,
  read: PolicyReader
): Promise<{ loaded: LoadedPolicy; notes: ChainNote[] }> {
  if (text === undefined) {
    const message =
      why === undefined || why === 'not found'
        ? 'policy file not found; create it — see docs/policy.md'
        : `policy file cannot be read: ${why}`
    throw new InvalidPolicyError([{ file, line: 1, column: 1, path: '', message }])
  }
  const result = await loadPolicyChain(text, file, read, { today })
  if (!result.ok) throw new InvalidPolicyError(result.errors)
  const locked = lockedKeyErrors(result.loaded, { today })
  if (locked.length > 0) throw new InvalidPolicyError(locked)
  return { loaded: result.loaded, notes: result.notes }
}

/** The base commit's policy, when it has a valid one (a new or broken policy at base is simply not enforced). */
async function loadQuietly(
  text: string | undefined,
  file: PolicyFile,
  read: PolicyReader
): Promise<LoadedPolicy | undefined> {
  if (text === undefined) return undefined
  try {
    return (await loadOrThrow(text, file, read)).loaded
  } catch (error) {
    if (error instanceof InvalidPolicyError) return undefined
    throw error
  }
}

/**
 * Reads the bases a policy `extends:` (docs/policy.md#extends-a-shared-policy): `./PATH` from the commit's
 * workspace, `github>` through the contents API with the gate's token. A remote base that cannot be read
 * (offline, refused) falls back to its copy under `.maturity/cache/`, said in a note; without one it is an
 * error naming its URL and where a copy would go.
 */
export function policyReader(
  commit: { read: (file: string) => Promise<string | undefined>; why?: (file: string) => string | undefined },
  readRemote: ((ref: RemoteRef) => Promise<RemoteRead>) | undefined
): PolicyReader {
  return async ref => {
    if (ref.kind === 'local') {
      const text = await commit.read(ref.path)
      if (text !== undefined) return { ok: true, text }
      return {
        ok: false,
        reason: `${ref.path} ${commit.why?.(ref.path) ?? 'not found'} in the repository`
      }
    }
    const remote = readRemote
      ? await readRemote(ref)
      : { ok: false as const, reason: 'no GitHub token (offline)' }
    if (remote.ok) return remote
    const cache = extendsCachePath(ref)
    const cached = await commit.read(cache)
    if (cached !== undefined) {
      const note = `${extendsName(ref)} could not be read (${remote.reason}); the cached copy ${cache} was used`
      return { ok: true, text: cached, note }
    }
    return {
      ok: false,
      reason: `${remote.reason}; ${extendsUrl(ref)} — to run without it, keep a copy at ${cache}`
    }
  }
}

/**
 * Each remote file read once per gate run: the head and the base commit name the same bases and reusable
 * workflows, and every read counts against the token's quota.
 */
function onceEach(read: (ref: RemoteRef) => Promise<RemoteRead>): (ref: RemoteRef) => Promise<RemoteRead> {
  const reads = new Map<string, Promise<RemoteRead>>()
  return ref => {
    const key = JSON.stringify([ref.owner.toLowerCase(), ref.repo.toLowerCase(), ref.path, ref.ref])
    let answer = reads.get(key)
    if (answer === undefined) {
      answer = read(ref)
      reads.set(key, answer)
    }
    return answer
  }
}

/** A base read from its cached copy is said in the report, at the `extends:` entry that named it. */
function withChainNotes(report: Report, notes: readonly ChainNote[]): Report {
  if (notes.length === 0) return report
  const said = notes.map(note => ({ ...note, title: 'maturity-gate: policy base from cache' }))
  return { ...report, warnings: [...said, ...report.warnings] }
}

/** Files of other commits for the checkout's evidence: `base` from the opened base commit, else by git ref. */
function otherCommits(root: string, base: BaseCommitResult | undefined): Evidence['atRef'] {
  return async (ref, file): Promise<RefFile> => {
    if (ref !== 'base') return (await import('./evidence/git.js')).readFileAtRef(root, ref, file)
    if (base === undefined)
      return { found: false, reason: 'no base commit: give --base, or run on a pull request or push' }
    if (!base.ok) return { found: false, reason: base.reason }
    const text = await base.readFile(file)
    return text === undefined ? { found: false } : { found: true, text }
  }
}

/**
 * With `dora.thresholds` in the policy: DORA's metrics over the window ending now — from Deployments, else
 * the runs of the production deploy jobs of this evidence — and each threshold's verdict. Offline every value
 * is unknown, which breaks no threshold.
 */
async function withDoraChecks(
  report: Report,
  loaded: LoadedPolicy,
  evidence: Evidence,
  api: ApiAccess | undefined
): Promise<Report> {
  const { policy } = loaded
  if (Object.keys(policy.dora.thresholds).length === 0) return report
  const window = { until: new Date(), days: policy.dora['window-days'] }
  // The deploy readers are loaded only for a policy with thresholds: most gate runs never measure DORA.
  const history = api
    ? await (
        await import('./evidence/deploy-history-for.js')
      ).deployHistoryFor(
        api,
        policy.environments,
        productionDeployJobs(evidence, policy.environments),
        window
      )
    : offlineDeployHistory(window)
  const metrics = dora(history)
  return { ...report, dora: { metrics, checks: doraChecks(metrics, loaded) } }
}

/** A base commit's evidence reads no third commit. */
const unavailable: Evidence['atRef'] = () =>
  Promise.resolve({ found: false, reason: 'not read from a base commit' })

/** With `allow-policy-changes`, a weakening is shown, not fatal. */
function allowed(change: PolicyChange): PolicyChange {
  return change.severity === 'error' ? { ...change, severity: 'warning' } : change
}

interface CollectOptions {
  api?: ApiAccess
  /**
   * The checkout: commands run and reports are read. A base commit is judged on its definitions only —
   * nothing runs, and reports (outputs of a past run) are not in its tree.
   */
  checkout: boolean
  atRef: Evidence['atRef']
  /** Remote reusable workflows through the contents API (with a token), for the head and the base alike. */
  readRemote?: CollectWorkflowOptions['readRemote']
}

/** Everything the checks read about one commit. */
async function collectEvidence(
  workspace: Workspace,
  plan: PracticePlan,
  today: string,
  options: CollectOptions
): Promise<Evidence> {
  const { workflows, problems } = await collectWorkflows(workspace, { readRemote: options.readRemote })
  const online = options.api ? await collectApiEvidence(options.api, workflows) : { gaps: [] }
  return {
    workspace,
    workflows,
    workflowProblems: problems,
    offline: options.api === undefined,
    today,
    reports: options.checkout ? workspaceReports(workspace) : noReports,
    ...online,
    atRef: options.atRef,
    commands: options.checkout ? await runCommands(plan, workspace) : new Map()
  }
}

/** Runs the policy's `command` practices one after another (they may share the checkout's state). */
async function runCommands(plan: PracticePlan, workspace: Workspace): Promise<Evidence['commands']> {
  const results = new Map<string, CommandResult>()
  const commands = plan.practices.filter(practice => practice.check === commandCheck)
  if (commands.length === 0) return results
  const { runCommand } = await import('./evidence/command.js')
  for (const practice of commands) {
    const { command, timeout } = practice.options as { command: string; timeout: number }
    results.set(practice.id, await runCommand(command, workspace.root, timeout))
  }
  return results
}
