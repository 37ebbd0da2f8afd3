import { plural } from '../format.js'
import { type Block, joinBlocks, moreRow } from './block.js'

interface CutBlocks {
  kept: Block[]
  /** What was cut (the blocks, and the last rows of a block kept in part); undefined when all fit. */
  cut?: string
}

/** The last resort: whole blocks while they fit in `budget` bytes, then as many rows of the next one as fit. */
export function cutBlocks(blocks: Block[], budget: number): CutBlocks {
  const kept: Block[] = []
  let used = 0
  for (const [index, block] of blocks.entries()) {
    const size = byteLength(joinBlocks([block])) + 2
    if (used + size <= budget) {
      kept.push(block)
      used += size
      continue
    }
    const partial = partialBlock(block, budget - used)
    if (partial) kept.push(partial)
    const lost = blocks.slice(index + (partial ? 1 : 0)).map(b => b.name)
    if (partial)
      lost.unshift(
        `${block.name} (last ${plural(block.rows.length - partial.rows.length + 1, 'row', 'rows')})`
      )
    return { kept, cut: lost.join(', ') }
  }
  return { kept }
}

function partialBlock(block: Block, room: number): Block | undefined {
  const frame = byteLength(joinBlocks([{ ...block, rows: [] }])) + 64
  if (block.rows.length === 0 || frame > room) return undefined
  const rows: string[] = []
  let used = frame
  for (const row of block.rows) {
    const size = byteLength(row) + 1
    if (used + size > room) break
    rows.push(row)
    used += size
  }
  const inTable = block.head.some(line => line.startsWith('|'))
  return { ...block, rows: [...rows, moreRow(block.rows.length - rows.length, inTable)] }
}

function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8')
}
