import * as core from '@actions/core'
import path from 'node:path'
import { runGate } from './gate.js'
import { parseInputs } from './inputs.js'
import { InvalidPolicyError, formatPolicyError } from './policy/errors.js'
import { publish } from './report/publish.js'

/** The action: inputs → gate → publish. The one place that decides the step's outcome. */
export async function run(): Promise<void> {
  try {
    const settings = parseInputs(name => core.getInput(name))
    if (settings.token) core.setSecret(settings.token)
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const root = path.resolve(workspace, settings.workingDirectory)
    const report = await runGate({ root, policyPath: settings.policyPath, mode: settings.mode })
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
