import {
  countedElementPatterns,
  END_TAG,
  EXTERNAL_DOCTYPE,
  isNameChar,
  nameIsAt,
  NOT_WHITESPACE,
  START_TAG
} from './xml-grammar.js'
import { XmlError } from './xml-error.js'
import type { StartTag, XmlHandler } from './xml-handler.js'
import { XmlPositions } from './xml-positions.js'
import type { OpenElement } from './xml-positions.js'
import { MAX_REFERENCE, XmlReferences } from './xml-references.js'

/**
 * A small streaming XML tokenizer shared by the report parsers (JUnit, TRX, Cobertura, JaCoCo).
 *
 * Why not a DOM or a library: reports can be gigabytes, so memory must stay flat, and a DTD must never be
 * processed (design §11: billion laughs, external entities). The tokenizer is deliberately non-validating:
 * it checks well-formedness (tag syntax, nesting, entity references, one root) and reports the first problem
 * with a 1-based line and column; it never expands anything but the five predefined entities and character
 * references.
 *
 * Speed comes from scanning with `indexOf` and one sticky regex per tag; attribute values are handed to the
 * handler undecoded (`attrs`) so that a handler decodes only the few elements it cares about.
 *
 * The seams: xml-grammar.ts holds the regexes of well-formed tags and references, xml-references.ts checks
 * the references, xml-positions.ts works out lines and columns, xml-decode.ts decodes what handlers ask for;
 * the handler contract is xml-handler.ts and the error xml-error.ts.
 */

/** Longest single tag kept while waiting for its end; beyond this the document is refused (constant memory). */
const MAX_TOKEN = 4 * 1024 * 1024
export const MAX_DEPTH = 1000
const MAX_INTERNED = 16

type Mode = 'markup' | 'comment' | 'cdata' | 'pi'

/**
 * What a piece of a document read on its own (a fragment, see XmlTokenizer's `fragment`) leaves for the
 * pieces around it: the end tags it could not match and the elements it leaves open, both by name, and what
 * would be an error once the elements open before it are known.
 */
export interface XmlFragmentEdges {
  /** End tags of elements opened before the piece, innermost first. */
  closed: string[]
  /** Elements still open at the piece's end, outermost first. */
  open: string[]
  /**
   * The most of `closed` seen before an element, a CDATA section or non-blank text outside every element the
   * piece opened; -1 when there was none. Once the root is among those closed, such content is an error.
   */
  contentAfterClosed: number
  /** Deepest nesting of elements the piece opened itself. */
  depth: number
}
const TERMINATOR: Record<Exclude<Mode, 'markup'>, string> = { comment: '-->', cdata: ']]>', pi: '?>' }

/**
 * Feeds chunks of a document to a handler. `write` may be called with any split of the text (even inside a
 * tag or a reference); `end` checks that the document is complete.
 */
export class XmlTokenizer implements StartTag {
  private buf = ''
  private pos = 0
  /** Absolute offset of buf[0] in the document. */
  private base = 0
  private mode: Mode = 'markup'
  /** Where the current comment, CDATA section or processing instruction began (resolved like elements). */
  private modeStart: OpenElement = { name: '', offset: 0, line: 0, column: 0 }
  private readonly stack: OpenElement[] = []
  private rootSeen = false
  private rootClosed = false
  private started = false
  private readonly positions = new XmlPositions()
  private readonly references = new XmlReferences((message, index) => this.fail(message, index))
  private tokenStart = 0
  private attrStart = 0
  private attrEnd = 0
  private readonly names: string[] = []
  private patternsFor: XmlHandler['counted']
  private patterns: ReturnType<typeof countedElementPatterns> | undefined

  /** Fragment mode only: the edges recorded so far (see XmlFragmentEdges). */
  private readonly edges: XmlFragmentEdges | undefined

  /**
   * `fragment`: the text is a piece of a document that starts at a tag inside the root (a big report read by
   * several threads). End tags without a start tag in the piece and content at its top level are recorded in
   * XmlFragmentEdges instead of refused, because only the pieces before it can tell whether they are errors;
   * everything else is checked as usual, and positions in errors are relative to the piece.
   */
  constructor(
    private readonly handler: XmlHandler,
    fragment = false
  ) {
    if (!fragment) return
    this.edges = { closed: [], open: [], contentAfterClosed: -1, depth: 0 }
    // The root was read before the piece: a DOCTYPE or a BOM here is an error, not a document's start.
    this.rootSeen = true
    this.started = true
  }

  write(chunk: string): void {
    if (!this.started) {
      this.started = true
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
    }
    this.compact()
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk
    this.references.reset()
    this.run(false)
  }

