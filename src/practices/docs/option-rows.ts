import { z } from 'zod'
import { tableCell } from './table-cell.js'

/** The rows of a Markdown table of a practice's options: key, type, default and meaning, from the zod shape. */
export function optionRows(shape: Record<string, z.ZodType>): string[] {
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
