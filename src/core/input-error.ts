/**
 * A mistake in what the gate was pointed at — a directory that does not exist, a report path it cannot
 * write — rather than in the repository it judges. The CLI prints it as one line, `maturity-gate: <what>
 * (<path>)`, and exits 2; never a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly what: string,
    readonly path: string
  ) {
    super(`${what} (${path})`)
  }
}
