import type { Status } from '../core/finding.js'
import type { Report } from '../evaluate/report.js'
import { isRequired } from './annotations.js'

/** DORA values as a record keeps them: a number, or `unknown` (never 0 for no signal). */
export type RecordedDora = Record<string, Record<string, number | 'unknown'>>

/**
 * One line of the history store (docs/history.md): one default-branch run. `schema` is bumped on any change
 * a reader of the previous version would misread; readers keep reading every version they know.
 */
export interface HistoryRecord {
  schema: 1
  commit: string
  /** ISO time of the run. */
  date: string
  run?: number
  model: string
  level: string | null
  /** Category → level reached. */
  categories: Record<string, string | null>
  /** Practice id → status. */
  practices: Record<string, Status>
  /** % of the practices the targets require that pass (or do not apply): waived ones are not held. */
  held: number
  /** Practices waived in this run. */
  waivers: string[]
  /** Production environment → metric → value, when the run measured them. */
  dora?: RecordedDora
}

export interface RunIdentity {
  commit: string
  date: string
  run?: number
  dora?: RecordedDora
}

export function historyRecord(report: Report, run: RunIdentity): HistoryRecord {
  const required = report.findings.filter(finding => isRequired(report, finding))
  const held = required.filter(f => f.status === 'pass' || f.status === 'not-applicable').length
  return {
    schema: 1,
    commit: run.commit,
    date: run.date,
    ...(run.run === undefined ? {} : { run: run.run }),
    model: report.model,
    level: report.level,
    categories: report.profile,
    practices: Object.fromEntries(report.findings.map(f => [f.practice, f.status])),
    held: required.length === 0 ? 100 : Math.round((1000 * held) / required.length) / 10,
    waivers: report.findings.filter(f => f.status === 'waived').map(f => f.practice),
    ...(run.dora === undefined ? {} : { dora: run.dora })
  }
}
