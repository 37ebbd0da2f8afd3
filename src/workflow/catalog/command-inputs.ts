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
  { uses: 'goreleaser/goreleaser-action', input: 'args', prefix: 'goreleaser ' }
]
