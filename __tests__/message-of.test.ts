import { describe, expect, it } from '@jest/globals'
import { messageOf } from '../src/core/message-of.js'

describe('messageOf', () => {
  it.each([
    ['an Error', new TypeError('bad input'), 'bad input'],
    ['a thrown string', 'plain words', 'plain words'],
    ['a thrown number', 42, '42'],
    ['undefined', undefined, 'undefined']
  ])('says what %s says', (_name, error, message) => {
    expect(messageOf(error)).toBe(message)
  })
})
