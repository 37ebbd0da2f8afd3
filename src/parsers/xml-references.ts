import { isXmlChar, REFERENCE } from './xml-grammar.js'

/** A trailing `&…` shorter than this is kept for the next chunk so that a reference is never split. */
export const MAX_REFERENCE = 16
/**
 * How an undefined reference is quoted: at most MAX_REFERENCE characters from its `&`, all a streamed buffer is
 * sure to hold when the text is checked, so that the message is the same however the report arrived in chunks.
 */
const QUOTED_REFERENCE = new RegExp(`^&[^;\\s<&]{0,${MAX_REFERENCE - 2}};?`)

/** Sentinel for "no such character in the rest of the buffer". */
const NONE = Number.MAX_SAFE_INTEGER

function indexOrNone(buf: string, search: string, from: number): number {
  const i = buf.indexOf(search, from)
  return i === -1 ? NONE : i
}

/**
 * The tokenizer's check of references, the only entities it lets through: every `&` in text must start one
 * of the predefined or character references, and every character reference must name a legal character.
 * The next `&` (in text) and `&#` (anywhere) are cached, so that each is searched for once per buffer.
 */
export class XmlReferences {
  private nextAmp = -1
  private nextCharRef = -1

  /** `fail` raises the error at an index of the buffer being checked. */
  constructor(private readonly fail: (message: string, index: number) => never) {}

  /** The buffer changed: cached indexes point nowhere. */
  reset(): void {
    this.nextAmp = -1
    this.nextCharRef = -1
  }

  /** Every `&` in text must start one of the predefined or character references. */
  checkText(buf: string, start: number, end: number): void {
    if (this.nextAmp < start) this.nextAmp = indexOrNone(buf, '&', start)
    while (this.nextAmp < end) {
      const at = this.nextAmp
      REFERENCE.lastIndex = at
      if (!REFERENCE.test(buf) || REFERENCE.lastIndex > end) {
        const ref = QUOTED_REFERENCE.exec(buf.slice(at, at + MAX_REFERENCE))?.[0] ?? '&'
        this.fail(
          `undefined entity reference ${ref}: only &lt; &gt; &amp; &quot; &apos; and character references are allowed (no DTD entities are expanded)`,
          at
        )
      }
      this.nextAmp = indexOrNone(buf, '&', at + 1)
    }
    this.checkCharacterReferences(buf, start, end)
  }

  /** Character references (already well-formed) must name a legal XML character. */
  checkCharacterReferences(buf: string, start: number, end: number): void {
    if (this.nextCharRef < start) this.nextCharRef = indexOrNone(buf, '&#', start)
    while (this.nextCharRef < end) {
      const at = this.nextCharRef
      const ref = buf.slice(at + 2, buf.indexOf(';', at))
      const code = ref[0] === 'x' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10)
      if (!isXmlChar(code)) this.fail(`character reference &#${ref}; is not a legal XML character`, at)
      this.nextCharRef = indexOrNone(buf, '&#', at + 1)
    }
  }

  /** A tag the grammar refused, checked from its start: a bad reference is the likeliest reason to name. */
  checkRefusedTag(buf: string, start: number, end: number): void {
    this.nextAmp = -1
    this.checkText(buf, start, end)
  }
}
