import { codeName, METRIC_VERDICT, name, num, percent, signed } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/** Every model metric the findings compared, candidate against baseline. */
export function metrics(context: SummaryContext): Block[] {
  const rows = context.report.findings.flatMap(f =>
    f.evidence.flatMap(item =>
      item.kind === 'metric'
        ? [
            `| ${name(f.practice)} | ${codeName(item.key, 'cell')} | ${num(item.candidate)} | ` +
              `${num(item.baseline)} | ${signed(item.delta)} | ${percent(item.relativeDelta)} | ` +
              `${context.cell(item.bound)} | ${METRIC_VERDICT[item.verdict]} |`
          ]
        : []
    )
  )
  if (rows.length === 0) return []
  return [
    {
      name: 'model metrics',
      head: [
        '### Model metrics',
        '',
        '| practice | metric | candidate | baseline | Δ | Δ % | bound | verdict |',
        '|---|---|--:|--:|--:|--:|---|---|'
      ],
      rows: context.capRows(rows),
      tail: []
    }
  ]
}
