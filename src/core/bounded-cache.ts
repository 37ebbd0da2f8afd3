/**
 * A cache that keeps at most `limit` entries, forgetting the least recently used. Module-level caches live as
 * long as the process (a test run, a long CLI session over many repositories), so they must not grow with
 * every action, command or pattern ever seen.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size
  }

  /** The value cached for `key`, made by `make` on a miss (a `make` that throws caches nothing). */
  get(key: K, make: (key: K) => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V
      // A Map iterates in insertion order: inserting again marks the entry as the most recently used.
      this.entries.delete(key)
      this.entries.set(key, value)
      return value
    }
    const value = make(key)
    this.entries.set(key, value)
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K)
    return value
  }
}
