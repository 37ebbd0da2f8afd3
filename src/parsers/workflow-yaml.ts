import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlLibNode } from 'yaml'

/**
 * The YAML tree the workflow parser reads: maps, sequences and scalars with their start offsets.
 *
 * Two front ends produce it. The `yaml` package is the reference, but composing its Document costs about
 * 0.4 ms per KB on this machine, and design §10 asks for 1,000 workflow files (≈14 MB) in under 2 s. So a
 * fast reader handles the block-style subset that workflow files are written in (block maps and sequences,
 * plain and quoted one-line scalars, `|`/`>` block scalars, one-line flow collections, comments) and gives
 * up — returning undefined — on anything else: anchors, tags, multi-line plain or quoted scalars, tabs,
 * CRLF, duplicate keys, errors. Then the `yaml` package parses the file, so unusual files and every error
 * message still come from the reference parser. A test checks both front ends agree on every corpus file.
 */

export type YamlNode = YamlMap | YamlSeq | YamlScalar

export interface YamlScalar {
  kind: 'scalar'
  offset: number
  value: string | number | boolean | null
}

export interface YamlSeq {
  kind: 'seq'
  offset: number
  items: YamlNode[]
}

export interface YamlPair {
  key: YamlNode
  value: YamlNode
}

export interface YamlMap {
  kind: 'map'
  offset: number
  pairs: YamlPair[]
}

export interface YamlText {
  root?: YamlNode
  errors: Array<{ offset: number; message: string }>
  lines: LineCounter
  /** Which front end read the text. */
  reader: 'fast' | 'yaml'
}

/** Reads YAML text, through the fast reader when the text stays within its subset. */
export function readYaml(text: string, options: { fast?: boolean } = {}): YamlText {
  if (options.fast !== false) {
    const fast = readFast(text)
    if (fast) return fast
  }
  return readWithLibrary(text)
}

/** The plain JavaScript value of a node (for values kept as written, such as a matrix). */
export function toJS(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(toJS)
  return Object.fromEntries(node.pairs.map(pair => [String(toJS(pair.key)), toJS(pair.value)]))
}

function readWithLibrary(text: string): YamlText {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const errors = doc.errors.map(error => ({ offset: error.pos[0], message: error.message }))
  const budget: AliasBudget = { nodes: MAX_ALIASED_NODES }
  const root = doc.contents ? convert(doc.contents, doc, 0, budget) : undefined
  if (budget.nodes < 0) {
    errors.push({
      offset: budget.overflowAt ?? 0,
      message: `aliases expand to more than ${MAX_ALIASED_NODES} nodes (a "billion laughs"); not followed`
    })
  }
  return { root, errors, lines, reader: 'yaml' }
}

/**
 * Nodes that may be copied in by following aliases: an anchor of aliases of aliases ("billion laughs") grows
 * exponentially while the depth stays small, so the copies share one budget; a workflow needs a handful.
 */
const MAX_ALIASED_NODES = 100_000

interface AliasBudget {
  nodes: number
  /** Offset of the alias that used up the budget. */
  overflowAt?: number
}

/** Aliases are followed to their anchor; the depth bound keeps alias loops from recursing forever. */
function convert(
  node: unknown,
  doc: Document,
  depth: number,
  budget: AliasBudget,
  aliased = false
): YamlNode {
  const offset = (node as YamlLibNode | null)?.range?.[0] ?? 0
  if (depth > 100) return { kind: 'scalar', offset, value: null }
  if (aliased && --budget.nodes < 0) {
    budget.overflowAt ??= offset
    return { kind: 'scalar', offset, value: null }
  }
  if (isAlias(node)) return convert(node.resolve(doc), doc, depth + 1, budget, true)
  const child = (item: unknown) => convert(item, doc, depth + 1, budget, aliased)
  if (isMap(node)) {
    const pairs = node.items.map(pair => ({
      key: child(pair.key),
      value: pair.value === null ? nullAfter(pair.key) : child(pair.value)
    }))
    return { kind: 'map', offset, pairs }
  }
  if (isSeq(node)) return { kind: 'seq', offset, items: node.items.map(child) }
  const value = isScalar(node) ? node.value : null
  return { kind: 'scalar', offset, value: isPlainValue(value) ? value : String(value) }
}

