import type { Dora } from './dora.js'
import type { RunGap } from '../evidence/run-evidence.js'
import type { Finding, Location } from '../core/finding.js'

/** One practice's verdict as the report shows it: the finding plus where the practice sits in the model. */
export interface ReportFinding extends Finding {
  title: string
  level: string
  category: string
}

/** Something that held at the base commit and no longer holds (policy `regression: fail|warn`). */
export interface Regression {
  /** practice: one practice no longer counts as pass; level/category: the staged or a category's level dropped. */
  kind: 'practice' | 'level' | 'category'
  /** The practice id; for kind `category` the category; for kind `level` the empty string. */
  practice: string
  severity: 'error' | 'warning'
  message: string
  base: Location[]
  head: Location[]
}

/** Whether the verdict was compared with a base commit, and if not why (never a silent "no regressions"). */
export interface BaseComparison {
  /** compared: regressions were computed; unknown: a base was wanted but could not be read; none: no base. */
  status: 'compared' | 'unknown' | 'none'
  sha?: string
  reason: string
}

/** A change of the policy in this pull request, judged against the base commit's policy (design §2.2). */
export interface PolicyChange {
  /** weakened: lowers the bar (fatal in enforce mode unless allowed); strengthened: raises it (a notice). */
  kind: 'weakened' | 'strengthened'
  severity: 'error' | 'warning' | 'notice'
  /** What changed, e.g. `target lowered from advanced to beginner`. */
  message: string
  /** The changed line in the head policy (or workflow, for changes to the gate's own step). */
  location: Location
}

/**
 * A waiver or attestation near its expiry (`expiring`: a warning) or past it (`lapsed`: a notice; the practice
 * is judged as if it were not there).
 */
export interface Expiry {
  kind: 'waiver' | 'attestation'
  practice: string
  /** YYYY-MM-DD, as written in the policy. */
  expires: string
  state: 'expiring' | 'lapsed'
  /** Days from today to `expires`: 0 on its last day, negative once lapsed. */
  days: number
  message: string
  /** The entry in the policy. */
  location?: Location
}

/** One DORA threshold of the policy judged for one production environment (policy `dora.thresholds`). */
export interface DoraCheck {
  /** The threshold's key: deployment-frequency, lead-time, change-fail-rate, recovery-time, rework-rate. */
  metric: string
  /** The production environment measured; null when no environment could be measured. */
  environment: string | null
  /** broken: the value is past the threshold; unknown: no value was measured, so nothing is judged. */
  status: 'pass' | 'broken' | 'unknown'
  /** What a broken threshold is (policy `dora.breach`): error fails the gate, warning does not. */
  severity: 'error' | 'warning'
  message: string
  /** The threshold in the policy. */
  location: Location
}

/** One job of the pipeline as the summary draws it (Mermaid graph and table). */
export interface PipelineJob {
  workflow: string
  /** Job id (`caller/callee` for jobs inlined from a reusable workflow). */
  id: string
  name: string
  /** Ids of the jobs it needs, in the same workflow. */
  needs: string[]
  environment?: string
  environmentClass?: 'production' | 'preproduction' | 'other' | 'unresolved'
  /** What the job does, from the catalog: build, unit-test, deploy, … */
  stages: string[]
  /** This run's outcome, when run evidence was read: the API's conclusion, or null while in progress. */
  run?: { conclusion: string | null; durationSeconds: number | null }
  location: Location
}

/**
 * The whole verdict of one gate run; `maturity-report.json` is this value serialised (docs/report-format.md).
 * Version 1 of the format; bump `version` on any incompatible change.
 */
export interface Report {
  version: 1
  model: string
  target: string
  /** Name of the level reached, null when not even the first level holds. */
  level: string | null
  /** Index of `level` in the model's levels, -1 when null. */
  levelIndex: number
  levels: string[]
  passed: boolean
  mode: 'enforce' | 'advise'
  /** One line saying why the gate passed or failed. */
  reason: string
  profile: Record<string, string | null>
  targets: Record<string, string>
  findings: ReportFinding[]
  /** Practices the policy turned off (`enabled: false`). */
  disabled: string[]
  /** Waivers and attestations near their expiry or lapsed (`waiver-warning-days` ahead). */
  expiries: Expiry[]
  /**
   * Evidence that could not be read (a broken workflow file), or may not be read in time (a judged job the gate
   * job does not need): shown as warnings, never silently dropped. `title` names the kind when it is not the
   * first.
   */
  warnings: Array<{ message: string; location?: Location; title?: string }>
  regressions: Regression[]
  policyChanges: PolicyChange[]
  /**
   * DORA's metrics as measured for the policy's thresholds, and each threshold's verdict; absent when the
   * policy sets none.
   */
  dora?: { metrics: Dora; checks: DoraCheck[] }
  base: BaseComparison
  /** API evidence that could not be read, each naming the `permissions:` entry it needs. */
  gaps: RunGap[]
  pipeline: PipelineJob[]
  policy: { path: string; source: 'head' | 'base' }
  evidence: {
    workflows: number
    run: boolean
    offline: boolean
    /** Practices `unknown` only because the GitHub API was not read (offline: no token, or `--offline`). */
    needsApi: string[]
    /** The gate failed only for want of the API: with those practices holding it would pass (CLI exit 3). */
    onlyApiMissing: boolean
  }
}
