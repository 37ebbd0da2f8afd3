/** Maps this small are searched by a scan, which costs less than building a Set for each. */
const SCANNED = 16

/**
 * The keys of one map read so far, to find a duplicate (which the fast reader leaves to the library). Most
 * maps of a workflow have a few keys and a thousand files have hundreds of thousands of maps, so a Set is
 * built only for a map that grows past SCANNED keys. Keys compare as a Set compares them (SameValueZero).
 */
export class KeysSeen {
  private readonly list: unknown[] = []
  private index: Set<unknown> | undefined

  /** Adds `key`; false when it was already there. */
  add(key: unknown): boolean {
    if (this.index) {
      if (this.index.has(key)) return false
      this.index.add(key)
      return true
    }
    if (this.list.includes(key)) return false
    this.list.push(key)
    if (this.list.length > SCANNED) this.index = new Set(this.list)
    return true
  }
}