  end(): void {
    this.run(true)
    if (this.mode !== 'markup') {
      const what = { comment: 'comment', cdata: 'CDATA section', pi: 'processing instruction' }[this.mode]
      const { line, column } = this.resolve(this.modeStart)
      throw new XmlError(`unexpected end of input: ${what} starting here is not closed`, line, column)
    }
    const open = this.stack[this.stack.length - 1]
    if (open) {
      const { line, column } = this.resolve(open)
      throw new XmlError(`unexpected end of input: <${open.name}> is not closed`, line, column)
    }
    if (!this.rootSeen) this.fail('no root element: the document is empty', this.pos)
  }

  /**
   * The edges of the text written so far when it ends cleanly here: between two constructs, with nothing
   * half-read; undefined otherwise. `final` first reads what was held back for a following chunk (the text
   * is the document's or the piece's last). Outside fragment mode, edges are only given within the root.
   */
  cut(final: boolean): XmlFragmentEdges | undefined {
    if (final) this.run(true)
    if (this.mode !== 'markup' || this.pos < this.buf.length) return undefined
    const open = this.stack.map(element => element.name)
    if (this.edges) return { ...this.edges, closed: [...this.edges.closed], open }
    if (open.length === 0) return undefined
    return { closed: [], open, contentAfterClosed: -1, depth: open.length }
  }

  rawAttributes(): string {
    return this.buf.slice(this.attrStart, this.attrEnd)
  }

  /** Position of the construct just handed to the handler, for errors the handler raises itself. */
  location(): { line: number; column: number } {
    return this.positionOf(this.tokenStart)
  }

  /**
   * Drops consumed text. Its lines are counted first, placing the still-open elements (and an unfinished
   * comment or CDATA section) that start in it.
   */
  private compact(): void {
    if (this.pos === 0) return
    // A fragment's errors only make the pieces be read again in one go, so its lines are never counted.
    if (!this.edges) {
      const pending = this.mode === 'markup' ? this.stack : [...this.stack, this.modeStart]
      for (const open of pending) this.positions.place(open, this.buf, this.base)
      this.positions.countTo(this.buf, this.base, this.base + this.pos)
    }
    this.buf = this.buf.slice(this.pos)
    this.base += this.pos
    this.pos = 0
  }

  private resolve(open: OpenElement): { line: number; column: number } {
    return this.positions.ofOpen(open, this.buf, this.base)
  }

  private positionOf(index: number): { line: number; column: number } {
    return this.positions.of(this.buf, this.base, index)
  }

  private fail(message: string, index: number): never {
    const { line, column } = this.positionOf(index)
    throw new XmlError(message, line, column)
  }

  private run(final: boolean): void {
    while (this.pos < this.buf.length) {
      const progressed = this.mode === 'markup' ? this.markup(final) : this.skip(final)
      if (!progressed) break
    }
  }

  /** Character data up to the next `<`, then one markup construct. False when more input is needed. */
  private markup(final: boolean): boolean {
    const buf = this.buf
    const lt = buf.indexOf('<', this.pos)
    if (lt === -1) {
      this.flushText(final)
      return false
    }
    if (lt > this.pos) this.characters(this.pos, lt)
    this.pos = lt
    const next = buf.charCodeAt(lt + 1)
    if (next === 0x2f /* / */) return this.endTag(final)
    if (next === 0x21 /* ! */) return this.declaration(final)
    if (next === 0x3f /* ? */) return this.enter('pi', lt + 2)
    if (Number.isNaN(next)) {
      if (!final) return false
      this.fail('unexpected end of input inside a tag', lt)
    }
    return this.countedRun() || this.startTag(final)
  }

  /** Text without a following `<` yet: pass it on, keeping a possibly split reference for the next chunk. */
  private flushText(final: boolean): void {
    const buf = this.buf
    let cut = buf.length
    const amp = buf.lastIndexOf('&')
    if (!final && amp >= this.pos && buf.length - amp < MAX_REFERENCE && !buf.includes(';', amp)) cut = amp
    if (cut > this.pos) this.characters(this.pos, cut)
    this.pos = cut
  }

  private characters(start: number, end: number): void {
    this.references.checkText(this.buf, start, end)
    if (this.stack.length === 0) {
      const stray = this.buf.slice(start, end).search(NOT_WHITESPACE)
      if (stray !== -1 && this.edges) {
        this.topLevelContent(this.edges)
        return
      }
      if (stray !== -1) {
        this.fail(
          this.rootClosed ? 'text after the root element' : 'text before the root element',
          start + stray
        )
      }
      return
    }
    if (this.handler.wantText) this.handler.text(this.buf.slice(start, end), false)
  }

