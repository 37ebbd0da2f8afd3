import type { Location } from '../core/finding.js'
import { daysBetween } from '../core/days-between.js'
import type { Expiry } from './report.js'

interface Dated {
  practice: string
  expires: string
  /** The `expires:` line, where a renewal or a lapse is fixed. */
  expiresAt?: Location
}

export interface DatedEntries<W extends Dated, A extends Dated> {
  /** Waivers and attestations still in force today (their `expires` day included). */
  waivers: W[]
  attestations: A[]
  /** Those near their expiry and those past it, for the report to say so. */
  expiries: Expiry[]
}

/**
 * Splits waivers and attestations by today's date. One past its date lapses — the practice is judged as if it
 * were not there, with a notice — rather than making the policy invalid: a date passing overnight must not turn
 * a green main branch red with a policy error. One within `warningDays` of its date is a warning ahead of it.
 */
export function splitByExpiry<W extends Dated, A extends Dated>(
  entries: { waivers: readonly W[]; attestations: readonly A[] },
  today: string,
  warningDays: number
): DatedEntries<W, A> {
  const expiries: Expiry[] = []
  const keep = <T extends Dated>(kind: Expiry['kind'], items: readonly T[]): T[] =>
    items.filter(item => {
      const days = daysBetween(today, item.expires)
      if (days < 0 || days <= warningDays) expiries.push(expiry(kind, item, days))
      return days >= 0
    })
  return {
    waivers: keep('waiver', entries.waivers),
    attestations: keep('attestation', entries.attestations),
    expiries
  }
}

function expiry(kind: Expiry['kind'], item: Dated, days: number): Expiry {
  const what = `the ${kind} for ${item.practice}`
  const message =
    days < 0
      ? `${what} expired on ${item.expires} and has lapsed: the practice is judged normally; renew it with a later date and a reason, or remove it`
      : `${what} expires ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`} (${item.expires}): make the practice hold, or renew the ${kind} with a later date and a reason`
  return {
    kind,
    practice: item.practice,
    expires: item.expires,
    state: days < 0 ? 'lapsed' : 'expiring',
    days,
    message,
    ...(item.expiresAt ? { location: item.expiresAt } : {})
  }
}
