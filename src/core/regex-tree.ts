import { CharSet } from './char-set.js'

/** A regex (JavaScript syntax, `i` flag, no `u`) as the backtracking analysis needs it. */
export type RegexNode =
  | { kind: 'char'; set: CharSet }
  /** `^`, `$`, `\b`, `\B`: match no character and can fail. */
  | { kind: 'assertion' }
  | { kind: 'empty' }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'alternation'; branches: RegexNode[] }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number }
  | { kind: 'lookaround'; body: RegexNode }
  | { kind: 'backreference' }

const range = (lo: string, hi: string): [number, number] => [lo.charCodeAt(0), hi.charCodeAt(0)]
const DIGIT = CharSet.of([range('0', '9')])
const WORD = CharSet.of([range('0', '9'), range('A', 'Z'), range('a', 'z'), range('_', '_')])
const SPACE = CharSet.of([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff]
])
const LINE_TERMINATORS = CharSet.of([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029]
])
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT,
  D: DIGIT.complement(),
  w: WORD,
  W: WORD.complement(),
  s: SPACE,
  S: SPACE.complement()
}
const CONTROL_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b }
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/

/** Thrown for syntax the reader does not model; the caller refuses such a pattern rather than guess. */
export class UnreadableRegexError extends Error {}

/**
 * Reads a pattern that `new RegExp(source, 'i')` has already accepted into a tree of character sets, repeats
 * and alternations (Annex B leniency included: a `{` that starts no quantifier is a literal). Character sets
 * are case-folded.
 */
export function parseRegexTree(source: string): RegexNode {
  const reader = new Reader(source)
  const tree = reader.alternation()
  if (!reader.done()) throw new UnreadableRegexError(`unexpected "${source[reader.at]}" at ${reader.at}`)
  return tree
}

class Reader {
  at = 0
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? ''
  }

  private take(): string {
    const c = this.peek()
    this.at++
    return c
  }

  alternation(): RegexNode {
    const branches = [this.sequence()]
    while (this.peek() === '|') {
      this.at++
      branches.push(this.sequence())
    }
    return branches.length === 1 ? (branches[0] as RegexNode) : { kind: 'alternation', branches }
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = []
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')')
      items.push(this.quantified(this.atom()))
    return items.length === 1 ? (items[0] as RegexNode) : { kind: 'sequence', items }
  }

  private quantified(body: RegexNode): RegexNode {
    const bounds = this.quantifier()
    if (!bounds) return body
    if (this.peek() === '?') this.at++
    return { kind: 'repeat', body, min: bounds[0], max: bounds[1] }
  }

  private quantifier(): [number, number] | undefined {
    const c = this.peek()
    if (c === '*' || c === '+' || c === '?') {
      this.at++
      return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1]
    }
    const braces = c === '{' ? QUANTIFIER.exec(this.source.slice(this.at)) : null
    if (!braces) return undefined
    this.at += braces[0].length
    const min = Number(braces[1])
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3])
    return [min, max]
  }

  private atom(): RegexNode {
    const c = this.take()
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return { kind: 'char', set: this.characterClass() }
      case '.':
        return { kind: 'char', set: LINE_TERMINATORS.complement() }
      case '^':
      case '$':
        return { kind: 'assertion' }
      case '\\':
        return this.escape()
      default:
        return literal(c.charCodeAt(0))
    }
  }

  private group(): RegexNode {
    let lookaround = false
    if (this.peek() === '?') {
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.at))
      if (!head) throw new UnreadableRegexError(`unsupported group at ${this.at}`)
      lookaround = /^\?(?:=|!|<=|<!)$/.test(head[0])
      this.at += head[0].length
    }
    const body = this.alternation()
    if (this.take() !== ')') throw new UnreadableRegexError('unclosed group')
    return lookaround ? { kind: 'lookaround', body } : body
  }

  private escape(): RegexNode {
    const c = this.take()
    if (c === 'b' || c === 'B') return { kind: 'assertion' }
    if (/[1-9]/.test(c) || (c === 'k' && this.peek() === '<')) {
      while (/[\d]/.test(this.peek())) this.at++
      if (c === 'k') this.at = this.source.indexOf('>', this.at) + 1
      return { kind: 'backreference' }
    }
    const set = CLASS_ESCAPES[c]
    return set ? { kind: 'char', set } : literal(this.escapedUnit(c))
  }

  /** The code unit of an escape that stands for one character (`\n`, `\x41`, `\u0041`, `\cA`, `\.`). */
  private escapedUnit(c: string): number {
    const control = CONTROL_ESCAPES[c]
    if (control !== undefined) return control
    const hex = c === 'x' ? /^[\da-fA-F]{2}/ : c === 'u' ? /^[\da-fA-F]{4}/ : undefined
    const digits = hex?.exec(this.source.slice(this.at))
    if (digits) {
      this.at += digits[0].length
      return parseInt(digits[0], 16)
    }
    if (c === 'c' && /[A-Za-z]/.test(this.peek())) return this.take().charCodeAt(0) % 32
    if (c === '0') return 0
    return c.charCodeAt(0)
  }

  private characterClass(): CharSet {
    const negated = this.peek() === '^'
    if (negated) this.at++
    let set = CharSet.EMPTY
    while (this.peek() !== ']') {
      if (this.done()) throw new UnreadableRegexError('unclosed character class')
      const from = this.classAtom()
      if (this.peek() === '-' && this.peek(1) !== ']' && typeof from === 'number') {
        this.at++
        const to = this.classAtom()
        set = set.union(
          typeof to === 'number'
            ? CharSet.of([[from, to]])
            : to.union(
                CharSet.of([
                  [from, from],
                  [0x2d, 0x2d]
                ])
              )
        )
      } else {
        set = set.union(typeof from === 'number' ? CharSet.char(from) : from)
      }
    }
    this.at++
    // Negated, the complement is folded (not the other way), so the set can only grow.
    return (negated ? set.complement() : set).caseFolded()
  }

  private classAtom(): number | CharSet {
    const c = this.take()
    if (c !== '\\') return c.charCodeAt(0)
    const e = this.take()
    if (e === 'b') return 0x08
    return CLASS_ESCAPES[e] ?? (/[1-9]/.test(e) ? CharSet.ANY : this.escapedUnit(e))
  }
}

/** Literal characters are most of a pattern: each distinct one is folded once (sets and nodes are never changed). */
const literals = new Map<number, RegexNode>()

function literal(unit: number): RegexNode {
  let node = literals.get(unit)
  if (node === undefined) literals.set(unit, (node = { kind: 'char', set: CharSet.char(unit).caseFolded() }))
  return node
}
