import type { YamlNode, YamlPair } from './yaml-node.js'
import { INDICATOR_START, quotedScalar, resolvePlain } from './yaml-scalars.js'
import { Unsupported } from './yaml-unsupported.js'

/** A one-line flow collection (`[a, b]`, `{ a: b }`, nested), starting at offset of its bracket. */
export class FlowReader {
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
