import type { DeployStatus } from './deploy-record.js'

export interface DeployOutcome {
  /** `created_at` of the earliest `success` status: when the deploy completed (never the deployment's updated_at). */
  succeededAt?: number
  /** `created_at` of the earliest `failure` or `error` status. */
  failedAt?: number
  /** The earlier of the two: when the deploy reached a terminal state. */
  completedAt?: number
}

/**
 * A deployment's outcome from its statuses. Statuses arrive in any order, and `inactive` (set when a later
 * deploy replaces this one) moves `updated_at` without saying anything about this deploy's success, so only
 * the earliest success and failure statuses count.
 */
export function deployOutcome(statuses: readonly DeployStatus[]): DeployOutcome {
  const earliest = (states: readonly string[]): number | undefined => {
    const times = statuses.filter(s => states.includes(s.state)).map(s => Date.parse(s.createdAt))
    return times.length === 0 ? undefined : Math.min(...times)
  }
  const succeededAt = earliest(['success'])
  const failedAt = earliest(['failure', 'error'])
  const terminal = [succeededAt, failedAt].filter((time): time is number => time !== undefined)
  return {
    ...(succeededAt === undefined ? {} : { succeededAt }),
    ...(failedAt === undefined ? {} : { failedAt }),
    ...(terminal.length === 0 ? {} : { completedAt: Math.min(...terminal) })
  }
}
