import { backtrackingRisk } from './backtracking-risk.js'
import { BoundedCache } from './bounded-cache.js'
import { messageOf } from './message-of.js'

/**
 * Regexes from a policy are user input that runs on repository text. They are compiled once, capped in
 * length, refused when they could backtrack for super-quadratic time (`backtrackingRisk`), and only ever run
 * on bounded input (see `testBounded`).
 */
export const MAX_PATTERN_LENGTH = 200
/** Longest text a policy regex is run on; longer text is cut (a workflow line is far shorter). */
export const MAX_SUBJECT_LENGTH = 10_000

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
  let pattern: RegExp
  try {
    pattern = new RegExp(source, 'i')
  } catch (error) {
    throw new UnsafePatternError(`regex does not compile: ${messageOf(error)}`)
  }
  const risk = backtrackingRisk(source, MAX_SUBJECT_LENGTH)
  if (risk) throw new UnsafePatternError(risk)
  return pattern
}

export function testBounded(pattern: RegExp, subject: string): boolean {
  return pattern.test(subject.length > MAX_SUBJECT_LENGTH ? subject.slice(0, MAX_SUBJECT_LENGTH) : subject)
}
