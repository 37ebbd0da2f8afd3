import type { Location } from '../core/finding.js'
import type { Regression, Report, ReportFinding } from './report.js'
import { countsAsPass } from './levels.js'

/**
 * Regressions against the base commit (design §1 gate, policy key `regression`): what held at the base and no
 * longer holds at the head, judged under the same policy. Pure: the caller evaluates both commits.
 * A practice the head does not evaluate at all (disabled or removed by the head policy) is no regression of
 * the pipeline; the policy comparison (src/evaluate/policy-trust.ts) reports that change.
 */

export type RegressionSetting = 'fail' | 'warn' | 'off'

const SEVERITY: Record<Exclude<RegressionSetting, 'off'>, Regression['severity']> = {
  fail: 'error',
  warn: 'warning'
}

/** Practices that counted as pass (pass, not-applicable, waived) at base and do not at head, in head order. */
export function findRegressions(
  base: readonly ReportFinding[],
  head: readonly ReportFinding[],
  setting: RegressionSetting
): Regression[] {
  if (setting === 'off') return []
  const atBase = new Map(base.map(finding => [finding.practice, finding]))
  return lostPractices(atBase, head).map(({ before, now }) => ({
    kind: 'practice',
    practice: now.practice,
    severity: SEVERITY[setting],
    message: `${now.practice} held at the base commit (${before.status}) and is ${now.status} now: ${now.message}`,
    base: before.locations,
    head: now.locations
  }))
}

/** Drops of the staged level and of each category's level from base to head, with the practices that caused them. */
export function compareLevels(base: Report, head: Report, setting: RegressionSetting): Regression[] {
  if (setting === 'off') return []
  const index = (level: string | null | undefined) => (level ? head.levels.indexOf(level) : -1)
  const drops: Array<{
    kind: 'level' | 'category'
    category?: string
    from: string | null
    to: string | null
  }> = []
  if (index(base.level) > index(head.level)) drops.push({ kind: 'level', from: base.level, to: head.level })
  for (const category of Object.keys(head.profile)) {
    const from = base.profile[category] ?? null
    const to = head.profile[category] ?? null
    if (index(from) > index(to)) drops.push({ kind: 'category', category, from, to })
  }
  const atBase = new Map(base.findings.map(finding => [finding.practice, finding]))
  return drops.map(drop => {
    const ceiling = index(drop.from)
    const causes = lostPractices(atBase, head.findings).filter(
      ({ now }) =>
        index(now.level) <= ceiling && (drop.category === undefined || now.category === drop.category)
    )
    const what = drop.category === undefined ? 'the level' : `category ${drop.category}`
    const because =
      causes.length === 0 ? '' : `: ${causes.map(({ now }) => now.practice).join(', ')} no longer held`
    return {
      kind: drop.kind,
      practice: drop.category ?? '',
      severity: SEVERITY[setting],
      message: `${what} dropped from ${drop.from} at the base commit to ${drop.to ?? 'no level'}${because}`,
      base: causes.flatMap(({ before }) => before.locations),
      head: causes.flatMap(({ now }): Location[] => now.locations)
    }
  })
}

interface Lost {
  before: ReportFinding
  now: ReportFinding
}

function lostPractices(atBase: ReadonlyMap<string, ReportFinding>, head: readonly ReportFinding[]): Lost[] {
  return head.flatMap(now => {
    const before = atBase.get(now.practice)
    return before && countsAsPass(before.status) && !countsAsPass(now.status) ? [{ before, now }] : []
  })
}
