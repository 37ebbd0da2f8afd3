/** An element, or a comment, CDATA section or processing instruction, not yet closed. */
export interface OpenElement {
  name: string
  /** Absolute offset of its `<` in the document. */
  offset: number
  /** 0 until placed: positions are worked out lazily, before the text is dropped. */
  line: number
  column: number
}

/**
 * Line and column of offsets in a document read in chunks. Lines are counted incrementally, only when the
 * tokenizer drops consumed text and when an error is raised, never per tag: `buf` is the text still held and
 * `base` the absolute offset of its first character.
 */
export class XmlPositions {
  /** Everything before `countedTo` (absolute) has been counted. */
  private countedTo = 0
  private line = 1
  private lastNewline = -1

  /** Counts the lines of `buf` up to the absolute offset `absolute`. */
  countTo(buf: string, base: number, absolute: number): void {
    const end = absolute - base
    let i = buf.indexOf('\n', this.countedTo - base)
    while (i !== -1 && i < end) {
      this.line++
      this.lastNewline = base + i
      i = buf.indexOf('\n', i + 1)
    }
    this.countedTo = absolute
  }

  /** Places an open element that starts in `buf` before that text is dropped; a placed one stays as it is. */
  place(open: OpenElement, buf: string, base: number): void {
    if (open.line !== 0) return
    this.countTo(buf, base, open.offset)
    open.line = this.line
    open.column = open.offset - this.lastNewline
  }

  /** Where an open element starts, placed or not. */
  ofOpen(open: OpenElement, buf: string, base: number): { line: number; column: number } {
    return open.line !== 0 ? open : this.of(buf, base, open.offset - base)
  }

  /** Position of buf[index]; counts from the start of the buffer, so it is for errors only. */
  of(buf: string, base: number, index: number): { line: number; column: number } {
    let line = this.line
    let lastNewline = this.lastNewline
    let i = buf.indexOf('\n')
    while (i !== -1 && i < index) {
      line++
      lastNewline = base + i
      i = buf.indexOf('\n', i + 1)
    }
    return { line, column: base + index - lastNewline }
  }
}
