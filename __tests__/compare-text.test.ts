import { describe, expect, it } from '@jest/globals'
import { compareText } from '../src/core/compare-text.js'

// [a, b, sign of compareText(a, b)]: code-unit order, whatever the machine's locale.
const CASES: Array<[string, string, number]> = [
  ['ci-on-change', 'ci-on-change', 0],
  ['ci-on-change', 'cionchange', -1],
  ['unit-tests', 'static-analysis', 1],
  ['Make', 'make', -1],
  ['B', 'a', -1],
  ['npm test', 'npm-test', -1],
  ['', 'a', -1]
]

describe('compareText', () => {
  it.each(CASES)('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareText(a, b))).toBe(sign)
    expect(Math.sign(compareText(b, a))).toBe(-sign || 0)
  })
})
