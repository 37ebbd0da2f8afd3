import { escapeHtml, truncate } from '../escape.js'
import { NAME_MAX, plural } from '../format.js'
import { type Block, textBlock } from './block.js'
import type { SummaryContext } from './context.js'

/** Which policy was applied and what evidence the verdict rests on. */
export function footer({ report }: SummaryContext): Block {
  const evidence = report.evidence.offline
    ? 'offline: workflow files only'
    : report.evidence.run
      ? 'this run read through the API'
      : 'no run evidence'
  return textBlock(
    'footer',
    `<sub>policy ${escapeHtml(truncate(report.policy.path, NAME_MAX))} (${report.policy.source}) · ` +
      `${plural(report.evidence.workflows, 'workflow file', 'workflow files')} · ${evidence}</sub>`
  )
}
