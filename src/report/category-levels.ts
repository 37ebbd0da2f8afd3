import type { Status } from '../core/finding.js'
import type { Report } from '../evaluate/report.js'

/** Statuses that judge a practice: not-applicable and waived ones count for the levels but say nothing. */
const JUDGED: ReadonlySet<Status> = new Set<Status>(['pass', 'fail', 'unknown'])

/** One category's line of the profile, as the text report and the job summary show it. */
export interface CategoryLevel {
  category: string
  /** The level the category reached; null when not even the first level holds. */
  reached: string | null
  /**
   * Some practice of the category was judged. Without one, its level holds only vacuously (every practice is
   * not applicable, waived or off), and is shown as "–" rather than as a level it was never checked for.
   */
  judged: boolean
  /** The category's own target when higher than the model's, else the model's. */
  target: string
  met: boolean
}

export function categoryLevels(report: Report): CategoryLevel[] {
  const index = (level: string | null): number => (level === null ? -1 : report.levels.indexOf(level))
  return Object.entries(report.profile).map(([category, reached]) => {
    const explicit = report.targets[category]
    const target = explicit !== undefined && index(explicit) > index(report.target) ? explicit : report.target
    return {
      category,
      reached,
      judged: report.findings.some(f => f.category === category && JUDGED.has(f.status)),
      target,
      met: index(reached) >= index(target)
    }
  })
}
