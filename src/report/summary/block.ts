/** A top-level Markdown block of the summary; `rows` are the part that may be cut (table rows, list items). */
export interface Block {
  name: string
  head: string[]
  rows: string[]
  tail: string[]
}

/** A block with nothing to cut; no lines at all leaves it out of the Markdown. */
export function textBlock(blockName: string, ...lines: string[]): Block {
  return { name: blockName, head: lines, rows: [], tail: [] }
}

/** The Markdown of the blocks, a blank line between them. */
export function joinBlocks(blocks: Block[]): string {
  const parts = blocks
    .map(block => [...block.head, ...block.rows, ...block.tail].join('\n'))
    .filter(part => part !== '')
  return `${parts.join('\n\n')}\n`
}

/** The row standing for `count` rows left out of a table (or a list). */
export function moreRow(count: number, inTable = true): string {
  return inTable ? `| … ${count} more in the JSON report |` : `- … ${count} more in the JSON report`
}
