import { LineCounter } from 'yaml'
import { FlowReader } from './yaml-flow-reader.js'
import type { YamlMap, YamlNode, YamlScalar, YamlSeq, YamlText } from './yaml-node.js'
import { fold, INDICATOR_START, plainScalar, quotedScalar, resolvePlain } from './yaml-scalars.js'
import { Unsupported } from './yaml-unsupported.js'

/**
 * The fast front end: block maps and sequences read line by line, for the subset workflow files are written
 * in (see workflow-yaml.ts); undefined as soon as the text leaves it.
 */
export function readFast(text: string): YamlText | undefined {
  if (text.includes('\t') || text.startsWith('\uFEFF')) return undefined
  try {
    return new FastReader(text).read()
  } catch (error) {
    // Nesting deep enough to exhaust the stack is outside the subset too: the library reports it on its line.
    if (error instanceof Unsupported || error instanceof RangeError) return undefined
    throw error
  }
}

interface Line {
  /** Offset of the line's first character in the text. */
  start: number
  /** Column (0-based) where the content being read starts; moved right for `- key: value` items. */
  indent: number
  text: string
  /** Blank or comment only. */
  empty: boolean
  /**
   * The key read at `keyIndent` (null: none there): the reader asks each line for its key more than once
   * (to choose map or sequence, then to read it), and a thousand workflow files are a million lines.
   */
  key: KeyAt | null | undefined
  keyIndent: number
}

interface KeyAt {
  node: YamlScalar
  /** The column just after the key's colon. */
  end: number
}

/** The first colon followed by a space or the line's end (`/:(?: |$)/` without a regex per line). */
function keyColon(content: string): number {
  for (let at = content.indexOf(':'); at >= 0; at = content.indexOf(':', at + 1)) {
    if (at + 1 === content.length || content.charCodeAt(at + 1) === 32) return at
  }
  return -1
}

class FastReader {
  private readonly lines: Line[] = []
  private readonly counter = new LineCounter()
  private i = 0

  constructor(text: string) {
    let start = 0
    for (const full of text.split('\n')) {
      this.counter.addNewLine(start)
      // CRLF files are common; a carriage return anywhere else is left to the library.
      const raw = full.endsWith('\r') ? full.slice(0, -1) : full
      if (raw.includes('\r')) throw new Unsupported()
      let indent = 0
      while (raw.charCodeAt(indent) === 32) indent++
      const empty = indent === raw.length || raw[indent] === '#'
      this.lines.push({ start, indent, text: raw, empty, key: undefined, keyIndent: -1 })
      start += full.length + 1
    }
  }