  private startTag(final: boolean): boolean {
    const buf = this.buf
    const at = this.pos
    START_TAG.lastIndex = at
    if (!START_TAG.test(buf)) return this.badTag(at, final, 'start tag')
    const end = START_TAG.lastIndex
    this.references.checkCharacterReferences(buf, at, end)
    const name = this.nameAt(at + 1)
    const nameEnd = at + 1 + name.length
    const selfClosing = buf.charCodeAt(end - 2) === 0x2f /* / */
    if (this.stack.length === 0 && this.edges) this.topLevelContent(this.edges)
    else if (this.stack.length === 0) {
      if (this.rootSeen) this.fail(`second root element <${name}>: a document has exactly one`, at)
      this.rootSeen = true
      if (selfClosing) this.rootClosed = true
    }
    if (!selfClosing) {
      if (this.stack.length >= MAX_DEPTH) this.fail(`elements nested deeper than ${MAX_DEPTH}`, at)
      this.stack.push({ name, offset: this.base + at, line: 0, column: 0 })
      if (this.edges && this.stack.length > this.edges.depth) this.edges.depth = this.stack.length
    }
    this.pos = end
    this.tokenStart = at
    this.attrStart = nameEnd
    this.attrEnd = selfClosing ? end - 2 : end - 1
    this.handler.open(name, selfClosing, this)
    return true
  }

  /**
   * Consumes the run of elements the handler only counts that starts at pos, if one does, and reports it with
   * `countedRun`: a regex match per element instead of an open/close pair per tag, the per-tag cost of big
   * reports. An element the patterns refuse (a failing test case, one cut by the chunk's end, a malformed one)
   * is left to startTag, which reads it tag by tag and says what is wrong. Not at the root (that is for the
   * handler to see opened), nor within three levels of MAX_DEPTH, so that the depth limit fails where it always
   * has.
   */
  private countedRun(): boolean {
    const counted = this.handler.counted
    const depth = this.stack.length
    if (counted === undefined || this.handler.wantText || depth + 3 > MAX_DEPTH) return false
    // At depth 0 of a document that is the root; of a fragment, an element of the pieces before it.
    if (depth === 0 && !this.edges) return false
    const buf = this.buf
    const at = this.pos
    if (!nameIsAt(buf, at + 1, counted.name)) return false
    if (this.patternsFor !== counted) this.patterns = countedElementPatterns((this.patternsFor = counted))
    const { plain, flagged } = this.patterns as ReturnType<typeof countedElementPatterns>
    let end = at
    let count = 0
    let flags = 0
    for (;;) {
      plain.lastIndex = end
      if (plain.test(buf)) {
        end = plain.lastIndex
      } else {
        flagged.lastIndex = end
        if (!flagged.test(buf)) break
        end = flagged.lastIndex
        flags++
      }
      count++
    }
    if (count === 0) return false
    if (depth === 0) this.topLevelContent(this.edges as XmlFragmentEdges)
    this.references.checkCharacterReferences(buf, at, end)
    this.pos = end
    this.tokenStart = at
    this.handler.countedRun?.(count, flags)
    return true
  }

  /**
   * The element name starting at `start`. Documents use a handful of names millions of times, so names are
   * interned: reusing the string avoids an allocation per tag, and lets handlers compare names cheaply.
   */
  private nameAt(start: number): string {
    const buf = this.buf
    const names = this.names
    for (let i = 0; i < names.length; i++) {
      const known = names[i] as string
      if (nameIsAt(buf, start, known)) return known
    }
    let end = start
    while (isNameChar(buf.charCodeAt(end))) end++
    const name = buf.slice(start, end)
    if (names.length < MAX_INTERNED) names.push(name)
    return name
  }

  private endTag(final: boolean): boolean {
    const buf = this.buf
    const at = this.pos
    END_TAG.lastIndex = at
    if (!END_TAG.test(buf)) return this.badTag(at, final, 'end tag')
    const end = END_TAG.lastIndex
    if (this.stack.length === 0 && this.edges) return this.closeOutside(this.edges, at, end)
    const open = this.stack.pop()
    // Compared in place: slicing the name of every end tag would cost an allocation each.
    const matches = open !== undefined && nameIsAt(buf, at + 2, open.name)
    if (!matches) {
      let nameEnd = at + 2
      while (isNameChar(buf.charCodeAt(nameEnd))) nameEnd++
      const name = buf.slice(at + 2, nameEnd)
      if (!open) this.fail(`end tag </${name}> without a start tag`, at)
      const { line, column } = this.resolve(open)
      this.fail(`end tag </${name}> does not match <${open.name}> (line ${line}, column ${column})`, at)
    }
    if (this.stack.length === 0) this.rootClosed = true
    this.pos = end
    this.tokenStart = at
    this.handler.close(open.name)
    return true
  }

