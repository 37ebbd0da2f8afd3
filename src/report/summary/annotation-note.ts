import { plural } from '../format.js'
import { type Block, textBlock } from './block.js'
import type { SummaryContext } from './context.js'

/** Says which annotations GitHub's caps kept off the run page, so they are not taken for absent. */
export function annotationNote({ options }: SummaryContext): Block[] {
  const omitted = options.omittedAnnotations
  if (!omitted) return []
  const counts = (['error', 'warning', 'notice'] as const)
    .filter(level => omitted[level] > 0)
    .map(level => plural(omitted[level], level, `${level}s`))
  if (counts.length === 0) return []
  const hidden = omitted.error + omitted.warning + omitted.notice
  return [
    textBlock(
      'annotation note',
      `> [!NOTE]\n> GitHub shows at most 10 annotations of each kind per step: ${counts.join(', ')} ` +
        `${hidden === 1 ? 'appears' : 'appear'} only in this summary.`
    )
  ]
}
