import { countsAsPass } from '../evaluate/levels.js'
import type { Report, ReportFinding } from '../evaluate/report.js'

/** The policy init writes, read off a report of the pipeline as it is today. */
export interface PolicyProposal {
  model: string
  /** The model's levels, lowest first. */
  levels: readonly string[]
  /** The highest level reached today, else the model's first level. */
  target: string
  /** False when not even the first level holds: the target is then a goal, not a description. */
  reached: boolean
  /** The level the gaps stand in front of: the one above the target, or the target itself when not reached. */
  next?: string
  /** Practices at `next` that do not count as pass. */
  gaps: ReportFinding[]
}

/** Proposes the level the pipeline reaches today as the target, so adopting the gate starts green. */
export function proposePolicy(report: Report): PolicyProposal {
  const reached = report.level !== null
  const first = report.levels[0] ?? ''
  const target = report.level ?? first
  const next = reached ? report.levels[report.levelIndex + 1] : first
  const gaps = report.findings.filter(finding => finding.level === next && !countsAsPass(finding.status))
  return { model: report.model, levels: report.levels, target, reached, next, gaps }
}
