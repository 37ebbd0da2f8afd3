import type { Location } from '../core/finding.js'
import { countsAsPass } from '../evaluate/levels.js'
import type { Report } from '../evaluate/report.js'
import { isRequired } from './annotations.js'
import { codeSpan } from './escape.js'
import { explanation } from './explanation.js'
import {
  capped,
  locationLabel,
  name,
  policyChangeItem,
  prose,
  regressionItem,
  STATUS_ICON
} from './format.js'
import { summaryHeadline } from './summary-headline.js'

/** The hidden first line the action looks for to update its own comment instead of adding another. */
export const COMMENT_MARKER = '<!-- maturity-gate -->'

export interface CommentOptions {
  /** The workflow run whose job summary has the full report. */
  runUrl?: string
}

/** Items per list; the run's summary has the rest. */
const LIST_MAX = 20
const TEXT_MAX = 300

/**
 * The sticky pull-request comment: the summary's short form — verdict, what blocks the target, regressions
 * and policy changes — so a reviewer sees the gate's view without opening the run.
 */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const blocking = report.findings
    .filter(f => isRequired(report, f) && !countsAsPass(f.status))
    .map(
      f =>
        `${STATUS_ICON[f.status]} **${name(f.practice)}** (${name(f.level)}) — ${prose(f.message, TEXT_MAX)}${at(f.locations[0])}`
    )
  const regressions = report.regressions.map(r => regressionItem(r, prose(r.message, TEXT_MAX)))
  const changes = report.policyChanges.map(
    c => `${policyChangeItem(c, prose(c.message, TEXT_MAX))}${at(c.location)}`
  )
  const sections = [
    COMMENT_MARKER,
    `${summaryHeadline(report, 3)}\n\n${explanation(report)}`,
    list(`Blocking ${name(report.target)}`, blocking),
    list('Regressions against the base commit', regressions),
    list('Policy changes', changes),
    options.runUrl ? `[Full report in the run's summary](${options.runUrl})` : ''
  ]
  return `${sections.filter(Boolean).join('\n\n')}\n`
}

function list(title: string, items: string[]): string {
  if (items.length === 0) return ''
  const shown = capped(items, LIST_MAX, count => `… ${count} more in the run's summary`)
  return `**${title}**\n${shown.map(item => `- ${item}`).join('\n')}`
}

function at(location: Location | undefined): string {
  return location ? ` (${codeSpan(locationLabel(location))})` : ''
}
