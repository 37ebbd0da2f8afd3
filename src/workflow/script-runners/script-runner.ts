import type { Purpose } from '../catalog/purpose.js'

/**
 * A task runner whose targets a script is followed into (npm scripts, make, just, task, shell scripts, ML
 * platform job specs). Each runner is one file of this folder and one line of registry.ts;
 * parse-invocation.ts reads the command line they share the shape of, and script-resolution.ts follows
 * what the runner defines.
 */
export interface ScriptRunner {
  /** Command names that start the runner (`make`, `gmake`, `$(MAKE)`, …). */
  tools: readonly string[]
  /** Commands no fixed name tells (`./deploy.sh`, a console script): whether this first word starts the runner. */
  matches?(tool: string): boolean
  /** Its flags that take a value (beyond the directory and file flags every runner shares): not targets. */
  valueFlags?: readonly string[]
  /** Its flags that name the definition file, instead of the shared ones (`-f` is `--force` to dvc). */
  fileFlags?: readonly string[]
  /** What a command line that starts the runner runs; undefined when it names nothing a file can tell. */
  invocation(call: RunnerCall): Invocation | undefined
}

/** One command line that starts a runner, flags parsed. */
export interface RunnerCall {
  tool: string
  /** Words that are not flags or assignments, in order: subcommands, targets, script names. */
  args: string[]
  flags: ReadonlyMap<string, string>
  /** The words after the tool as written, quotes removed: to pass a command's arguments on. */
  words: string[]
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
  definitions(text: string, targets: string[], source: DefinitionSource): Definition[] | undefined
  /** A script the command carries itself (`bash -c '…'`), followed instead of a file. */
  inline?: string
  /**
   * The command cannot run without its definition file (a platform job spec, a script it executes): when
   * none can be read, the result says why rather than showing nothing (real-world patterns §10.3).
   */
  required?: boolean
}

/** The definition file being read, for definitions that name other files (a component, an imported module). */
export interface DefinitionSource {
  /** Relative to the workspace root. */
  file: string
  read(file: string): string | undefined
}

export interface Definition {
  key: string
  label: string
  script: string[]
  deps: string[]
  /** Relative to the definition file, or with `fromCaller` to the directory the command ran in. */
  dir?: string
  /** The definition runs where its command ran (a shell script, an Anyscale `working_dir`), not beside its file. */
  fromCaller?: boolean
  /** make and just run each recipe line in its own shell. */
  perLine: boolean
  /** Line of the definition in its file, shown in the evidence chain. */
  line?: number
  /** The file it is written in, when not the one the command named (a Python module the named file imports). */
  file?: string
  /** Purposes the definition states outright (a SageMaker `TrainingStep`, an Azure ML `experiment_name`). */
  purposes?: Purpose[]
  /** Commands of `script` whose failure cannot fail it (no `set -e`, output redirected, and it goes on: §11). */
  unchecked?: string[]
  /** A pipeline step the engine may run beside the ones after it: its place gives no order (§4.4). */
  unordered?: true
}
