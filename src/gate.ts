import { commandCheck } from './checks/command.js'
import { collectApiEvidence } from './evidence/api.js'
import type { ApiAccess } from './evidence/api.js'
import type { Evidence } from './evidence/evidence.js'
import { runCommand } from './evidence/command.js'
import { collectWorkspace } from './evidence/files.js'
import { noReports } from './evidence/no-reports.js'
import { collectWorkflows } from './evidence/workflows.js'
import { planPractices } from './evaluate/effective-practices.js'
import type { PracticePlan } from './evaluate/effective-practices.js'
import { evaluate } from './evaluate/evaluate.js'
import { InvalidPolicyError } from './policy/errors.js'
import { loadPolicy } from './policy/load.js'
import type { Report } from './report/report.js'
import type { Workspace } from './evidence/evidence.js'

/** What both entries (action and CLI) hand to the shared pipeline. */
export interface GateOptions {
  /** Absolute path of the repository root. */
  root: string
  /** Policy path relative to root. */
  policyPath: string
  /** Overrides the policy's mode (action input `mode`). */
  mode?: 'enforce' | 'advise'
  /** YYYY-MM-DD; defaults to today in UTC. */
  today?: string
  /** REST access (the action with a token); without it the gate is offline: workflow files only. */
  api?: ApiAccess
}

/**
 * load policy → collect evidence → evaluate → report. Throws InvalidPolicyError (every policy error at once)
 * when the policy cannot be used; any other evidence problem becomes part of the report, never a crash.
 */
export async function runGate(options: GateOptions): Promise<Report> {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const workspace = collectWorkspace(options.root)
  const policyText = workspace.read(options.policyPath)
  if (policyText === undefined) {
    throw new InvalidPolicyError([
      {
        file: options.policyPath,
        line: 1,
        column: 1,
        path: '',
        message: 'policy file not found (or outside the repository); create it — see docs/policy.md'
      }
    ])
  }
  const loaded = loadPolicy(policyText, options.policyPath, { today })
  if (!loaded.ok) throw new InvalidPolicyError(loaded.errors)
  const plan = planPractices(loaded.loaded)
  const { workflows, problems } = await collectWorkflows(workspace)
  const api = options.api ? await collectApiEvidence(options.api, workflows) : { gaps: [] }
  const evidence: Evidence = {
    workspace,
    workflows,
    workflowProblems: problems,
    offline: options.api === undefined,
    today,
    reports: noReports,
    ...api,
    commands: await runCommands(plan, workspace)
  }
  return evaluate({ loaded: loaded.loaded, plan, evidence, mode: options.mode, policySource: 'head' })
}

/** Runs the policy's `command` practices one after another (they may share the checkout's state). */
async function runCommands(plan: PracticePlan, workspace: Workspace): Promise<Evidence['commands']> {
  const results = new Map<string, Awaited<ReturnType<typeof runCommand>>>()
  for (const practice of plan.practices) {
    if (practice.check !== commandCheck) continue
    const { command, timeout } = practice.options as { command: string; timeout: number }
    results.set(practice.id, await runCommand(command, workspace.root, timeout))
  }
  return results
}
