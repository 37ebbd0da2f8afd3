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

  it('remembers a value that is undefined', () => {
    const cache = new BoundedCache<string, undefined>(4)
    let made = 0
    const make = (): undefined => {
      made++
      return undefined
    }
    cache.get('a', make)
    cache.get('a', make)
    expect(made).toBe(1)
  })

  it('never grows past its limit', () => {
    for (const limit of [1, 2, 3, 10]) {
      const cache = new BoundedCache<number, number>(limit)
      for (let key = 0; key < 1_000; key++) {
        cache.get(key % 37, k => k * 10)
        expect(cache.size).toBeLessThanOrEqual(limit)
      }
    }
  })

  it('keeps what was used since the last rotation and forgets what was not used for two', () => {
    // A limit of 6: generations of 3.
    const cache = new BoundedCache<number, number>(6)
    const made: number[] = []
    const make = (key: number) => (made.push(key), key * 10)
    for (const key of [1, 2, 3]) cache.get(key, make) // young fills: [1, 2, 3] becomes old
    cache.get(1, make) // a hit in the old generation: back in the young one
    for (const key of [4, 5]) cache.get(key, make) // young [1, 4, 5] becomes old; [2, 3] are forgotten
    cache.get(6, make)
    made.length = 0
    for (const key of [5, 1, 2, 3]) cache.get(key, make)
    expect(made).toEqual([2, 3])
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
