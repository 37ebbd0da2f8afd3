import type { YamlNode, YamlPair } from './yaml-node.js'
import { KeysSeen } from './yaml-keys-seen.js'
import { INDICATOR_START, quotedScalar, resolvePlain } from './yaml-scalars.js'
import { Unsupported } from './yaml-unsupported.js'
import { skipWhitespace } from './yaml-whitespace.js'

/**
 * A one-line flow collection (`[a, b]`, `{ a: b }`, nested) read in place in the file's text, from its bracket
 * at `start` to the end of its line at `end`; positions in the text are the nodes' offsets.
 */
export class FlowReader {
  private pos: number

  constructor(
    private readonly text: string,
    start: number,
    private readonly lineEnd: number
  ) {
    this.pos = start
  }

  value(): YamlNode {
    this.spaces()
    const c = this.char()
    const offset = this.pos
    if (c === '[') return this.collection(']', offset)
    if (c === '{') return this.collection('}', offset)
    if (c === '"' || c === "'") {
      const quoted = quotedScalar(this.text, this.pos, this.lineEnd)
      if (!quoted) throw new Unsupported()
      this.pos = quoted.end
      return { kind: 'scalar', offset, value: quoted.value }
    }
    const plain = this.text.slice(this.pos, this.plainEnd())
    if (plain === '' || INDICATOR_START.test(plain) || /:(?:\s|$)/.test(plain)) throw new Unsupported()
    this.pos += plain.length
    return { kind: 'scalar', offset, value: resolvePlain(plain) }
  }

  end(): void {
    // Once per collection, so the rest of the line may be copied for the regex.
    if (!/^\s*(?:#.*)?$/.test(this.text.slice(this.pos, this.lineEnd))) throw new Unsupported()
  }

  /** The character at the reading position, undefined past the end of the line. */
  private char(): string | undefined {
    return this.pos < this.lineEnd ? this.text[this.pos] : undefined
  }

  private collection(close: string, offset: number): YamlNode {
    this.pos++
    const isMap = close === '}'
    const items: YamlNode[] = []
    const pairs: YamlPair[] = []
    const seen = new KeysSeen()
    for (;;) {
      this.spaces()
      if (this.char() === close) {
        this.pos++
        return isMap ? { kind: 'map', offset, pairs } : { kind: 'seq', offset, items }
      }
      const item = this.value()
      this.spaces()
      if (this.char() === ':') {
        if (!isMap || item.kind !== 'scalar' || !seen.add(item.value)) throw new Unsupported()
        this.pos++
        const colon = this.pos
        this.spaces()
        const empty = this.char() === ',' || this.char() === close
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
      const c = this.char()
      if (c === ',') this.pos++
      else if (c !== close) throw new Unsupported()
    }
  }

  /**
   * Where a plain scalar starting at the reading position ends: at the first place followed by optional
   * whitespace and then `,` `]` `}`, a `:` with whitespace or one of those after it, a comment, or the line's
   * end; the reading position itself when a `,[]{}#` comes first. This is the regex
   * `^[^,[\]{}#]*?(?=\s*(?:[,\]}]|:(?:\s|[,\]}])|\s#|$))` without copying the rest of the line for each scalar.
   */
  private plainEnd(): number {
    for (let at = this.pos; at < this.lineEnd; at++) {
      const c = this.text.charAt(at)
      // Only whitespace or one of these can start what ends a scalar: other characters skip the lookahead.
      if ((',]}:'.includes(c) || skipWhitespace(this.text, at, at + 1) > at) && this.endsPlain(at)) return at
      if (',[]{}#'.includes(c)) return this.pos
    }
    return this.lineEnd
  }

  private endsPlain(at: number): boolean {
    const next = skipWhitespace(this.text, at, this.lineEnd)
    if (next >= this.lineEnd) return true
    const c = this.text.charAt(next)
    if (c === ',' || c === ']' || c === '}') return true
    if (c === '#') return next > at
    if (c !== ':' || next + 1 >= this.lineEnd) return false
    const after = this.text.charAt(next + 1)
    return skipWhitespace(this.text, next + 1, next + 2) > next + 1 || ',]}'.includes(after)
  }

  private spaces(): void {
    while (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) === 32) this.pos++
  }
}
