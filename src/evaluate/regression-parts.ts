import type { Regression } from './report.js'

/**
 * Regressions in words, practices counted apart from the drops they caused: "2 practices regressed", "the
 * level reached and category test-verification dropped". A level or category drop is not a practice, so
 * counting it as one would overstate what broke.
 */
export function regressionParts(regressions: ReadonlyArray<Pick<Regression, 'kind' | 'practice'>>): string[] {
  const practices = regressions.filter(r => r.kind === 'practice').length
  const categories = regressions.filter(r => r.kind === 'category').map(r => r.practice)
  const drops = [
    ...(regressions.some(r => r.kind === 'level') ? ['the level reached'] : []),
    ...(categories.length > 0
      ? [`${categories.length === 1 ? 'category' : 'categories'} ${categories.join(', ')}`]
      : [])
  ]
  return [
    ...(practices > 0 ? [`${practices} practice${practices === 1 ? '' : 's'} regressed`] : []),
    ...(drops.length > 0 ? [`${drops.join(' and ')} dropped`] : [])
  ]
}
