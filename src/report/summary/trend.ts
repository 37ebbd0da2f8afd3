import { escapeMermaidLabel } from '../escape.js'
import { name } from '../format.js'
import { practiceChanges } from '../practice-changes.js'
import { changeText, levelPath } from '../trend-text.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/**
 * The trend over the history store's last records (policy `history:`): % of target practices held as a
 * Mermaid line, the levels reached, and every practice that changed status within the records. Records come
 * from a branch anyone with write access can edit, so each value is checked or escaped before it is drawn.
 */
export function trend(context: SummaryContext): Block[] {
  const records = context.options.history ?? []
  const first = records[0]
  const last = records.at(-1)
  if (first === undefined || last === undefined) return []
  const labels = records.map(r => `"${escapeMermaidLabel(r.commit.slice(0, 7))}"`)
  const held = records.map(r => (Number.isFinite(r.held) ? Math.min(100, Math.max(0, r.held)) : 0))
  const moved = practiceChanges(records).filter(c => c.changed || c.lostIn)
  const runs = `${records.length} default-branch run${records.length === 1 ? '' : 's'}`
  return [
    {
      name: 'trend',
      head: [
        '### Trend',
        '',
        `<sub>The last ${runs}, ${date(first.date)} to ${date(last.date)}, from the history store.</sub>`,
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Target practices held (%)"',
        `  x-axis [${labels.join(', ')}]`,
        '  y-axis "held %" 0 --> 100',
        `  line [${held.join(', ')}]`,
        '```',
        '',
        `Level: ${name(levelPath(records))}`,
        ...(moved.length === 0
          ? ['', 'No practice changed status over these runs.']
          : ['', '| practice | status | since |', '|---|---|---|'])
      ],
      rows: context.capRows(
        moved.map(c => `| ${name(c.practice)} | ${name(c.status)} | ${context.cell(changeText(c))} |`)
      ),
      tail: []
    }
  ]
}

function date(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : 'an unknown date'
}
