import { categoryLevels } from '../category-levels.js'
import { name } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/**
 * Each category's level against its target: its own target when that is higher than the model's. A category
 * with no judged practice reached "–" (its level would hold only vacuously); one below the first level "none".
 */
export function categories({ report }: SummaryContext): Block[] {
  const lines = categoryLevels(report)
  if (lines.length === 0) return []
  return [
    {
      name: 'categories',
      head: ['### Categories', '', '| category | reached | target | |', '|---|---|---|---|'],
      rows: lines.map(line => {
        const reached = !line.judged ? '–' : line.reached === null ? 'none' : name(line.reached)
        const met = !line.judged ? '➖' : line.met ? '✅' : '❌'
        return `| ${name(line.category)} | ${reached} | ${name(line.target)} | ${met} |`
      }),
      tail: []
    }
  ]
}
