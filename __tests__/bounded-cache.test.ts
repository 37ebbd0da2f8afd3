import { describe, expect, it } from '@jest/globals'
import { BoundedCache } from '../src/core/bounded-cache.js'

describe('BoundedCache', () => {
  it('makes a value once per key while it is remembered', () => {
    const cache = new BoundedCache<string, number>(3)
    let made = 0
    const make = (key: string) => (made++, key.length)
    expect([cache.get('ab', make), cache.get('ab', make), cache.get('abc', make)]).toEqual([2, 2, 3])
    expect(made).toBe(2)
  })

  it('never grows past its limit, forgetting the least recently used entry', () => {
    const cache = new BoundedCache<number, number>(3)
    const made: number[] = []
    const make = (key: number) => (made.push(key), key * 10)
    for (let key = 0; key < 1_000; key++) {
      cache.get(key, make)
      expect(cache.size).toBeLessThanOrEqual(3)
    }
    made.length = 0
    cache.get(998, make) // used again: now the most recent
    cache.get(1_000, make) // evicts 997, the least recently used
    cache.get(998, make)
    cache.get(999, make)
    cache.get(997, make)
    expect(made).toEqual([1_000, 997])
    expect(cache.size).toBe(3)
  })

  it('caches nothing when making the value throws', () => {
    const cache = new BoundedCache<string, RegExp>(2)
    expect(() =>
      cache.get('(', () => {
        throw new Error('no')
      })
    ).toThrow('no')
    expect(cache.size).toBe(0)
  })
})
