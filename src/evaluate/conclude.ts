import type { BaseComparison, PolicyChange, Regression, Report } from './report.js'
import { decideGate } from './levels.js'

export interface Comparison {
  regressions?: Regression[]
  policyChanges?: PolicyChange[]
  comparison: BaseComparison
}

/**
 * Folds the comparison with the base commit into the verdict: regressions of severity error, policy changes
 * of severity error (weakenings, gate tampering) and DORA thresholds broken with `dora.breach: fail` fail the
 * gate like a practice below target does.
 */
export function conclude(report: Report, extra: Comparison): Report {
  const regressions = extra.regressions ?? []
  const policyChanges = extra.policyChanges ?? []
  const decision = decideGate({
    levels: report.levels,
    categories: Object.keys(report.profile),
    findings: report.findings,
    target: report.target,
    targets: report.targets,
    fatalRegressions: regressions.filter(r => r.severity === 'error'),
    fatalPolicyChanges: policyChanges.filter(c => c.severity === 'error').length,
    brokenDoraThresholds: (report.dora?.checks ?? []).filter(
      c => c.status === 'broken' && c.severity === 'error'
    ).length,
    needsApi: report.evidence.needsApi
  })
  return {
    ...report,
    passed: decision.passed,
    reason: decision.reason,
    evidence: { ...report.evidence, onlyApiMissing: decision.onlyApiMissing },
    regressions,
    policyChanges,
    base: extra.comparison
  }
}
