import { permissionHint } from '../../evidence/permission-hint.js'
import { escapeMarkdown, inlineMarkdown } from '../escape.js'
import { nameList } from '../format.js'
import { type Block, textBlock } from './block.js'
import type { SummaryContext } from './context.js'

/**
 * Evidence that could not be read (broken or missing workflow files): placed under the headline, since every
 * verdict below rests on it.
 */
export function evidenceWarnings(context: SummaryContext): Block[] {
  const { report } = context
  if (report.warnings.length === 0) return []
  return [
    {
      name: 'unreadable evidence',
      head: ['### ⚠️ Evidence that could not be read'],
      rows: report.warnings.map(w => {
        const where = w.location ? ` (${context.location(w.location)})` : ''
        const title = w.title ? `**${escapeMarkdown(w.title)}**: ` : ''
        return `- ⚠️ ${title}${context.prose(w.message)}${where}`
      }),
      tail: []
    }
  ]
}

/** What the token could not read, waivers running out and what the policy turned off. */
export function warnings(context: SummaryContext): Block[] {
  const { report } = context
  const blocks: Block[] = []
  if (report.gaps.length > 0) {
    blocks.push({
      name: 'permission gaps',
      head: ['### Run evidence the token could not read'],
      rows: report.gaps.map(gap => {
        const status = gap.status === undefined ? '' : ` (HTTP ${gap.status})`
        return `- ❔ ${escapeMarkdown(gap.what)}: ${context.prose(gap.reason)}${status}. ${inlineMarkdown(permissionHint(gap))}`
      }),
      tail: []
    })
  }
  if (report.expiries.length > 0) {
    blocks.push({
      name: 'expiries',
      head: ['### Waivers and attestations running out'],
      rows: report.expiries.map(expiry => {
        const where = expiry.location ? ` (${context.location(expiry.location)})` : ''
        return `- ${expiry.state === 'lapsed' ? '⌛' : '⏳'} ${context.prose(expiry.message)}${where}`
      }),
      tail: []
    })
  }
  if (report.disabled.length > 0) {
    blocks.push(textBlock('disabled', `Turned off by the policy: ${nameList(report.disabled, 50)}.`))
  }
  return blocks
}
