import { BoundedCache } from './bounded-cache.js'
import { messageOf } from './message-of.js'

/**
 * Regexes from a policy are user input that runs on repository text. They are compiled once, capped in
 * length, refused when they nest quantifiers (the classic catastrophic-backtracking shape), and only ever run
 * on bounded input (see `testBounded`).
 */
export const MAX_PATTERN_LENGTH = 200
/** Longest text a policy regex is run on; longer text is cut (a workflow line is far shorter). */
export const MAX_SUBJECT_LENGTH = 10_000

/** A repeated group holding a quantifier or an alternation: `(a+)+`, `(a|a)*`, `(x|y){20}` — exponential. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}|](?:[^()\\]|\\.)*\)[+*{]/
/** Two unbounded quantifiers in a row (`.*.*`, `\s+\s*`, `a*a*a*b`): polynomial backtracking on long text. */
const ATOM = String.raw`(?:\\.|\[(?:[^\]\\]|\\.)*\]|[^\\()[\]|*+?{}])`
const UNBOUNDED = String.raw`(?:[*+]|\{\d*,\})\??`
const ADJACENT_QUANTIFIERS = new RegExp(`${ATOM}${UNBOUNDED}${ATOM}${UNBOUNDED}`)

export class UnsafePatternError extends Error {}

/** Practices ask for the same few patterns for every job; compile each once. */
const compiled = new BoundedCache<string, RegExp>(1_000)

/** Compiles a case-insensitive policy regex or throws UnsafePatternError saying why it was refused. */
export function compilePolicyRegex(source: string): RegExp {
  return compiled.get(source, compileUncached)
}

function compileUncached(source: string): RegExp {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new UnsafePatternError(
      `regex is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`
    )
  }
  if (NESTED_QUANTIFIER.test(source)) {
    throw new UnsafePatternError(
      'regex nests quantifiers (like `(a+)+` or `(a|b)*`), which can backtrack catastrophically'
    )
  }
  if (ADJACENT_QUANTIFIERS.test(source)) {
    throw new UnsafePatternError(
      'regex repeats two quantifiers in a row (like `.*.*`), which backtracks for a long time on long text'
    )
  }
  try {
    return new RegExp(source, 'i')
  } catch (error) {
    throw new UnsafePatternError(`regex does not compile: ${messageOf(error)}`)
  }
}

export function testBounded(pattern: RegExp, subject: string): boolean {
  return pattern.test(subject.length > MAX_SUBJECT_LENGTH ? subject.slice(0, MAX_SUBJECT_LENGTH) : subject)
}
