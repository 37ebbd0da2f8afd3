import { codeSpan } from '../escape.js'
import { locationLabel, regressionItem, shortSha } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/** What held at the base commit and no longer holds, each where it happened. */
export function regressions(context: SummaryContext): Block[] {
  const { report } = context
  if (report.regressions.length === 0) return []
  return [
    {
      name: 'regressions',
      head: [`### Regressions against the base commit${shortSha(report.base.sha)}`],
      rows: report.regressions.map(r => {
        const head = r.head[0]
        const base = r.base[0]
        // A base location is a line of the base commit: no link, since links point into the head commit.
        const where = head
          ? ` (${context.location(head)})`
          : base
            ? ` (at the base commit: ${codeSpan(locationLabel(base))})`
            : ''
        return `- ${regressionItem(r, context.prose(r.message))}${where}`
      }),
      tail: []
    }
  ]
}
