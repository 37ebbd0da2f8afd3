/** Actions whose inputs carry a shell command: those commands are classified like `run:` lines. */
export interface CommandInput {
  uses: string
  input: string
  /** Prepended to the input's value, e.g. `firebase ` for w9jds/firebase-action's `args`. */
  prefix?: string
}

export const COMMAND_INPUTS: readonly CommandInput[] = [
  { uses: 'cloud-gov/cg-cli-tools', input: 'command' },
  { uses: 'cloud-gov/cg-cli-tools', input: 'cf_command', prefix: 'cf ' },
  { uses: 'w9jds/firebase-action', input: 'args', prefix: 'firebase ' },
  { uses: 'superfly/flyctl-actions', input: 'args', prefix: 'flyctl ' },
  { uses: 'azure/cli', input: 'inlineScript' },
  { uses: 'azure/powershell', input: 'inlineScript' },
  { uses: 'azure/aml-cli', input: 'inlineScript' },
  { uses: 'goreleaser/goreleaser-action', input: 'args', prefix: 'goreleaser ' },
  // Retry, timeout and runner wrappers run their command as a `run:` line would (patterns §3.4).
  { uses: 'Wandalen/wretry.action', input: 'command' },
  { uses: '{nick-fields,nick-invision}/retry', input: 'command' },
  { uses: '{GabrielBB/xvfb-action,coactions/setup-xvfb}', input: 'run' },
  { uses: 'ReactiveCircus/android-emulator-runner', input: 'script' },
  { uses: 'addnab/docker-run-action', input: 'run' },
  { uses: 'uraimo/run-on-arch-action', input: 'run' }
]
