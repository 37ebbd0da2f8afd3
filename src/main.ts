import './core/zod-jitless.js'
import * as core from '@actions/core'
import path from 'node:path'
import type { ApiAccess } from './evidence/api.js'
import type { ReviewTarget } from './evidence/policy-approval.js'
import { createGitHubClient } from './evidence/github-client.js'
import { githubContext } from './evidence/github-context.js'
import { readEventPayload } from './evidence/event-payload.js'
import type { GitHubContext } from './evidence/github-context.js'
import { changedFilesSince } from './evidence/git.js'
import { runGate } from './gate.js'
import { keepHistory } from './history/keep-history.js'
import type { KeptHistory } from './history/keep-history.js'
import { parseInputs } from './inputs.js'
import type { PolicySource, Settings } from './inputs.js'
import { InvalidPolicyError } from './policy/errors.js'
import type { Report } from './evaluate/report.js'
import { invalidPolicyReason } from './report/invalid-policy.js'
import { publish, publishInvalidPolicy } from './report/publish.js'
import type { PublishOptions } from './report/publish.js'
import { VERSION } from './core/version.js'
import { messageOf } from './core/message-of.js'

/** The action: inputs → gate → publish. The one place that decides the step's outcome. */
export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = parseInputs(name => core.getInput(name))
  } catch (error) {
    core.setFailed(messageOf(error))
    return
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  try {
    await gateAndPublish(settings, workspace)
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) {
      core.setFailed(messageOf(error))
      return
    }
    await publishInvalidPolicy(error.errors, { outputRoot: workspace, reportPath: settings.reportPath })
    core.setFailed(
      `maturity-gate: ${invalidPolicyReason(error.errors)}; see the annotations and the job summary`
    )
  }
}

async function gateAndPublish(settings: Settings, workspace: string): Promise<void> {
  if (settings.token) core.setSecret(settings.token)
  const root = path.resolve(workspace, settings.workingDirectory)
  const payload = eventPayload()
  const context = runContext(payload)
  const api = apiAccess(settings.token, context)
  const event = context?.eventName ?? process.env.GITHUB_EVENT_NAME ?? ''
  const report = await runGate({
    root,
    policyPath: settings.policyPath,
    mode: settings.mode,
    api,
    // The base comes from the event, not the API: git reads it without a token.
    baseRef: context?.baseSha,
    policySource: resolvePolicySource(settings.policySource, event),
    allowPolicyChanges: settings.allowPolicyChanges,
    policyReview: policyReview(event, payload, context)
  })
  const history = await recordHistory(report, api, context, { root, policyPath: settings.policyPath })
  await publish(report, {
    // Output paths are relative to the workspace, as action.yml says, whatever `working-directory` is.
    outputRoot: workspace,
    reportPath: settings.reportPath,
    sarifPath: settings.sarifPath,
    badgePath: settings.badgePath,
    changedFiles: report.base.sha ? await changedFilesSince(root, report.base.sha) : [],
    ...links(process.env),
    toolVersion: VERSION,
    comment: settings.comment ? commentTarget(api, payload) : undefined,
    history: history?.records
  })
  logVerdict(report)
}

/**
 * The policy's history store (`history:`): this run's record on a default-branch run, and the trend's records.
 * A store that cannot be kept is a warning: the gate's verdict never depends on it.
 */
