import { planPractices } from './effective-practices.js'
import type { EffectivePractice } from './effective-practices.js'
import type { PolicyChange } from './report.js'
import { formatKeyPath } from '../policy/key-path.js'
import type { KeyPath } from '../policy/key-path.js'
import type { LoadedPolicy } from '../policy/load.js'
import type { Policy, PracticeSettings } from '../policy/schema.js'

/**
 * Policy trust (design §2.2): every way the head policy of a change differs from the base commit's, as a
 * weakening (the bar goes down: severity error, the caller downgrades it under `allow-policy-changes`) or a
 * strengthening (a notice), at the changed line of the head policy. Pure.
 *
 * What counts as weaker:
 * - target / a category target lowered or removed; a practice disabled, moved up a level or removed; mode
 *   enforce → advise; strict true → false; regression fail → warn → off; a new or extended waiver or
 *   attestation (both let a practice count as pass without evidence); `max-waiver-days` raised or removed;
 * - a threshold loosened in practice options, judged generically by key name: a numeric option named `min` or
 *   `min-*` is a floor (lowering it loosens), one named `max` or `max-*` a ceiling (raising it loosens) — this
 *   covers `min-tests`, coverage `min`, and the metric rules' `min`, `max`, `max-drop`, `max-rise`; relative
 *   bounds (`'2%'`) compare with relative bounds only. `new-metric: allow` appearing loosens;
 * - any other change of what the gate reads — a practice's check, category, job/report globs, a metric's
 *   direction, a command, an environment pattern — can lower the bar in ways no rule can order (a production
 *   regex that matches fewer names exempts those deploys; `jobs: ['*']` makes any job acceptance tests), so it
 *   is a weakening too, saying that it cannot be ordered. A person approves it with `allow-policy-changes`.
 * When the model (or a custom model's levels) changes, levels cannot be compared: that is one weakening and
 * level comparisons are skipped.
 */
export function comparePolicies(base: LoadedPolicy, head: LoadedPolicy): PolicyChange[] {
  return keyedPolicyChanges(base, head).map(keyed => keyed.change)
}

/** A policy change with the key path it was found at (locked keys are matched by path). */
export interface KeyedPolicyChange {
  path: KeyPath
  change: PolicyChange
}

/** comparePolicies, keeping each change's key path. */
export function keyedPolicyChanges(base: LoadedPolicy, head: LoadedPolicy): KeyedPolicyChange[] {
  const changes = new Changes(head)
  const sameModel = base.model.id === head.model.id
  const sameLevels = sameModel && sameList(base.model.levels, head.model.levels)
  if (!sameModel) {
    changes.weakened(
      ['model'],
      `model changed from ${base.model.id} to ${head.model.id}: levels cannot be compared`
    )
  } else if (!sameLevels) {
    changes.weakened(
      ['levels'],
      `levels changed from [${base.model.levels.join(', ')}] to [${head.model.levels.join(', ')}]: levels cannot be compared`
    )
  }
  if (sameLevels) {
    const rank = (level: string | undefined) => (level === undefined ? -1 : head.model.levels.indexOf(level))
    compareTargets(base, head, rank, changes)
  }
  compareSettings(base, head, changes)
  if (sameModel) comparePractices(base, head, sameLevels, changes)
  compareExpiring('waivers', 'waiver', base.policy.waivers, head.policy.waivers, changes)
  compareExpiring('attestations', 'attestation', base.policy.attestations, head.policy.attestations, changes)
  return changes.sorted()
}

/** Collects changes located in the head policy. */
class Changes {
  private readonly list: KeyedPolicyChange[] = []

  constructor(private readonly head: LoadedPolicy) {}

  weakened(path: KeyPath, message: string): void {
    const change = { kind: 'weakened', severity: 'error', message, location: this.head.locate(path) } as const
    this.list.push({ path, change })
  }

  strengthened(path: KeyPath, message: string): void {
    const change = {
      kind: 'strengthened',
      severity: 'notice',
      message,
      location: this.head.locate(path)
    } as const
    this.list.push({ path, change })
  }

