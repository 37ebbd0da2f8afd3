import { CharSet } from './char-set.js'
import { parseRegexTree, UnreadableRegexError } from './regex-tree.js'
import type { RegexNode } from './regex-tree.js'

/**
 * Why a policy regex could make a backtracking engine take super-quadratic time, or undefined when it cannot.
 *
 * The pattern is read as a sequence of units (one character, or a repeat of a fixed-length body) linked by
 * which unit may follow which (a Glushkov automaton). Two shapes are refused:
 * - a repeat whose body can itself vary (`(a+)+`, `(a|b)*`, `(\d?x)+`): exponential;
 * - a chain of repeats that can share a character, with only optional parts or shared characters between
 *   them (`.*.*`, `\w*-?\w*`, `.*x?.*y`, `\w+x\w+!`, sixteen `a?` in a row): each repeat multiplies the ways
 *   to split the text. One unbounded repeat with a few short options (`deploy.*-?prod`) stays allowed — it is
 *   what the unanchored search already costs — and a repeat after which the match can only succeed
 *   (`deploy.*`) costs nothing, since it is never backtracked into.
 */
export function backtrackingRisk(source: string, subjectLength: number): string | undefined {
  try {
    return riskOf(parseRegexTree(source), Math.log2(subjectLength))
  } catch (error) {
    if (error instanceof UnreadableRegexError)
      return `regex uses syntax the backtracking check cannot read (${error.message})`
    throw error
  }
}

interface Unit {
  id: number
  set: CharSet
  nullable: boolean
  /** log2 of how many lengths it can take: 0 for a character, log2(subject length) when unbounded. */
  cost: number
}

interface Shape {
  nullable: boolean
  /** Matches the empty text and cannot fail doing so (no assertion, lookaround or backreference). */
  transparent: boolean
  first: Unit[]
  last: Unit[]
  /** Units after which the rest of the pattern always matches empty: the match ends there. */
  safeLast: Unit[]
}

const NESTED = 'regex nests quantifiers (like `(a+)+` or `(a|b)*`), which can backtrack catastrophically'
const CHAINED =
  'regex repeats two quantifiers in a row that can match the same text (like `.*.*`, or `\\w*-?\\w*` with only ' +
  'optional parts between them), which backtracks for a long time on long text'
const TOO_COMPLEX = 'regex has too many alternatives and repeats for the backtracking check'
/** How far beyond one unbounded repeat a chain may go: a factor of 4 (two short options). */
const SLACK = 2
const MAX_STATES = 20_000

class Risk extends Error {}

function riskOf(tree: RegexNode, unbounded: number): string | undefined {
  try {
    new Automaton(unbounded).check(tree)
    return undefined
  } catch (error) {
    if (error instanceof Risk) return error.message
    throw error
  }
}

const EMPTY: Shape = { nullable: true, transparent: true, first: [], last: [], safeLast: [] }
const ASSERTION: Shape = { ...EMPTY, transparent: false }

class Automaton {
  private readonly units: Unit[] = []
  private readonly follow = new Map<Unit, Set<Unit>>()
  private safe = new Set<Unit>()
  private readonly memo = new Map<string, number>()

  constructor(private readonly unbounded: number) {}

  check(tree: RegexNode): void {
    const shape = this.shape(tree)
    this.safe = new Set(shape.safeLast)
    for (const start of this.units) {
      if (start.cost === 0 || this.safe.has(start)) continue
      const chain = start.cost + this.next(start, start.set, [])
      if (chain > this.unbounded + SLACK) throw new Risk(CHAINED)
    }
  }

  private shape(node: RegexNode): Shape {
    switch (node.kind) {
      case 'char':
        return this.unitShape(this.unit(node.set, false, 0), false)
      case 'assertion':
        return ASSERTION
      case 'empty':
        return EMPTY
      case 'lookaround':
        new Automaton(this.unbounded).check(node.body)
        return ASSERTION
      case 'backreference':
        return this.unitShape(this.unit(CharSet.ANY, true, this.unbounded), true)
      case 'alternation':
        return this.alternation(node.branches.map(branch => this.shape(branch)))
      case 'sequence':
        return this.sequence(node.items.map(item => this.shape(item)))
      case 'repeat':
        return this.repeat(node)
    }
  }

  private unit(set: CharSet, nullable: boolean, cost: number): Unit {
    const unit = { id: this.units.length, set, nullable, cost }
    this.units.push(unit)
    this.follow.set(unit, new Set())
    return unit
  }

  private unitShape(unit: Unit, canFail: boolean): Shape {
    const transparent = unit.nullable && !canFail
    return { nullable: unit.nullable, transparent, first: [unit], last: [unit], safeLast: [unit] }
  }

