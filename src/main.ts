import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ApiAccess } from './evidence/api.js'
import { createGitHubClient } from './evidence/github-client.js'
import { githubContext } from './evidence/github-context.js'
import { runGate } from './gate.js'
import { parseInputs } from './inputs.js'
import type { PolicySource } from './inputs.js'
import { InvalidPolicyError, formatPolicyError } from './policy/errors.js'
import { publish } from './report/publish.js'

/** The action: inputs → gate → publish. The one place that decides the step's outcome. */
export async function run(): Promise<void> {
  try {
    const settings = parseInputs(name => core.getInput(name))
    if (settings.token) core.setSecret(settings.token)
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const root = path.resolve(workspace, settings.workingDirectory)
    const api = apiAccess(settings.token)
    const event = api?.context.eventName ?? process.env.GITHUB_EVENT_NAME ?? ''
    const report = await runGate({
      root,
      policyPath: settings.policyPath,
      mode: settings.mode,
      api,
      baseRef: api?.context.baseSha,
      policySource: resolvePolicySource(settings.policySource, event),
      allowPolicyChanges: settings.allowPolicyChanges
    })
    if (report.base.status === 'unknown') {
      core.warning(
        `maturity-gate could not compare with the base commit: ${report.base.reason}; regressions are unknown`
      )
    }
    for (const gap of report.gaps) {
      core.warning(
        `maturity-gate could not read ${gap.what}: ${gap.reason} (needs \`permissions: ${gap.permission}\`)`
      )
    }
    await publish(report, { root, reportPath: settings.reportPath })
    if (!report.passed && report.mode === 'enforce') core.setFailed(report.reason)
  } catch (error) {
    if (error instanceof InvalidPolicyError) annotatePolicyErrors(error)
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/** Each policy error as an error annotation on its line, so the fix is one click from the check. */
function annotatePolicyErrors(error: InvalidPolicyError): void {
  for (const problem of error.errors) {
    core.error(formatPolicyError(problem), {
      title: 'maturity-gate: invalid policy',
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column
    })
  }
}

/**
 * REST access for this run, or undefined (offline: workflow files only) when there is no token or the runner's
 * variables are missing — said in a warning, since the report then rests on definitions alone.
 */
function apiAccess(token: string): ApiAccess | undefined {
  if (token === '') {
    core.warning(
      'maturity-gate has no token: judging workflow files only (set `token:` or keep its default).'
    )
    return undefined
  }
  try {
    const eventPath = process.env.GITHUB_EVENT_PATH
    const payload: unknown = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {}
    const context = githubContext(process.env, payload)
    return { client: createGitHubClient({ token, apiUrl: context.apiUrl }), context }
  } catch (error) {
    core.warning(`maturity-gate is offline: ${(error as Error).message}`)
    return undefined
  }
}

/** `auto`: a pull request is held to its base commit's policy, so it cannot lower its own bar (design §2.2). */
function resolvePolicySource(source: PolicySource, event: string): 'base' | 'head' {
  if (source !== 'auto') return source
  return event.startsWith('pull_request') ? 'base' : 'head'
}