  /** Either, by the sign of `direction` (negative: weaker); nothing when zero. */
  ordered(path: KeyPath, direction: number, message: string): void {
    if (direction < 0) this.weakened(path, message)
    if (direction > 0) this.strengthened(path, message)
  }

  sorted(): KeyedPolicyChange[] {
    return [...this.list].sort(
      ({ change: a }, { change: b }) =>
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.message.localeCompare(b.message)
    )
  }
}

function compareTargets(
  base: LoadedPolicy,
  head: LoadedPolicy,
  rank: (level: string | undefined) => number,
  changes: Changes
): void {
  const { target: from } = base.policy
  const { target: to } = head.policy
  changes.ordered(
    ['target'],
    rank(to) - rank(from),
    `target ${verb(rank(to) - rank(from))} from ${from} to ${to}`
  )
  const before = (base.policy.targets ?? {}) as Record<string, string>
  const after = (head.policy.targets ?? {}) as Record<string, string>
  for (const category of union(Object.keys(before), Object.keys(after))) {
    const path = ['targets', category]
    const [was, now] = [before[category], after[category]]
    if (now === undefined) changes.weakened(path, `category target ${category} removed (was ${was})`)
    else if (was === undefined) changes.strengthened(path, `category target ${category} added at ${now}`)
    else {
      const direction = rank(now) - rank(was)
      changes.ordered(path, direction, `category target ${category} ${verb(direction)} from ${was} to ${now}`)
    }
  }
}

/** Settings whose values are ordered from weakest to strongest. */
const ORDERED_SETTINGS = {
  mode: ['advise', 'enforce'],
  strict: [false, true],
  regression: ['off', 'warn', 'fail']
} as const

function compareSettings(base: LoadedPolicy, head: LoadedPolicy, changes: Changes): void {
  for (const [key, order] of Object.entries(ORDERED_SETTINGS)) {
    const setting = key as keyof typeof ORDERED_SETTINGS
    const [was, now] = [base.policy[setting], head.policy[setting]]
    const direction = (order as readonly unknown[]).indexOf(now) - (order as readonly unknown[]).indexOf(was)
    changes.ordered([setting], direction, `${setting} changed from ${String(was)} to ${String(now)}`)
  }
  compareMaxWaiverDays(base.policy['max-waiver-days'], head.policy['max-waiver-days'], changes)
  compareDora(base.policy.dora, head.policy.dora, changes)
  compareReview(base, head, changes)
  for (const kind of ['production', 'preproduction'] as const) {
    const [was, now] = [base.policy.environments[kind], head.policy.environments[kind]]
    if (was === now) continue
    changes.weakened(
      ['environments', kind],
      `environments.${kind} changed from /${was}/ to /${now}/: it decides which deploys count as ${kind}, ` +
        `and names it no longer matches escape the practices that guard ${kind}`
    )
  }
}

/** DORA thresholds gate too: one removed or loosened, or `breach` fail → warn, weakens the policy. */
function compareDora(base: Policy['dora'], head: Policy['dora'], changes: Changes): void {
  const direction = Number(head.breach === 'fail') - Number(base.breach === 'fail')
  changes.ordered(['dora', 'breach'], direction, `dora.breach changed from ${base.breach} to ${head.breach}`)
  const metrics = new Set([...Object.keys(base.thresholds), ...Object.keys(head.thresholds)])
  for (const metric of [...metrics] as Array<keyof Policy['dora']['thresholds']>) {
    const [was, now] = [base.thresholds[metric], head.thresholds[metric]]
    const path = ['dora', 'thresholds', metric]
    if (now === undefined) changes.weakened(path, `DORA threshold ${metric} removed (was ${show(was)})`)
    else if (was === undefined) changes.strengthened(path, `DORA threshold ${metric} added: ${show(now)}`)
    else {
      const bound = 'min' in now ? 'min' : 'max'
      const before = 'min' in was ? was.min : was.max
      const after = 'min' in now ? now.min : now.max
      compareThreshold([...path, bound], bound, before, after, changes)
    }
  }
}

/**
 * Who may approve a weakening (`policy-changes`) and which keys extending policies may not lower (`locked`)
 * guard the bar itself: any change of the first, and a lock removed, is a weakening; a lock added strengthens.
 */
