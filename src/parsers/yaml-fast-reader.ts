import { LineCounter } from 'yaml'
import { FlowReader } from './yaml-flow-reader.js'
import { KeysSeen } from './yaml-keys-seen.js'
import type { YamlMap, YamlNode, YamlScalar, YamlSeq, YamlText } from './yaml-node.js'
import { fold, INDICATOR_START, plainScalar, quotedScalar, resolvePlain } from './yaml-scalars.js'
import { Unsupported } from './yaml-unsupported.js'
import { skipWhitespace, trimmedEnd } from './yaml-whitespace.js'

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

interface KeyAt {
  node: YamlScalar
  /** The column just after the key's colon. */
  end: number
}

const CARRIAGE_RETURN = 13
const SPACE = 32
const HASH = 35
const COLON = 58
const DASH = 45

/**
 * Lines are read in place in the text, by their offsets, rather than split into strings: a thousand workflow
 * files are a million lines, and only keys and values become strings of their own. Each line's facts sit in
 * arrays sized once per file.
 */
class FastReader {
  private readonly count: number
  /** Offset of each line's first character. */
  private readonly starts: Int32Array
  /** Offset just after each line's last character (a CRLF line's carriage return excluded). */
  private readonly ends: Int32Array
  /** Column (0-based) where the content being read starts; moved right for `- key: value` items. */
  private readonly indents: Int32Array
  /** 1 when the line is blank or a comment only. */
  private readonly empty: Uint8Array
  /**
   * The key read at `keyIndents[i]` (null: none there): the reader asks each line for its key more than once
   * (to choose map or sequence, then to read it).
   */
  private readonly keys: Array<KeyAt | null | undefined>
  private readonly keyIndents: Int32Array
  private readonly counter = new LineCounter()
  private i = 0

  constructor(private readonly text: string) {
    let count = 1
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
    this.count = count
    this.starts = new Int32Array(count)
    this.ends = new Int32Array(count)
    this.indents = new Int32Array(count)
    this.empty = new Uint8Array(count)
    this.keys = new Array<KeyAt | null | undefined>(count)
    this.keyIndents = new Int32Array(count).fill(-1)
    // CRLF files are common; a carriage return anywhere else is left to the library. Each is found once,
    // from the one before, so no line is searched past its end; includes() first, because most files have
    // none and it answers that several times faster than an indexOf() that finds nothing.
    let carriageReturn = text.includes('\r') ? text.indexOf('\r') : -1
    let start = 0
    for (let line = 0; line < count; line++) {
      const newline = line === count - 1 ? text.length : text.indexOf('\n', start)
      const end = newline > start && text.charCodeAt(newline - 1) === CARRIAGE_RETURN ? newline - 1 : newline
      if (carriageReturn >= 0 && carriageReturn < end) throw new Unsupported()
      if (carriageReturn === end) carriageReturn = text.indexOf('\r', end + 1)
      this.counter.addNewLine(start)
      let content = start
      while (content < end && text.charCodeAt(content) === SPACE) content++
      this.starts[line] = start
      this.ends[line] = end
      this.indents[line] = content - start
      this.empty[line] = content === end || text.charCodeAt(content) === HASH ? 1 : 0
      start = newline + 1
    }
  }

