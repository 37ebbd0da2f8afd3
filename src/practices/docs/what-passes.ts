import type { Practice } from '../practice.js'
import { optionRows } from './option-rows.js'
import { practiceEvidence } from './practice-evidence.js'
import { purposeRules } from './purpose-rules.js'

/** The heading that opens the block, in docs/practices.md and in `maturity-gate explain`. */
export const WHAT_PASSES_HEADING = '#### What passes'

/**
 * What evidence passes a practice, generated from the catalog and the practice's options, as Markdown: the one
 * block both docs/practices.md and `maturity-gate explain` show, so the two cannot say different things.
 */
export function whatPasses(practice: Practice): string {
  const { id, options } = practice.meta
  const reads = practiceEvidence[id] ?? { purposes: [] }
  const lines = [WHAT_PASSES_HEADING, '']
  if (reads.also) lines.push(`From GitHub: ${reads.also}.`, '')
  if (reads.files) {
    const keys = reads.files.map(key => `\`${key}\``).join(' and ')
    lines.push(`Workspace files: those matching its ${keys} option (default and formats below).`, '')
  }
  if (reads.definitions) lines.push(`Repository files: ${reads.definitions}.`, '')
  for (const purpose of reads.purposes) {
    lines.push(
      `Jobs read as \`${purpose}\`: a step's command (also one its package.json, Makefile, justfile or ` +
        'Taskfile target runs) or action matches a rule below, else its step or job name does:',
      '',
      ...purposeRules(purpose),
      ''
    )
  }
  const rows = optionRows(options)
  if (rows.length > 0) {
    lines.push('Options (`practices.' + id + '.<option>` in the policy):', '')
    lines.push('| option | type | default | meaning |', '| --- | --- | --- | --- |', ...rows, '')
  }
  const named = practice.meta.namedJobs ?? []
  if (named.length > 0) {
    const as = named.map(purpose => `\`${purpose}\``).join(', ')
    lines.push(`A job the \`jobs\` option names is read as ${as}, by rule \`policy-jobs\`.`, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