  private repeat(node: Extract<RegexNode, { kind: 'repeat' }>): Shape {
    if (node.max === 0) return EMPTY
    if (varies(node.body)) {
      if (node.max > 1) throw new Risk(NESTED)
      const body = this.shape(node.body)
      if (node.min > 0) return body
      return { ...body, nullable: true, transparent: true }
    }
    forEachLookaround(node.body, body => {
      new Automaton(this.unbounded).check(body)
    })
    const set = charactersOf(node.body)
    if (set.isEmpty()) return node.min === 0 ? EMPTY : ASSERTION
    const lengths = node.max - node.min + 1
    const cost = node.max === node.min ? 0 : Math.min(Math.log2(lengths), this.unbounded)
    return this.unitShape(this.unit(set, node.min === 0, cost), false)
  }

  private alternation(shapes: Shape[]): Shape {
    return {
      nullable: shapes.some(s => s.nullable),
      transparent: shapes.some(s => s.transparent),
      first: shapes.flatMap(s => s.first),
      last: shapes.flatMap(s => s.last),
      safeLast: shapes.flatMap(s => s.safeLast)
    }
  }

  private sequence(shapes: Shape[]): Shape {
    let first: Unit[] = []
    let last: Unit[] = []
    let nullable = true
    for (const s of shapes) {
      for (const from of last) for (const to of s.first) this.follow.get(from)?.add(to)
      if (nullable) first = [...first, ...s.first]
      last = s.nullable ? [...last, ...s.last] : s.last
      nullable &&= s.nullable
    }
    let safeLast: Unit[] = []
    for (const s of [...shapes].reverse()) {
      safeLast = [...safeLast, ...s.safeLast]
      if (!s.transparent) break
    }
    return { nullable, transparent: shapes.every(s => s.transparent), first, last, safeLast }
  }

  /** The largest cost a chain can add after `from`, when its repeats must all share a character of `shared`. */
  private next(from: Unit, shared: CharSet, separators: CharSet[]): number {
    let best = 0
    for (const unit of this.follow.get(from) ?? [])
      best = Math.max(best, this.reach(unit, shared, separators))
    return best
  }

  /**
   * Reaching `unit` on a chain whose repeats share `shared`: skip it when it can be empty, pass over it as a
   * separator (whose characters the repeats must also be able to take), or count it as the next repeat.
   */
  private reach(unit: Unit, shared: CharSet, separators: CharSet[]): number {
    const key = `${unit.id}|${shared.key()}|${separators.map(s => s.key()).join(';')}`
    const known = this.memo.get(key)
    if (known !== undefined) return known
    if (this.memo.size >= MAX_STATES) throw new Risk(TOO_COMPLEX)
    let best = 0
    if (unit.nullable) best = this.next(unit, shared, separators)
    else if (unit.set.overlaps(shared))
      best = this.next(unit, shared, keep([...separators, unit.set], shared))
    const narrowed = unit.set.intersect(shared)
    if (
      unit.cost > 0 &&
      !this.safe.has(unit) &&
      separators.every(s => s.overlaps(narrowed)) &&
      !narrowed.isEmpty()
    )
      best = Math.max(best, unit.cost + this.next(unit, narrowed, keep(separators, narrowed)))
    this.memo.set(key, best)
    return best
  }
}

/** Separators that still constrain a chain sharing `shared` (one covering it always fits), deduplicated. */
function keep(separators: CharSet[], shared: CharSet): CharSet[] {
  const byKey = new Map(separators.filter(s => !s.covers(shared)).map(s => [s.key(), s]))
  return [...byKey.keys()].sort().map(key => byKey.get(key) as CharSet)
}

/** Whether the text a node matches can vary in length or in how it is split: repeats, alternations, backreferences. */
function varies(node: RegexNode): boolean {
  switch (node.kind) {
    case 'repeat':
      return node.max !== node.min || varies(node.body)
    case 'alternation':
    case 'backreference':
      return true
    case 'sequence':
      return node.items.some(varies)
    default:
      return false
  }
}

function charactersOf(node: RegexNode): CharSet {
  switch (node.kind) {
    case 'char':
      return node.set
    case 'sequence':
      return node.items.reduce((set, item) => set.union(charactersOf(item)), CharSet.EMPTY)
    case 'repeat':
      return node.max === 0 ? CharSet.EMPTY : charactersOf(node.body)
    default:
      return CharSet.EMPTY
  }
}

function forEachLookaround(node: RegexNode, visit: (body: RegexNode) => void): void {
  if (node.kind === 'lookaround') visit(node.body)
  else if (node.kind === 'sequence') for (const item of node.items) forEachLookaround(item, visit)
  else if (node.kind === 'repeat') forEachLookaround(node.body, visit)
}
