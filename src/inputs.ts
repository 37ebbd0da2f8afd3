/**
 * The action's inputs, read once into a typed settings object (after actions/checkout's input-helper).
 * Pure: it takes a getter so tests pass plain values and main.ts passes core.getInput.
 */

export type PolicySource = 'auto' | 'base' | 'head'

export interface Settings {
  /** Policy file, relative to the repository root. */
  policyPath: string
  /** REST API token; empty means offline (definition evidence only). */
  token: string
  /** Repository root, relative to GITHUB_WORKSPACE. */
  workingDirectory: string
  /** Overrides the policy's mode when set. */
  mode: 'enforce' | 'advise' | undefined
  /** auto: base on pull requests, head otherwise (design §2.2). */
  policySource: PolicySource
  allowPolicyChanges: boolean
  comment: boolean
  reportPath: string
  sarifPath: string
  badgePath: string
}

export type InputGetter = (name: string) => string

export class InputError extends Error {}

export function parseInputs(getInput: InputGetter): Settings {
  const read = (name: string): string => getInput(name).trim()
  return {
    policyPath: read('policy') || '.maturity.yml',
    token: read('token'),
    workingDirectory: read('working-directory') || '.',
    mode: readChoice(read('mode'), 'mode', ['enforce', 'advise'] as const),
    policySource:
      readChoice(read('policy-source'), 'policy-source', ['auto', 'base', 'head'] as const) ?? 'auto',
    allowPolicyChanges: readBoolean(read('allow-policy-changes'), 'allow-policy-changes'),
    comment: readBoolean(read('comment'), 'comment'),
    reportPath: read('report-path') || 'maturity-report.json',
    sarifPath: read('sarif-path'),
    badgePath: read('badge-path')
  }
}

function readChoice<T extends string>(value: string, name: string, allowed: readonly T[]): T | undefined {
  if (value === '') return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`Input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}.`)
}

/** Accepts the YAML 1.2 core-schema booleans that @actions/core's getBooleanInput accepts. */
function readBoolean(value: string, name: string): boolean {
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  throw new InputError(`Input '${name}' is '${value}'; expected true or false.`)
}