function compareReview(base: LoadedPolicy, head: LoadedPolicy, changes: Changes): void {
  const [was, now] = [base.policy['policy-changes'], head.policy['policy-changes']]
  if (!sameValue(was, now)) {
    changes.weakened(
      ['policy-changes'],
      `policy-changes changed from ${show(was ?? 'none')} to ${show(now ?? 'none')}: it decides who may approve a weakening`
    )
  }
  const [before, after] = [base.policy.locked ?? [], head.policy.locked ?? []]
  for (const key of before.filter(lock => !after.includes(lock))) {
    changes.weakened(['locked'], `lock on ${key} removed`)
  }
  for (const key of after.filter(lock => !before.includes(lock))) {
    changes.strengthened(['locked'], `lock on ${key} added`)
  }
}

/** A longer limit, or none, lets longer waivers in: a weakening. */
function compareMaxWaiverDays(was: number | undefined, now: number | undefined, changes: Changes): void {
  if (was === now) return
  const days = (value: number | undefined) => (value === undefined ? 'no limit' : `${value} days`)
  const direction = (was ?? Infinity) - (now ?? Infinity)
  changes.ordered(
    [now === undefined ? 'waivers' : 'max-waiver-days'],
    Math.sign(direction),
    `max-waiver-days changed from ${days(was)} to ${days(now)}`
  )
}

function comparePractices(
  base: LoadedPolicy,
  head: LoadedPolicy,
  sameLevels: boolean,
  changes: Changes
): void {
  const [before, after] = [planPractices(base), planPractices(head)]
  const enabledBefore = new Map(before.practices.map(practice => [practice.id, practice]))
  const enabledAfter = new Map(after.practices.map(practice => [practice.id, practice]))
  const ids = union(
    [...enabledBefore.keys(), ...before.disabled],
    [...enabledAfter.keys(), ...after.disabled]
  )
  for (const id of ids) {
    const path = ['practices', id]
    const [was, now] = [enabledBefore.get(id), enabledAfter.get(id)]
    const disabledNow = after.disabled.includes(id)
    if (was && disabledNow) changes.weakened([...path, 'enabled'], `practice ${id} disabled`)
    else if (was && !now) changes.weakened(path, `practice ${id} removed`)
    else if (!was && now) {
      const how = before.disabled.includes(id) ? 're-enabled' : 'added'
      changes.strengthened(path, `practice ${id} ${how} at level ${now.level}`)
    } else if (was && now) {
      const checks = [checkName(base, id), checkName(head, id)] as const
      comparePractice({ was, now, checks }, head, sameLevels, changes)
    }
  }
}

/** The generic check a policy-defined practice names (`check:`); undefined for a built-in one. */
function checkName(loaded: LoadedPolicy, id: string): string | undefined {
  return (loaded.policy.practices[id] as PracticeSettings | undefined)?.check
}

interface PracticePair {
  was: EffectivePractice
  now: EffectivePractice
  /** `check:` at base and at head. */
  checks: readonly [string | undefined, string | undefined]
}

function comparePractice(
  { was, now, checks }: PracticePair,
  head: LoadedPolicy,
  sameLevels: boolean,
  changes: Changes
): void {
  const path = ['practices', was.id]
  const levels = head.model.levels
  if (sameLevels && was.level !== now.level) {
    const direction = levels.indexOf(was.level) - levels.indexOf(now.level)
    const moved = direction < 0 ? 'moved up' : 'moved down'
    changes.ordered(
      [...path, 'level'],
      direction,
      `practice ${was.id} ${moved} from ${was.level} to ${now.level}`
    )
  }
  if (was.category !== now.category) {
    changes.weakened(
      [...path, 'category'],
      `practice ${was.id} moved from category ${was.category} to ${now.category}: it no longer counts toward ` +
        `${was.category}'s target`
    )
  }
  if (checks[0] !== checks[1]) {
    changes.weakened([...path, 'check'], `practice ${was.id} check changed from ${checks[0]} to ${checks[1]}`)
  }
  compareOptions(path, was.options, now.options, changes)
}

