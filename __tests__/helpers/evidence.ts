import type { Evidence } from '../../src/evidence/evidence.js'
import { noReports } from '../../src/evidence/no-reports.js'
import { collectWorkflows } from '../../src/evidence/workflows.js'
import { workspaceFromFiles } from '../../src/evidence/workspace-from-files.js'
import type { Finding } from '../../src/core/finding.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../../src/workflow/environment-class.js'
import { applyCheck } from '../../src/checks/apply-check.js'
import type { CheckContext } from '../../src/checks/check.js'
import type { Practice } from '../../src/practices/practice.js'

/** Evidence for a repository given as path → content, collected the way the gate collects it. */
export async function evidenceFrom(
  files: Record<string, string>,
  extra: Partial<Evidence> = {}
): Promise<Evidence> {
  const workspace = workspaceFromFiles(files)
  const { workflows, problems } = await collectWorkflows(workspace)
  return {
    workspace,
    workflows,
    workflowProblems: problems,
    offline: true,
    today: '2026-11-29',
    commands: new Map(),
    reports: noReports,
    gaps: [],
    atRef: () => Promise.resolve({ found: false, reason: 'no other commits in this test' }),
    ...extra
  }
}

export function contextFor(
  practice: string,
  evidence: Evidence,
  overrides: Partial<CheckContext> = {}
): CheckContext {
  return {
    practice,
    evidence,
    environments: DEFAULT_ENVIRONMENT_PATTERNS,
    strict: false,
    attestations: [],
    ...overrides
  }
}

/** Runs a built-in practice as evaluation does: its options parsed and defaulted from its shape. */
export async function judge(
  practice: Practice,
  files: Record<string, string>,
  options: Record<string, unknown> = {},
  extra: Partial<Evidence> = {}
): Promise<Finding> {
  const evidence = await evidenceFrom(files, extra)
  return applyCheck(practice, contextFor(practice.meta.id, evidence), options)
}

/** A workflow file under .github/workflows from an indented YAML literal. */
export function workflow(yaml: string, name = 'ci.yml'): Record<string, string> {
  return { [`.github/workflows/${name}`]: yaml }
}
