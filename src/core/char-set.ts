const MAX_UNIT = 0xffff

/**
 * A set of UTF-16 code units as sorted, disjoint, non-adjacent ranges: what one regex atom can match. Used by
 * the backtracking analysis, which only ever asks whether two atoms can match a common character, so sets
 * may over-approximate (never the reverse).
 */
export class CharSet {
  private constructor(private readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  static readonly EMPTY = new CharSet([])
  static readonly ANY = new CharSet([[0, MAX_UNIT]])

  static of(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
    const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [lo, hi] of sorted) {
      const last = merged.at(-1)
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi)
      else merged.push([lo, hi])
    }
    return new CharSet(merged)
  }

  static char(unit: number): CharSet {
    return CharSet.of([[unit, unit]])
  }

  union(other: CharSet): CharSet {
    return CharSet.of([...this.ranges, ...other.ranges])
  }

  intersect(other: CharSet): CharSet {
    const out: Array<[number, number]> = []
    for (const [a, b] of this.ranges) {
      for (const [c, d] of other.ranges) {
        if (c > b) break
        if (d >= a) out.push([Math.max(a, c), Math.min(b, d)])
      }
    }
    return CharSet.of(out)
  }

  complement(): CharSet {
    const out: Array<[number, number]> = []
    let next = 0
    for (const [lo, hi] of this.ranges) {
      if (lo > next) out.push([next, lo - 1])
      next = hi + 1
    }
    if (next <= MAX_UNIT) out.push([next, MAX_UNIT])
    return CharSet.of(out)
  }

  /**
   * The set as a case-insensitive (`i`, no `u`) regex matches it: ASCII letters with their other case, and,
   * when any unit from 128 up is in the set, every unit from 128 up (non-ASCII case mapping is not modelled,
   * so the set grows rather than misses a character).
   */
  caseFolded(): CharSet {
    const extra: Array<[number, number]> = []
    for (const [lo, hi] of this.ranges) {
      for (const [from, to, shift] of [
        [0x41, 0x5a, 0x20],
        [0x61, 0x7a, -0x20]
      ] as const) {
        const a = Math.max(lo, from)
        const b = Math.min(hi, to)
        if (a <= b) extra.push([a + shift, b + shift])
      }
      if (hi >= 0x80) extra.push([0x80, MAX_UNIT])
    }
    return extra.length === 0 ? this : CharSet.of([...this.ranges, ...extra])
  }

  isEmpty(): boolean {
    return this.ranges.length === 0
  }

  overlaps(other: CharSet): boolean {
    return !this.intersect(other).isEmpty()
  }

  /** Whether every unit of `other` is in this set. */
  covers(other: CharSet): boolean {
    return other.intersect(this).key() === other.key()
  }

  key(): string {
    return this.ranges.map(([lo, hi]) => `${lo}-${hi}`).join(',')
  }
}