/** Walks the options of one practice in both policies; see the module comment for how keys are judged. */
function compareOptions(path: KeyPath, was: unknown, now: unknown, changes: Changes): void {
  if (sameValue(was, now)) return
  const key = String(path.at(-1))
  const where = formatKeyPath(path)
  if (key === 'new-metric') {
    const [allowedBefore, allowedNow] = [was === 'allow', now === 'allow']
    const message = allowedNow
      ? `${where}: allow (a metric the baseline lacks no longer fails)`
      : `${where}: no longer allow (a metric the baseline lacks fails)`
    changes.ordered(path, Number(allowedBefore) - Number(allowedNow), message)
  } else if (isRecord(was) && isRecord(now)) {
    for (const child of union(Object.keys(was), Object.keys(now))) {
      compareOptions([...path, child], was[child], now[child], changes)
    }
  } else if (now === undefined) {
    changes.weakened(path, `${where} removed (was ${show(was)})`)
  } else if (was === undefined) {
    if (isRecord(now) ? hasThreshold(now) : isThreshold(key))
      changes.strengthened(path, `${where} added: ${show(now)}`)
    else changes.weakened(path, `${where} added: ${show(now)}; ${UNORDERED}`)
  } else if (isThreshold(key)) {
    compareThreshold(path, key, was, now, changes)
  } else {
    changes.weakened(path, `${where} changed from ${show(was)} to ${show(now)}; ${UNORDERED}`)
  }
}

const UNORDERED = 'this changes what the gate reads and may lower the bar'

function isThreshold(key: string): boolean {
  return /^(min|max)(-|$)/.test(key)
}

function hasThreshold(value: Record<string, unknown>): boolean {
  return Object.entries(value).some(
    ([key, child]) => isThreshold(key) || (isRecord(child) && hasThreshold(child))
  )
}

function compareThreshold(path: KeyPath, key: string, was: unknown, now: unknown, changes: Changes): void {
  const where = formatKeyPath(path)
  const [from, to] = [boundOf(was), boundOf(now)]
  if (from === undefined || to === undefined || from.relative !== to.relative) {
    changes.weakened(path, `${where} changed from ${show(was)} to ${show(now)}: the bounds cannot be ordered`)
    return
  }
  const floor = key.startsWith('min')
  const direction = floor ? to.value - from.value : from.value - to.value
  const moved = to.value < from.value ? 'lowered' : 'raised'
  changes.ordered(path, direction, `${where} ${moved} from ${show(was)} to ${show(now)}`)
}

/** A number, or a relative bound such as `'10%'`. */
function boundOf(value: unknown): { value: number; relative: boolean } | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { value, relative: false }
  const match = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null
  return match ? { value: Number(match[1]), relative: true } : undefined
}

interface Expiring {
  practice: string
  expires: string
}

/** Waivers and attestations: keyed by practice, the latest expiry of each counts. */
function compareExpiring(
  key: 'waivers' | 'attestations',
  noun: string,
  before: readonly Expiring[],
  after: readonly Expiring[],
  changes: Changes
): void {
  const latest = (items: readonly Expiring[]) => {
    const byPractice = new Map<string, { expires: string; index: number }>()
    items.forEach((item, index) => {
      const known = byPractice.get(item.practice)
      if (!known || item.expires > known.expires)
        byPractice.set(item.practice, { expires: item.expires, index })
    })
    return byPractice
  }
  const [was, now] = [latest(before), latest(after)]
  for (const practice of union([...was.keys()], [...now.keys()])) {
    const [from, to] = [was.get(practice), now.get(practice)]
    if (!to) changes.strengthened([key], `${noun} for ${practice} removed (was until ${from?.expires})`)
    else if (!from) changes.weakened([key, to.index], `new ${noun} for ${practice} until ${to.expires}`)
    else if (to.expires !== from.expires) {
      const extended = to.expires > from.expires
      changes.ordered(
        [key, to.index, 'expires'],
        extended ? -1 : 1,
        `${noun} for ${practice} ${extended ? 'extended' : 'shortened'} from ${from.expires} to ${to.expires}`
      )
    }
  }
}

function verb(direction: number): string {
  return direction < 0 ? 'lowered' : 'raised'
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])]
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function show(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