  /** A fragment's end tag of an element opened before it: recorded for the pieces before it to match. */
  private closeOutside(edges: XmlFragmentEdges, at: number, end: number): true {
    let nameEnd = at + 2
    while (isNameChar(this.buf.charCodeAt(nameEnd))) nameEnd++
    const name = this.buf.slice(at + 2, nameEnd)
    edges.closed.push(name)
    this.pos = end
    this.tokenStart = at
    this.handler.close(name)
    return true
  }

  private topLevelContent(edges: XmlFragmentEdges): void {
    edges.contentAfterClosed = edges.closed.length
  }

  /** A tag the regex refused: cut by the chunk boundary (wait), or malformed (say why, as precisely as we can). */
  private badTag(at: number, final: boolean, what: string): false {
    const buf = this.buf
    // A tag cannot contain '<': if none follows, the tag may simply be cut by the chunk boundary.
    const nextLt = buf.indexOf('<', at + 1)
    if (nextLt === -1 && !final) {
      if (buf.length - at > MAX_TOKEN) this.fail(`${what} longer than ${MAX_TOKEN} characters`, at)
      return false
    }
    const tagEnd = nextLt === -1 ? buf.length : nextLt
    if (nextLt === -1 && buf.indexOf('>', at) === -1) {
      this.fail(`unexpected end of input inside ${what === 'start tag' ? 'a tag' : 'an end tag'}`, at)
    }
    this.references.checkRefusedTag(buf, at, tagEnd)
    this.fail(`malformed ${what} ${JSON.stringify(buf.slice(at, Math.min(tagEnd, at + 40)))}`, at)
  }
  private waitForMore(at: number, what: string): false {
    if (this.buf.length - at > MAX_TOKEN) this.fail(`${what} longer than ${MAX_TOKEN} characters`, at)
    return false
  }

  private declaration(final: boolean): boolean {
    const buf = this.buf
    const at = this.pos
    if (buf.startsWith('<!--', at)) return this.enter('comment', at + 4)
    if (buf.startsWith('<![CDATA[', at)) {
      if (this.stack.length === 0 && this.edges) this.topLevelContent(this.edges)
      else if (this.stack.length === 0) this.fail('CDATA section outside the root element', at)
      return this.enter('cdata', at + 9)
    }
    if (buf.startsWith('<!DOCTYPE', at)) return this.doctype(final)
    if (buf.startsWith('<!ENTITY', at)) {
      this.fail(
        'ENTITY declarations are refused: entities are never expanded (XML bomb / external entity)',
        at
      )
    }
    // The excerpt is always the same 12 characters, however the text arrived in chunks.
    if (!final && buf.length - at < 12) return false
    this.fail(`unsupported markup ${JSON.stringify(buf.slice(at, at + 12))}`, at)
  }

  private doctype(final: boolean): boolean {
    const at = this.pos
    EXTERNAL_DOCTYPE.lastIndex = at
    if (EXTERNAL_DOCTYPE.test(this.buf)) {
      if (this.rootSeen) this.fail('DOCTYPE after the root element', at)
      this.pos = EXTERNAL_DOCTYPE.lastIndex
      return true
    }
    if (!final && this.buf.indexOf('>', at) === -1) return this.waitForMore(at, 'DOCTYPE')
    this.fail(
      'DOCTYPE declarations are refused when they declare anything (an internal subset): DTDs and entities are never processed (XML bomb / external entity)',
      at
    )
  }

  /** Comments, CDATA and processing instructions are skipped up to their terminator, possibly across chunks. */
  private enter(mode: Exclude<Mode, 'markup'>, contentStart: number): true {
    this.modeStart = { name: '', offset: this.base + this.pos, line: 0, column: 0 }
    this.mode = mode
    this.pos = contentStart
    return true
  }

  private skip(final: boolean): boolean {
    const mode = this.mode as Exclude<Mode, 'markup'>
    const terminator = TERMINATOR[mode]
    const buf = this.buf
    const end = buf.indexOf(terminator, this.pos)
    if (end === -1) {
      // Keep just enough for a terminator split across chunks; pass the rest on.
      const keep = final ? buf.length : Math.max(this.pos, buf.length - terminator.length + 1)
      if (mode === 'cdata' && keep > this.pos && this.handler.wantText)
        this.handler.text(buf.slice(this.pos, keep), true)
      this.pos = keep
      return false
    }
    if (mode === 'cdata' && end > this.pos && this.handler.wantText)
      this.handler.text(buf.slice(this.pos, end), true)
    this.pos = end + terminator.length
    this.mode = 'markup'
    return true
  }
}
