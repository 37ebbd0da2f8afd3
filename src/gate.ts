import type { Report } from './report/report.js'

/** What both entries (action and CLI) hand to the shared pipeline. */
export interface GateOptions {
  /** Absolute path of the repository root. */
  root: string
  /** Policy path relative to root. */
  policyPath: string
  /** Overrides the policy's mode (action input `mode`). */
  mode?: 'enforce' | 'advise'
}

/** load policy → collect evidence → evaluate → report. No practices are registered yet. */
export async function runGate(options: GateOptions): Promise<Report> {
  return {
    version: 1,
    model: 'none',
    target: 'none',
    level: null,
    levelIndex: -1,
    levels: [],
    passed: true,
    mode: options.mode ?? 'advise',
    reason: 'no practices evaluated: the policy engine is not implemented yet',
    profile: {},
    targets: {},
    findings: [],
    regressions: [],
    policy: { path: options.policyPath, source: 'head' },
    evidence: { workflows: 0, run: false, offline: true }
  }
}