  read(): YamlText {
    this.skipEmpty()
    if (this.i < this.count && /^---(?:\s+#.*)?\s*$/.test(this.lineText(this.i))) {
      this.i++
      this.skipEmpty()
    }
    if (this.i >= this.count || this.indents[this.i] !== 0) throw new Unsupported()
    const root = this.block(0)
    this.skipEmpty()
    if (this.i < this.count) throw new Unsupported()
    return { root, errors: [], lines: this.counter, reader: 'fast' }
  }

  private lineText(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line])
  }

  private skipEmpty(): void {
    while (this.i < this.count && this.empty[this.i] === 1) this.i++
  }

  /** The line a node starts on; callers stand on one, so running out means text this reader does not know. */
  private current(): number {
    if (this.i >= this.count) throw new Unsupported()
    return this.i
  }

  /** Offset of the line's content (at its indent). */
  private contentAt(line: number): number {
    return (this.starts[line] ?? 0) + (this.indents[line] ?? 0)
  }

  /** The content is `-` or starts with `- `: a sequence item. */
  private isDash(line: number): boolean {
    const at = this.contentAt(line)
    const end = this.ends[line] ?? 0
    return (
      at < end &&
      this.text.charCodeAt(at) === DASH &&
      (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE)
    )
  }

  /** A block node whose first line is the current one, at that line's indent. */
  private block(indent: number): YamlNode {
    const line = this.current()
    if (this.isDash(line)) return this.sequence(indent)
    if (this.keyOf(line) !== undefined) return this.map(indent)
    throw new Unsupported()
  }

  private map(indent: number): YamlMap {
    const node: YamlMap = { kind: 'map', offset: (this.starts[this.current()] ?? 0) + indent, pairs: [] }
    const seen = new KeysSeen()
    for (;;) {
      this.skipEmpty()
      const line = this.i
      const lineIndent = this.indents[line]
      if (lineIndent === undefined || lineIndent < indent) return node
      if (lineIndent > indent) throw new Unsupported()
      const key = this.keyOf(line)
      if (key === undefined) {
        const at = this.contentAt(line)
        if (at < (this.ends[line] ?? 0) && this.text.charCodeAt(at) === DASH) return node
        throw new Unsupported()
      }
      if (!seen.add(key.node.value)) throw new Unsupported()
      node.pairs.push({ key: key.node, value: this.valueAfter(line, key.end, indent, true) })
    }
  }

  private sequence(indent: number): YamlSeq {
    const node: YamlSeq = { kind: 'seq', offset: (this.starts[this.current()] ?? 0) + indent, items: [] }
    for (;;) {
      this.skipEmpty()
      const line = this.i
      const lineIndent = this.indents[line]
      if (lineIndent === undefined || lineIndent < indent) return node
      if (lineIndent > indent || !this.isDash(line)) {
        if (lineIndent === indent) return node
        throw new Unsupported()
      }
      const start = this.starts[line] ?? 0
      const end = this.ends[line] ?? 0
      // What follows the dash, trimmed: its first character sets the item's column.
      const first = skipWhitespace(this.text, start + indent + 1, end)
      const last = trimmedEnd(this.text, first, end)
      const c = this.text.charCodeAt(first)
      if (first < last && c === DASH && (last - first === 1 || this.text.charCodeAt(first + 1) === SPACE)) {
        throw new Unsupported()
      }
      if (first < last && c !== HASH && this.compactMapKey(line, first - start)) {
        node.items.push(this.map(first - start))
      } else {
        node.items.push(this.valueAfter(line, indent + 1, indent, false))
      }
    }
  }

  /** `- key: value`: the item is a compact map, read as if its line started at its first key. */
  private compactMapKey(line: number, column: number): boolean {
    const dashIndent = this.indents[line] ?? 0
    this.indents[line] = column
    if (this.keyOf(line) !== undefined) return true
    this.indents[line] = dashIndent
    return false
  }

  /** A map key at the line's indent: the key node and the column just after its colon. */
  private keyOf(line: number): KeyAt | undefined {
    if (this.keyIndents[line] !== this.indents[line]) {
      this.keys[line] = this.readKey(line) ?? null
      this.keyIndents[line] = this.indents[line] ?? -1
    }
    return this.keys[line] ?? undefined
  }

  private readKey(line: number): KeyAt | undefined {
    const start = this.starts[line] ?? 0
    const end = this.ends[line] ?? 0
    const at = this.contentAt(line)
    if (at >= end) return undefined
    const first = this.text.charAt(at)
    if (first === '"' || first === "'") {
      const quoted = quotedScalar(this.text, at, end)
      if (!quoted) return undefined
      const colonEnd = this.quotedKeyColonEnd(quoted.end, end)
      if (colonEnd < 0) return undefined
      return { node: { kind: 'scalar', offset: at, value: quoted.value }, end: colonEnd - start }
    }
    const colon = this.keyColon(at, end)
    if (colon < 0 || INDICATOR_START.test(first)) return undefined
    const key = this.text.slice(at, trimmedEnd(this.text, at, colon))
    if (key === '' || key.includes(' #')) return undefined
    return { node: { kind: 'scalar', offset: at, value: resolvePlain(key) }, end: colon + 1 - start }
  }

  /** After a quoted key: spaces, the colon and a space or the line's end (`/^ *:(?: |$)/`); where that ends, or -1. */
  private quotedKeyColonEnd(from: number, end: number): number {
    let at = from
    while (at < end && this.text.charCodeAt(at) === SPACE) at++
    if (at >= end || this.text.charCodeAt(at) !== COLON) return -1
    at++
    if (at === end) return at
    return this.text.charCodeAt(at) === SPACE ? at + 1 : -1
  }

  /** The first colon followed by a space or the line's end (`/:(?: |$)/`), or -1; never past the line. */
  private keyColon(from: number, end: number): number {
    for (let at = from; at < end; at++) {
      if (this.text.charCodeAt(at) !== COLON) continue
      if (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE) return at
    }
    return -1
  }

  /**
   * The value that follows a key's colon or a sequence dash at `column` of the line: inline on the line, or a
   * block on the following lines (a map's value may be a sequence at the key's own indent).
   */
  private valueAfter(line: number, column: number, indent: number, ofMapKey: boolean): YamlNode {
    const end = this.ends[line] ?? 0
    const at = skipWhitespace(this.text, (this.starts[line] ?? 0) + column, end)
    this.i++
    if (at === end || this.text.charCodeAt(at) === HASH) {
      this.skipEmpty()
      const next = this.i
      const nextIndent = this.indents[next]
      if (nextIndent !== undefined && nextIndent > indent) return this.block(nextIndent)
      if (nextIndent === indent && ofMapKey && this.isDash(next)) return this.sequence(indent)
      return { kind: 'scalar', offset: at, value: null }
    }
    const node = this.inline(at, end, indent)
    this.skipEmpty()
    const nextIndent = this.indents[this.i]
    if (nextIndent !== undefined && nextIndent > indent) throw new Unsupported() // a multi-line plain scalar, or an error
    return node
  }

  /** A value that starts on its key's or dash's line, at `at`; the line ends at `end`. */
  private inline(at: number, end: number, indent: number): YamlNode {
    const first = this.text.charAt(at)
    if (first === '|' || first === '>') return this.blockScalar(this.text.slice(at, end), at, indent)
    if (first === '[' || first === '{') {
      const flow = new FlowReader(this.text, at, end)
      const node = flow.value()
      flow.end()
      return node
    }
    if (first === '"' || first === "'") {
      const quoted = quotedScalar(this.text, at, end)
      if (!quoted || !/^\s*(?:#.*)?$/.test(this.text.slice(quoted.end, end))) throw new Unsupported()
      return { kind: 'scalar', offset: at, value: quoted.value }
    }
    return { kind: 'scalar', offset: at, value: resolvePlain(plainScalar(this.text.slice(at, end))) }
  }

  /** `|`/`>` with optional `-`/`+` chomping; explicit indentation indicators are left to the library. */
  private blockScalar(header: string, offset: number, indent: number): YamlScalar {
    const match = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(header)
    if (!match) throw new Unsupported()
    const rows: string[] = []
    let contentIndent = -1
    for (; this.i < this.count; this.i++) {
      const start = this.starts[this.i] ?? 0
      const end = this.ends[this.i] ?? 0
      const lineIndent = this.indents[this.i] ?? 0
      const blank = skipWhitespace(this.text, start, end) === end
      if (!blank && lineIndent <= indent) break
      if (!blank && contentIndent < 0) contentIndent = lineIndent
      if (!blank && lineIndent < contentIndent) throw new Unsupported()
      if (blank && contentIndent < 0 && end - start > indent + 1) throw new Unsupported()
      rows.push(this.text.slice(start + Math.max(contentIndent, 0), end))
    }
    if (this.i >= this.count && rows.length > 0 && rows[rows.length - 1] === '') rows.pop() // text's final newline
    let trailing = 0
    while (rows.at(-1) === '') {
      rows.pop()
      trailing++
    }
    // A line of spaces deeper than the content is content in a literal scalar (those spaces, as YAML keeps
    // them: editors leave them on blank lines of `run: |` scripts); folding one is left to the library.
    if (match[1] === '>' && rows.some(row => row.trim() === '' && row !== '')) throw new Unsupported()
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