  read(): YamlText {
    this.skipEmpty()
    const first = this.lines[this.i]
    if (first && /^---(?:\s+#.*)?\s*$/.test(first.text)) {
      this.i++
      this.skipEmpty()
    }
    const line = this.lines[this.i]
    if (!line || line.indent !== 0) throw new Unsupported()
    const root = this.block(0)
    this.skipEmpty()
    if (this.i < this.lines.length) throw new Unsupported()
    return { root, errors: [], lines: this.counter, reader: 'fast' }
  }

  private skipEmpty(): void {
    while (this.lines[this.i]?.empty) this.i++
  }

  /** The line a node starts on; callers stand on one, so running out means text this reader does not know. */
  private current(): Line {
    const line = this.lines[this.i]
    if (!line) throw new Unsupported()
    return line
  }

  private content(line: Line): string {
    return line.text.slice(line.indent)
  }

  /** A block node whose first line is the current one, at that line's indent. */
  private block(indent: number): YamlNode {
    const line = this.current()
    const content = this.content(line)
    if (content === '-' || content.startsWith('- ')) return this.sequence(indent)
    if (this.keyOf(line) !== undefined) return this.map(indent)
    throw new Unsupported()
  }

  private map(indent: number): YamlMap {
    const node: YamlMap = { kind: 'map', offset: this.current().start + indent, pairs: [] }
    const seen = new Set<unknown>()
    for (;;) {
      this.skipEmpty()
      const line = this.lines[this.i]
      if (!line || line.indent < indent) return node
      if (line.indent > indent) throw new Unsupported()
      const key = this.keyOf(line)
      if (key === undefined) {
        if (this.content(line).startsWith('-')) return node
        throw new Unsupported()
      }
      if (seen.has(key.node.value)) throw new Unsupported()
      seen.add(key.node.value)
      node.pairs.push({ key: key.node, value: this.valueAfter(line, key.end, indent, true) })
    }
  }

  private sequence(indent: number): YamlSeq {
    const node: YamlSeq = { kind: 'seq', offset: this.current().start + indent, items: [] }
    for (;;) {
      this.skipEmpty()
      const line = this.lines[this.i]
      if (!line || line.indent < indent) return node
      const content = this.content(line)
      if (line.indent > indent || !(content === '-' || content.startsWith('- '))) {
        if (line.indent === indent) return node
        throw new Unsupported()
      }
      const rest = content.slice(1)
      const column = indent + 1 + (rest.length - rest.trimStart().length)
      const inline = rest.trim()
      if (inline.startsWith('- ') || inline === '-') throw new Unsupported()
      if (inline !== '' && !inline.startsWith('#') && this.compactMapKey(line, column)) {
        node.items.push(this.map(column))
      } else {
        node.items.push(this.valueAfter(line, indent + 1, indent, false))
      }
    }
  }

  /** `- key: value`: the item is a compact map, read as if its line started at its first key. */
  private compactMapKey(line: Line, column: number): boolean {
    const dashIndent = line.indent
    line.indent = column
    if (this.keyOf(line) !== undefined) return true
    line.indent = dashIndent
    return false
  }

  /** A map key at the line's indent: the key node and the column just after its colon. */
  private keyOf(line: Line): KeyAt | undefined {
    if (line.keyIndent !== line.indent) {
      line.key = this.readKey(line) ?? null
      line.keyIndent = line.indent
    }
    return line.key ?? undefined
  }

  private readKey(line: Line): KeyAt | undefined {
    const content = this.content(line)
    const offset = line.start + line.indent
    if (content.startsWith('"') || content.startsWith("'")) {
      const quoted = quotedScalar(content, 0)
      if (!quoted) return undefined
      const after = content.slice(quoted.end)
      const colon = /^ *:(?: |$)/.exec(after)
      if (!colon) return undefined
      return {
        node: { kind: 'scalar', offset, value: quoted.value },
        end: line.indent + quoted.end + colon[0].length
      }
    }
    const colon = keyColon(content)
    if (colon < 0 || INDICATOR_START.test(content)) return undefined
    const key = content.slice(0, colon).trimEnd()
    if (key === '' || key.includes(' #')) return undefined
    return { node: { kind: 'scalar', offset, value: resolvePlain(key) }, end: line.indent + colon + 1 }
  }

  /**
   * The value that follows a key's colon or a sequence dash at `column` of the current line: inline on the
   * line, or a block on the following lines (a map's value may be a sequence at the key's own indent).
   */
  private valueAfter(line: Line, column: number, indent: number, ofMapKey: boolean): YamlNode {
    const rest = line.text.slice(column)
    const trimmed = rest.trimStart()
    const at = line.start + column + (rest.length - trimmed.length)
    this.i++
    if (trimmed === '' || trimmed.startsWith('#')) {
      this.skipEmpty()
      const next = this.lines[this.i]
      const content = next ? this.content(next) : ''
      if (next && next.indent > indent) return this.block(next.indent)
      if (next && ofMapKey && next.indent === indent && (content === '-' || content.startsWith('- '))) {
        return this.sequence(indent)
      }
      return { kind: 'scalar', offset: at, value: null }
    }
    const node = this.inline(trimmed, at, indent)
    this.skipEmpty()
    const next = this.lines[this.i]
    if (next && next.indent > indent) throw new Unsupported() // a multi-line plain scalar, or an error
    return node
  }

  private inline(text: string, offset: number, indent: number): YamlNode {
    const first = text[0]
    if (first === '|' || first === '>') return this.blockScalar(text, offset, indent)
    if (first === '[' || first === '{') {
      const flow = new FlowReader(text, offset)
      const node = flow.value()
      flow.end()
      return node
    }
    if (first === '"' || first === "'") {
      const quoted = quotedScalar(text, 0)
      if (!quoted || !/^\s*(?:#.*)?$/.test(text.slice(quoted.end))) throw new Unsupported()
      return { kind: 'scalar', offset, value: quoted.value }
    }
    return { kind: 'scalar', offset, value: resolvePlain(plainScalar(text)) }
  }

  /** `|`/`>` with optional `-`/`+` chomping; explicit indentation indicators are left to the library. */
  private blockScalar(header: string, offset: number, indent: number): YamlScalar {
    const match = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(header)
    if (!match) throw new Unsupported()
    const rows: string[] = []
    let contentIndent = -1
    for (let line = this.lines[this.i]; line; line = this.lines[this.i]) {
      const blank = line.text.trim() === ''
      if (!blank && line.indent <= indent) break
      if (!blank && contentIndent < 0) contentIndent = line.indent
      if (!blank && line.indent < contentIndent) throw new Unsupported()
      if (blank && contentIndent < 0 && line.text.length > indent + 1) throw new Unsupported()
      rows.push(blank ? line.text.slice(Math.max(contentIndent, 0)) : line.text.slice(contentIndent))
      this.i++
    }
    if (this.i >= this.lines.length && rows.length > 0 && rows[rows.length - 1] === '') rows.pop() // text's final newline
    let trailing = 0
    while (rows.at(-1) === '') {
      rows.pop()
      trailing++
    }
    if (rows.some(row => row.trim() === '' && row !== '')) throw new Unsupported()
    const body = match[1] === '|' ? rows.join('\n') : fold(rows)
    const chomping = match[2]
    const value =
      body === '' && chomping !== '+'
        ? ''
        : chomping === '-'
          ? body
          : chomping === '+'
            ? body + '\n'.repeat(trailing + (body === '' ? 0 : 1))
            : body + '\n'
    return { kind: 'scalar', offset, value }
  }
}
