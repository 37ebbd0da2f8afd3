/** A value the test needs to go on; its absence fails the test with what was missing, not a TypeError. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`)
  return value
}
