import { name } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/** Each category's level against its target: its own target when that is higher than the model's. */
export function categories({ report }: SummaryContext): Block[] {
  const entries = Object.entries(report.profile)
  if (entries.length === 0) return []
  const index = (level: string | null): number => (level === null ? -1 : report.levels.indexOf(level))
  return [
    {
      name: 'categories',
      head: ['### Categories', '', '| category | reached | target | |', '|---|---|---|---|'],
      rows: entries.map(([category, reached]) => {
        const explicit = report.targets[category]
        const target =
          explicit !== undefined && index(explicit) > index(report.target) ? explicit : report.target
        const met = index(reached) >= index(target) ? '✅' : '❌'
        return `| ${name(category)} | ${reached === null ? '–' : name(reached)} | ${name(target)} | ${met} |`
      }),
      tail: []
    }
  ]
}
