import { deployOutcome } from '../evidence/deploy-outcome.js'
import type { DeployOutcome } from '../evidence/deploy-outcome.js'
import type { DeployHistory, DeployRecord } from '../evidence/deploy-record.js'
import { doraBucket } from './dora-bucket.js'

/** A measured value with its DORA survey answer, or `unknown` with the reason: never a 0 that was not seen. */
export type DoraValue =
  { status: 'known'; value: number; bucket: string; basis: number } | { status: 'unknown'; reason: string }

export interface DoraEnvironment {
  environment: string
  /** Successful deploys completed in the window; `value` is per day. */
  deploymentFrequency: DoraValue
  /** Commit → completion of the deploy that first shipped it, in hours: median (`value`) and p90. */
  leadTime: DoraValue & { p90?: number }
  /** % of the window's completed deploys that failed. */
  changeFailRate: DoraValue
  /** Failed deploy → next good deploy, median hours. */
  recoveryTime: DoraValue
  /** % of the window's completed deploys that were hotfixes or re-deploys of an earlier SHA. */
  reworkRate: DoraValue
}

export interface Dora {
  windowDays: number
  since: string
  until: string
  /** Where the deploys were read: `Deployments`, or `deploy-job runs of <workflow files>`. */
  source: string
  environments: DoraEnvironment[]
  /** Why there is no environment to measure (no deployments, or the history could not be read). */
  unknown?: string
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const REVERT = /^Revert "/
const HOTFIX = /hotfix/i

interface Judged {
  record: DeployRecord
  outcome: DeployOutcome
  inWindow: boolean
  rework: boolean
  failed: boolean
}

/**
 * DORA's five metrics for each production environment over the window (docs/history.md has the method and
 * its limits). Pure: it reads deployments already collected, each with its statuses and compare range.
 */
export function dora(history: DeployHistory): Dora {
  const since = Date.parse(history.since)
  const until = Date.parse(history.until)
  const windowDays = Math.round((until - since) / DAY)
  const base = { windowDays, since: history.since, until: history.until, source: history.source }
  if (history.gap !== undefined) return { ...base, environments: [], unknown: history.gap }
  const names = [...new Set(history.deployments.map(d => d.environment))].sort()
  if (names.length === 0) {
    return { ...base, environments: [], unknown: history.none ?? 'no deployment to a production environment' }
  }
  const environments = names.map(name =>
    environment(
      name,
      history.deployments.filter(d => d.environment === name),
      since,
      until
    )
  )
  return { ...base, environments }
}

function environment(name: string, records: DeployRecord[], since: number, until: number): DoraEnvironment {
  const judged = judge(records, since, until)
  const done = judged.filter(j => j.inWindow)
  const shipped = done.filter(j => j.outcome.succeededAt !== undefined)
  const days = (until - since) / DAY
  return {
    environment: name,
    deploymentFrequency:
      judged.length === 0
        ? unknown('no deployment completed (no success or failure status)')
        : frequency(shipped.length, days),
    leadTime: leadTime(judged),
    changeFailRate: rate(done, j => j.failed),
    recoveryTime: recoveryTime(judged),
    reworkRate: rate(done, j => j.rework)
  }
}

/** None in the window is a measurement, but only says "fewer than once in the window". */
function frequency(count: number, days: number): DoraValue {
  const perDay = count / days
  const bucket = count === 0 ? `none in the ${Math.round(days)}-day window` : doraBucket('frequency', perDay)
  return known(perDay, bucket, count)
}

/** Each deploy's outcome, and whether it was rework or failed, in order of completion. */
function judge(records: DeployRecord[], since: number, until: number): Judged[] {
  const ordered = records
    .map(record => ({ record, outcome: deployOutcome(record.statuses) }))
    .filter(d => d.outcome.completedAt !== undefined)
    .sort((a, b) => (a.outcome.completedAt ?? 0) - (b.outcome.completedAt ?? 0) || a.record.id - b.record.id)
  const shippedShas = new Set<string>()
  const rows = ordered.map(({ record, outcome }, index) => {
    const earlier = ordered.slice(0, index).filter(d => d.outcome.succeededAt !== undefined)
    const previous = earlier.at(-1)
    const redeploy = shippedShas.has(record.sha)
    if (outcome.succeededAt !== undefined) shippedShas.add(record.sha)
    const completedAt = outcome.completedAt ?? 0
    return {
      record,
      outcome,
      inWindow: completedAt >= since && completedAt <= until,
      rework: redeploy || HOTFIX.test(`${record.ref} ${record.task} ${record.description}`),
      // A rollback (an earlier SHA shipped again) marks the deploy it replaced, not itself.
      rollback: redeploy && previous !== undefined && previous.record.sha !== record.sha,
      failed: outcome.failedAt !== undefined
    }
  })
  return rows.map((row, index) => {
    const next = rows.slice(index + 1).find(r => r.outcome.succeededAt !== undefined)
    const undone =
      row.outcome.succeededAt !== undefined &&
      next !== undefined &&
      (next.rollback || (next.record.commits ?? []).some(commit => REVERT.test(commit.subject)))
    return { ...row, failed: row.failed || undone }
  })
}

/** Commit time → completion of the first successful deploy that shipped the commit. */
function leadTime(judged: Judged[]): DoraEnvironment['leadTime'] {
  const seen = new Set<string>()
  const hours: number[] = []
  for (const { record, outcome, inWindow } of judged) {
    if (outcome.succeededAt === undefined) continue
    for (const commit of record.commits ?? []) {
      if (seen.has(commit.sha)) continue
      seen.add(commit.sha)
      if (inWindow) hours.push((outcome.succeededAt - Date.parse(commit.date)) / HOUR)
    }
  }
  if (hours.length === 0) {
    return unknown('no commit range between two successful deploys in the window')
  }
  const median = quantile(hours, 0.5)
  return { ...known(median, doraBucket('duration', median * HOUR), hours.length), p90: quantile(hours, 0.9) }
}

/** Failed deploy (its completion) → the next successful deploy that did not fail itself. */
function recoveryTime(judged: Judged[]): DoraValue {
  const failed = judged.filter(j => j.inWindow && j.failed)
  if (failed.length === 0) return unknown('no failed deployment in the window')
  const hours = failed.flatMap(f => {
    const start = f.outcome.completedAt ?? 0
    const good = judged.find(
      j => !j.failed && j.outcome.succeededAt !== undefined && j.outcome.succeededAt > start
    )
    return good?.outcome.succeededAt === undefined ? [] : [(good.outcome.succeededAt - start) / HOUR]
  })
  if (hours.length === 0) return unknown('no good deployment followed a failed one yet')
  const median = quantile(hours, 0.5)
  return known(median, doraBucket('duration', median * HOUR), hours.length)
}

function rate(done: Judged[], counts: (j: Judged) => boolean): DoraValue {
  if (done.length === 0) return unknown('no deployment completed in the window')
  const percent = (100 * done.filter(counts).length) / done.length
  return known(percent, doraBucket('rate', percent), done.length)
}

/** Median for 0.5 (the mean of the two middle values when even), else the nearest-rank quantile. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  if (q === 0.5 && n % 2 === 0) return ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2
  return sorted[Math.max(0, Math.ceil(q * n) - 1)] ?? 0
}

function known(value: number, bucket: string, basis: number): DoraValue & { status: 'known' } {
  return { status: 'known', value, bucket, basis }
}

function unknown(reason: string): DoraValue & { status: 'unknown' } {
  return { status: 'unknown', reason }
}
