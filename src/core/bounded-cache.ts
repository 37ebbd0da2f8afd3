/**
 * A cache that keeps at most `limit` entries, forgetting those used least lately. Module-level caches live as
 * long as the process (a test run, a long CLI session over many repositories), so they must not grow with
 * every action, command or pattern ever seen.
 *
 * Entries live in two generations of at most half the limit each: new and used entries go to the young one,
 * and when it is full the old generation is forgotten and the young one becomes old. A hit in the young
 * generation is one lookup. An exact least-recently-used order (move each hit to the end of one Map) costs a
 * delete and an insert per hit, and the holes deletes leave make the Map rebuild itself: in a gate over
 * 100,000 steps that was most of the cache's time. An entry used since the last rotation outlives the next one.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>()
  private old = new Map<K, V>()
  private readonly generation: number

  constructor(readonly limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2))
  }

  get size(): number {
    return this.young.size + this.old.size
  }

  /** The value cached for `key`, made by `make` on a miss (a `make` that throws caches nothing). */
  get(key: K, make: (key: K) => V): V {
    const young = this.young.get(key)
    if (young !== undefined || this.young.has(key)) return young as V
    const value = this.old.has(key) ? (this.old.get(key) as V) : make(key)
    this.old.delete(key)
    this.young.set(key, value)
    if (this.young.size >= this.generation) {
      this.old = this.young
      this.young = new Map<K, V>()
    }
    return value
  }
}
