import { compareText } from '../core/compare-text.js'
import { genericChecks } from '../checks/index.js'
import type { LoadedPolicy } from '../policy/load.js'
import type { PracticeSettings } from '../policy/schema.js'
import { practicesById } from '../practices/index.js'
import type { Check } from '../checks/check.js'

/** A practice as this policy evaluates it: placed, titled, with its check and options (undefined check: not implemented). */
export interface EffectivePractice {
  id: string
  title: string
  level: string
  category: string
  check: Check | undefined
  options: Record<string, unknown>
}

export interface PracticePlan {
  practices: EffectivePractice[]
  /** Ids the policy turned off with `enabled: false`; listed in the report so nothing disappears silently. */
  disabled: string[]
}

/** Keys every practice entry may carry that are placement, not check options. */
const PLACEMENT_KEYS = new Set(['enabled', 'level', 'category', 'check', 'title'])

/** The model's practices as the policy moves, disables and adds to them, ordered by level then id. */
export function planPractices(loaded: LoadedPolicy): PracticePlan {
  const { model, policy } = loaded
  const settingsOf = (id: string): PracticeSettings => policy.practices[id] ?? {}
  const placed = model.practices.map(placement => {
    const settings = settingsOf(placement.id)
    const practice = practicesById.get(placement.id)
    const check = model.id === 'custom' ? genericChecks[settings.check ?? ''] : practice
    return {
      id: placement.id,
      title: settings.title ?? practice?.meta.title ?? placement.id,
      level: settings.level ?? placement.level,
      category: settings.category ?? placement.category,
      check,
      options: optionsOf(settings),
      enabled: settings.enabled !== false
    }
  })
  const placedIds = new Set(model.practices.map(p => p.id))
  const added = Object.keys(policy.practices)
    .filter(id => !placedIds.has(id))
    .map(id => {
      const settings = settingsOf(id)
      return {
        id,
        title: settings.title ?? id,
        level: settings.level ?? '',
        category: settings.category ?? '',
        check: genericChecks[settings.check ?? ''],
        options: optionsOf(settings),
        enabled: settings.enabled !== false
      }
    })
  const all = [...placed, ...added]
  const levelIndex = (level: string) => model.levels.indexOf(level)
  const practices = all
    .filter(p => p.enabled)
    .sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || compareText(a.id, b.id))
    .map(({ enabled: _enabled, ...practice }) => practice)
  const disabled = all
    .filter(p => !p.enabled)
    .map(p => p.id)
    .sort()
  return { practices, disabled }
}

function optionsOf(settings: PracticeSettings): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !PLACEMENT_KEYS.has(key)))
}