function nullAfter(key: unknown): YamlScalar {
  return { kind: 'scalar', offset: (key as YamlLibNode | null)?.range?.[1] ?? 0, value: null }
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/** Thrown inside the fast reader when the text leaves its subset; caught by readFast. */
class Unsupported extends Error {}

interface Line {
  /** Offset of the line's first character in the text. */
  start: number
  /** Column (0-based) where the content being read starts; moved right for `- key: value` items. */
  indent: number
  text: string
  /** Blank or comment only. */
  empty: boolean
}

function readFast(text: string): YamlText | undefined {
  if (text.includes('\t') || text.startsWith('\uFEFF')) return undefined
  try {
    return new FastReader(text).read()
  } catch (error) {
    // Nesting deep enough to exhaust the stack is outside the subset too: the library reports it on its line.
    if (error instanceof Unsupported || error instanceof RangeError) return undefined
    throw error
  }
}

const MAP_KEY_END = /:(?: |$)/
const INDICATOR_START = /^[[\]{}&*!|>'"%@`#,?:-]/

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
      this.lines.push({ start, indent, text: raw, empty })
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
    while (this.i < this.lines.length && this.lines[this.i]!.empty) this.i++
  }

  private content(line: Line): string {
    return line.text.slice(line.indent)
  }

  /** A block node whose first line is the current one, at that line's indent. */
  private block(indent: number): YamlNode {
    const line = this.lines[this.i]!
    const content = this.content(line)
    if (content === '-' || content.startsWith('- ')) return this.sequence(indent)
    if (this.keyOf(line) !== undefined) return this.map(indent)
    throw new Unsupported()
  }

  private map(indent: number): YamlMap {
    const node: YamlMap = { kind: 'map', offset: this.lines[this.i]!.start + indent, pairs: [] }
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
    const node: YamlSeq = { kind: 'seq', offset: this.lines[this.i]!.start + indent, items: [] }
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
      if (inline !== '' && !inline.startsWith('#') && this.keyOf({ ...line, indent: column }) !== undefined) {
        line.indent = column // the item is a compact map: read it as if its line started at its first key
        node.items.push(this.map(column))
      } else {
        node.items.push(this.valueAfter(line, indent + 1, indent, false))
      }
    }
  }

  /** A map key at the line's indent: the key node and the column just after its colon. */
  private keyOf(line: Line): { node: YamlScalar; end: number } | undefined {
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
    const match = MAP_KEY_END.exec(content)
    if (!match || INDICATOR_START.test(content)) return undefined
    const key = content.slice(0, match.index).trimEnd()
    if (key === '' || key.includes(' #')) return undefined
    return { node: { kind: 'scalar', offset, value: resolvePlain(key) }, end: line.indent + match.index + 1 }
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
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!
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
    while (rows.length > 0 && rows[rows.length - 1]!.trim() === '' && rows[rows.length - 1] === '') {
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

/** Folded scalars: single breaks become spaces, runs of blank lines stay as newlines. */
function fold(rows: string[]): string {
  if (rows.some(row => row.startsWith(' '))) throw new Unsupported() // more-indented lines keep their breaks
  let out = ''
  let breaks = 0
  let first = true
  for (const row of rows) {
    if (row === '') {
      breaks++
      continue
    }
    out += first ? '\n'.repeat(breaks) : breaks === 0 ? ' ' : '\n'.repeat(breaks)
    out += row
    breaks = 0
    first = false
  }
  return out
}

/** A one-line flow collection (`[a, b]`, `{ a: b }`, nested), starting at offset of its bracket. */
class FlowReader {
  private pos = 0

  constructor(
    private readonly text: string,
    private readonly offset: number
  ) {}

  value(): YamlNode {
    this.spaces()
    const c = this.text[this.pos]
    const offset = this.offset + this.pos
    if (c === '[') return this.collection(']', offset)
    if (c === '{') return this.collection('}', offset)
    if (c === '"' || c === "'") {
      const quoted = quotedScalar(this.text, this.pos)
      if (!quoted) throw new Unsupported()
      this.pos = quoted.end
      return { kind: 'scalar', offset, value: quoted.value }
    }
    const match = /^[^,[\]{}#]*?(?=\s*(?:[,\]}]|:(?:\s|[,\]}])|\s#|$))/.exec(this.text.slice(this.pos))
    const plain = match?.[0] ?? ''
    if (plain === '' || INDICATOR_START.test(plain) || /:(?:\s|$)/.test(plain)) throw new Unsupported()
    this.pos += plain.length
    return { kind: 'scalar', offset, value: resolvePlain(plain) }
  }

  end(): void {
    if (!/^\s*(?:#.*)?$/.test(this.text.slice(this.pos))) throw new Unsupported()
  }

  private collection(close: string, offset: number): YamlNode {
    this.pos++
    const isMap = close === '}'
    const items: YamlNode[] = []
    const pairs: YamlPair[] = []
    const seen = new Set<unknown>()
    for (;;) {
      this.spaces()
      if (this.text[this.pos] === close) {
        this.pos++
        return isMap ? { kind: 'map', offset, pairs } : { kind: 'seq', offset, items }
      }
      const item = this.value()
      this.spaces()
      if (this.text[this.pos] === ':') {
        if (!isMap || item.kind !== 'scalar' || seen.has(item.value)) throw new Unsupported()
        seen.add(item.value)
        this.pos++
        const colon = this.offset + this.pos
        this.spaces()
        const empty = this.text[this.pos] === ',' || this.text[this.pos] === close
        pairs.push({
          key: item,
          value: empty ? { kind: 'scalar', offset: colon, value: null } : this.value()
        })
      } else if (isMap) {
        throw new Unsupported()
      } else {
        items.push(item)
      }
      this.spaces()
      const c = this.text[this.pos]
      if (c === ',') this.pos++
      else if (c !== close) throw new Unsupported()
    }
  }

  private spaces(): void {
    while (this.text[this.pos] === ' ') this.pos++
  }
}

/** A one-line plain scalar after a key or dash: up to a comment; `key: a: b` is not valid YAML. */
function plainScalar(text: string): string {
  if (INDICATOR_START.test(text) && !/^[-?:][^\s]/.test(text)) throw new Unsupported()
  const comment = text.search(/\s#/)
  const value = (comment < 0 ? text : text.slice(0, comment)).trimEnd()
  if (/:(?: |$)/.test(value)) throw new Unsupported()
  return value
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0'
}

/** A quoted scalar closed on the same line, with the common escapes; anything else is left to the library. */
function quotedScalar(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start]
  let value = ''
  for (let pos = start + 1; pos < text.length; pos++) {
    const c = text[pos]!
    if (quote === "'" && c === "'") {
      if (text[pos + 1] !== "'") return { value, end: pos + 1 }
      value += "'"
      pos++
    } else if (quote === '"' && c === '"') {
      return { value, end: pos + 1 }
    } else if (quote === '"' && c === '\\') {
      const escaped = ESCAPES[text[pos + 1] ?? '']
      if (escaped === undefined) throw new Unsupported()
      value += escaped
      pos++
    } else {
      value += c
    }
  }
  throw new Unsupported()
}

const MAY_RESOLVE = '0123456789+-.~nNtTfF'

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
function resolvePlain(text: string): string | number | boolean | null {
  if (text !== '' && !MAY_RESOLVE.includes(text[0]!)) return text // most scalars: skip the regexes
  if (/^(?:~|null|Null|NULL)?$/.test(text)) return null
  if (/^(?:true|True|TRUE)$/.test(text)) return true
  if (/^(?:false|False|FALSE)$/.test(text)) return false
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text)
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN
  return text
}
