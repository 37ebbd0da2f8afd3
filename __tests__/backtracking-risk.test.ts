import { describe, expect, it } from '@jest/globals'
import { backtrackingRisk } from '../src/core/backtracking-risk.js'
import { compilePolicyRegex, MAX_SUBJECT_LENGTH, UnsafePatternError } from '../src/core/safe-regex.js'

const risk = (source: string): string | undefined => backtrackingRisk(source, MAX_SUBJECT_LENGTH)

describe('backtrackingRisk', () => {
  it.each([
    // Robustness case D3: an optional atom between two unbounded repeats.
    ['\\w*-?\\w*-?\\w*!', /two quantifiers in a row/],
    ['a*b?a*b?a*b?a*c', /two quantifiers in a row/],
    ['.*x?.*y', /two quantifiers in a row/],
    ['.*.*=.*', /two quantifiers in a row/],
    ['\\s+\\s*x', /two quantifiers in a row/],
    ['a*a*a*b', /two quantifiers in a row/],
    // A required separator the repeats can also take does not break the chain.
    ['\\w+x\\w+!', /two quantifiers in a row/],
    ['.*prod.*!', /two quantifiers in a row/],
    ['\\d+\\.?\\d*x', /two quantifiers in a row/],
    // Through groups, alternations and optional groups.
    ['(?:a*)b?a*c', /two quantifiers in a row/],
    ['(?:x|a*)(?:y|)a*c', /two quantifiers in a row/],
    ['(?:\\w+_?)?\\w+!', /two quantifiers in a row/],
    ['a{0,9000}a{0,9000}b', /two quantifiers in a row/],
    ['a?'.repeat(16) + 'a'.repeat(16) + 'b', /two quantifiers in a row/],
    // Exponential shapes, including the ones a flat textual check missed.
    ['(a+)+$', /nests quantifiers/],
    ['(a|a)*$', /nests quantifiers/],
    ['((a)+)+$', /nests quantifiers/],
    ['(?:(?:a)+)+$', /nests quantifiers/],
    ['(?:a?b?)+c', /nests quantifiers/],
    ['(?=.*.*x)y', /two quantifiers in a row/]
  ])('refuses %s', (source, message) => {
    expect(risk(source)).toMatch(message)
    expect(() => compilePolicyRegex(source)).toThrow(UnsafePatternError)
  })

  it.each([
    'deploy.*production',
    'deploy.*prod.*',
    '.*x',
    '^npm (?:run )?test',
    '\\w+-\\w+!',
    '(?:\\w+-)?\\w+!',
    '\\d+\\.\\d+\\.\\d+',
    '\\s+\\S+x',
    'https?://\\S+',
    '(?:staging|preprod|uat)',
    '\\b(?:prod|production|live)\\b',
    'smoke|synthetic',
    'deploy.*-?prod',
    '[a-z]+[0-9]+!',
    'v?\\d+',
    '(?:ab)+c',
    '\\d{1,3}\\.?\\d{1,3}x',
    'a?'.repeat(8) + 'b'
  ])('accepts %s', source => {
    expect(risk(source)).toBeUndefined()
  })

  it('reads every escape and class form RegExp accepts without failing', () => {
    for (const source of [
      '[\\]\\-a-z\\d\\W]',
      '[^]',
      '[]',
      '\\x41\\u0042\\cA\\0\\n\\/',
      'a{,3}b{',
      '(?<name>x)\\k<name>',
      '(x)\\1+y',
      '(?<=a)(?<!b)(?!c)',
      ']}'
    ]) {
      expect(() => risk(source)).not.toThrow()
    }
  })

  it('counts a backreference as a repeat that can take any text', () => {
    expect(risk('(a)\\1\\1b')).toMatch(/two quantifiers in a row/)
    expect(risk('(a)\\1+b')).toMatch(/nests quantifiers/)
  })
})
