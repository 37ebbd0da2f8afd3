import type { EvidenceItem, Location, Status, Strength } from '../finding.js'

/** One practice's verdict as the report shows it: the finding plus where the practice sits in the model. */
export interface ReportFinding {
  practice: string
  title: string
  level: string
  category: string
  status: Status
  strength: Strength
  messageId: string
  message: string
  evidence: EvidenceItem[]
  locations: Location[]
  remediation: string
}

export interface Regression {
  practice: string
  severity: 'error' | 'warning'
  message: string
  base: Location[]
  head: Location[]
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
  /** Evidence that could not be read (a broken workflow file): shown as warnings, never silently dropped. */
  warnings: Array<{ message: string; location?: Location }>
  regressions: Regression[]
  policy: { path: string; source: 'head' | 'base' }
  evidence: { workflows: number; run: boolean; offline: boolean }
}
