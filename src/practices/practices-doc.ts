import { z } from 'zod'
import { builtInModels } from '../models/index.js'
import { practicesById } from './index.js'

/**
 * docs/practices.md, generated from the models and each practice's meta so the docs cannot drift from the
 * code (a test regenerates it and fails when the committed file differs). Pure: the caller writes the file.
 */
export function renderPracticesDoc(disagreements: Readonly<Record<string, string>>): string {
  const lines = [
    '# Practices',
    '',
    '<!-- Generated from src/models and src/practices by `UPDATE_GOLDEN=1 npm test -- practices/registry`. Do not edit. -->',
    '',
    'Each practice is judged by a pure check over the evidence (design §3). Every entry below gives where the',
    'practice sits in its model, why, the message ids its findings carry, and the options a policy may set under',
    '`practices.<id>` (besides `enabled`, `level` and `category`, which every practice accepts).',
    ''
  ]
  for (const model of Object.values(builtInModels)) {
    lines.push(`## \`${model.id}\` — ${model.title}`, '', `Source: ${model.source}.`, '')
    lines.push('| level | practice | category |', '| --- | --- | --- |')
    for (const placement of model.practices) {
      lines.push(`| ${placement.level} | [\`${placement.id}\`](#${placement.id}) | ${placement.category} |`)
    }
    lines.push('')
    for (const placement of model.practices)
      lines.push(...practiceSection(placement.id, placement.level, placement.category))
  }
  lines.push('## Where the verdicts differ from the corpus labels', '')
  lines.push(
    'The practices are tried on real pipelines (`__tests__/fixtures/corpus`, hand-labelled). Where a verdict and a',
    'label differ, this is why:',
    ''
  )
  const keys = Object.keys(disagreements).sort()
  if (keys.length === 0) lines.push('None: every clear label agrees.', '')
  for (const key of keys) lines.push(`- **${key}** — ${disagreements[key]}`)
  return `${lines.join('\n').trimEnd()}\n`
}

function practiceSection(id: string, level: string, category: string): string[] {
  const practice = practicesById.get(id)
  const lines = [`### ${id}`, '']
  if (!practice) {
    return [...lines, `*${level} · ${category}* — not judged by this version yet: reported \`unknown\`.`, '']
  }
  lines.push(`**${practice.meta.title}** — *${level} · ${category}*`, '', practice.meta.rationale, '')
  lines.push(
    'Messages: ' +
      Object.keys(practice.meta.messages)
        .map(m => `\`${m}\``)
        .join(', '),
    ''
  )
  const options = optionRows(practice.meta.options)
  if (options.length > 0)
    lines.push('| option | type | default | meaning |', '| --- | --- | --- | --- |', ...options, '')
  return lines
}

function optionRows(shape: Record<string, z.ZodType>): string[] {
  if (Object.keys(shape).length === 0) return []
  const schema = z.toJSONSchema(z.object(shape), { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { type?: string; default?: unknown; description?: string }>
  }
  return Object.entries(schema.properties).map(([key, property]) => {
    const fallback = property.default === undefined ? '' : `\`${JSON.stringify(property.default)}\``
    const cells = [`\`${key}\``, property.type ?? 'see schema', fallback, property.description ?? '']
    return `| ${cells.map(tableCell).join(' | ')} |`
  })
}

/** A pipe inside a table cell ends the cell, even within a code span, unless it is escaped. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