async function recordHistory(
  report: Report,
  api: ApiAccess | undefined,
  context: GitHubContext | undefined,
  where: { root: string; policyPath: string }
): Promise<KeptHistory | undefined> {
  if (context === undefined) return undefined
  const onDefaultBranch =
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}` &&
    !context.eventName.startsWith('pull_request')
  const history = await keepHistory(report, api, {
    ...where,
    today: new Date().toISOString().slice(0, 10),
    run: { commit: context.sha, id: context.runId, defaultBranch: onDefaultBranch }
  })
  if (history?.warning) core.warning(`maturity-gate history: ${history.warning}`)
  return history
}

/** One verdict line in the log, whatever the outcome: the failure message, or what was reached. */
function logVerdict(report: Report): void {
  if (report.passed) {
    core.info(`maturity-gate passed: ${report.level ?? 'no level'} (target ${report.target})`)
  } else if (report.mode === 'enforce') {
    core.setFailed(report.reason)
  } else {
    core.info(`maturity-gate FAILED (advisory, the step passes): ${report.reason}`)
  }
}

/**
 * REST access for this run, or undefined (offline: workflow files only) when there is no token or the runner's
 * variables are missing — said in a warning, since the report then rests on definitions alone.
 */
function apiAccess(token: string, context: GitHubContext | undefined): ApiAccess | undefined {
  if (token === '') {
    core.warning(
      'maturity-gate has no token: judging workflow files only (set `token:` or keep its default).'
    )
    return undefined
  }
  return context ? { client: createGitHubClient({ token, apiUrl: context.apiUrl }), context } : undefined
}

/** This run from the runner's variables and the event payload; without them the gate is offline (a warning). */
function runContext(payload: unknown): GitHubContext | undefined {
  try {
    return githubContext(process.env, payload)
  } catch (error) {
    core.warning(`maturity-gate is offline: ${messageOf(error)}`)
    return undefined
  }
}

/** `auto`: a pull request is held to its base commit's policy, so it cannot lower its own bar (design §2.2). */
function resolvePolicySource(source: PolicySource, event: string): 'base' | 'head' {
  if (source !== 'auto') return source
  return event.startsWith('pull_request') ? 'base' : 'head'
}

/**
 * What approves a policy change in this event: the pull request itself — named in the merge queue's branch
 * (`gh-readonly-queue/main/pr-7-<sha>`) for a merge group — or the one a push merged.
 */
function policyReview(
  event: string,
  payload: Record<string, unknown>,
  context: GitHubContext | undefined
): ReviewTarget | undefined {
  const number = (payload.pull_request as { number?: unknown } | undefined)?.number
  if (event.startsWith('pull_request') && typeof number === 'number') return { pullRequest: number }
  const queue = (payload.merge_group as { head_ref?: unknown } | undefined)?.head_ref
  const queued = typeof queue === 'string' ? /\/pr-(\d+)-[0-9a-f]+$/.exec(queue) : null
  if (event === 'merge_group' && queued) return { pullRequest: Number(queued[1]) }
  if (event === 'push' && context) return { mergeCommit: context.sha }
  return undefined
}

/** The event payload (GITHUB_EVENT_PATH); one that cannot be read fails the step, saying why. */
function eventPayload(): Record<string, unknown> {
  const event = readEventPayload(process.env.GITHUB_EVENT_PATH)
  if (!event.ok) throw new Error(event.reason)
  return event.payload
}

/** Links for the summary: this action's docs at its own version, the repository at this commit, this run. */
function links(env: NodeJS.ProcessEnv): Pick<PublishOptions, 'docsUrl' | 'sourceUrl' | 'runUrl'> {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const action = env.GITHUB_ACTION_REPOSITORY || 'maturity-gate/maturity-gate'
  const docsUrl = `${server}/${action}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/practices.md`
  if (!env.GITHUB_REPOSITORY) return { docsUrl }
  const repository = `${server}/${env.GITHUB_REPOSITORY}`
  return {
    docsUrl,
    sourceUrl: env.GITHUB_SHA ? `${repository}/blob/${env.GITHUB_SHA}` : undefined,
    runUrl: env.GITHUB_RUN_ID ? `${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  }
}

/** Where `comment: true` posts: the pull request of this event, or nowhere (said in a notice). */
function commentTarget(
  api: ApiAccess | undefined,
  payload: Record<string, unknown>
): PublishOptions['comment'] {
  const pullRequest = payload.pull_request as
    | { number?: number; head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } }
    | undefined
  if (!api || typeof pullRequest?.number !== 'number') {
    core.notice('maturity-gate did not comment: `comment: true` needs a pull request event and a token.')
    return undefined
  }
  const fromFork = pullRequest.head?.repo?.full_name !== pullRequest.base?.repo?.full_name
  return { api, pullRequest: pullRequest.number, fromFork }
}
