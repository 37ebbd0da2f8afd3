/**
 * A task runner whose targets a script is followed into (npm scripts, make, just, task). Each runner is one
 * file of this folder and one line of registry.ts; parse-invocation.ts reads the command line they share
 * the shape of, and script-resolution.ts follows what the runner defines.
 */
export interface ScriptRunner {
  /** Command names that start the runner (`make`, `gmake`, `$(MAKE)`, …). */
  tools: readonly string[]
  /** Its flags that take a value (beyond the directory and file flags every runner shares): not targets. */
  valueFlags?: readonly string[]
  /** What a command line that starts the runner runs; undefined when it names nothing a file can tell. */
  invocation(call: RunnerCall): Invocation | undefined
}

/** One command line that starts a runner, flags parsed. */
export interface RunnerCall {
  tool: string
  /** Words that are not flags or assignments, in order: subcommands, targets, script names. */
  args: string[]
  flags: ReadonlyMap<string, string>
  /** Directory the runner works in, relative to the workspace root. */
  dir: string
  /** Definition files to try: the one a file flag names, else `names` in `dir`, the first found is read. */
  files: (names: string[]) => string[]
}

export interface Invocation {
  /** Definition files to try, relative to the workspace root. */
  files: string[]
  /** Targets in the order they run; empty = the file's default. */
  targets: string[]
  /** The definitions of `targets` in a definition file's text; undefined when the text is not one. */
  definitions(text: string, targets: string[]): Definition[] | undefined
}

export interface Definition {
  key: string
  label: string
  script: string[]
  deps: string[]
  /** Relative to the definition file. */
  dir?: string
  /** make and just run each recipe line in its own shell. */
  perLine: boolean
}
