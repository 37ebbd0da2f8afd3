import { readFile } from 'node:fs/promises'
import type { ApiAccess } from '../evidence/api.js'
import { remoteWorkflowReader } from '../evidence/remote-workflow-reader.js'
import path from 'node:path'
import { policyReader } from '../gate.js'
import { InvalidPolicyError } from '../policy/errors.js'
import { loadPolicyChain } from '../policy/load-policy-chain.js'
import type { Policy } from '../policy/schema.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../workflow/environment-class.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'

export interface HistorySettings {
  /** The policy's `environments`: which deployments are production. */
  environments: EnvironmentPatterns
  /** The policy's `dora.window-days`. */
  windowDays: number
  /** The policy's `history`, or the defaults when it has none (the CLI may read a store the action writes). */
  store: NonNullable<Policy['history']>
  /** The policy has `history:`: the action keeps the store. */
  enabled: boolean
}

const DEFAULT_STORE = { branch: 'maturity-history', path: 'maturity-history.jsonl', records: 30 }

/**
 * What `history` and `dora` take from the policy, its `extends:` chain read as the gate reads it. Without a
 * policy file they use the defaults, since both only inform; a policy that exists but is invalid is refused
 * like `check` refuses it.
 */
export async function historySettings(
  root: string,
  policyPath: string,
  today: string,
  api: ApiAccess | undefined
): Promise<HistorySettings> {
  const file = path.join(root, policyPath)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return {
      environments: DEFAULT_ENVIRONMENT_PATTERNS,
      windowDays: 30,
      store: DEFAULT_STORE,
      enabled: false
    }
  }
  // The bases as the gate reads them: `./PATH` from the workspace, a `github>` base through the contents API
  // with the token (its cached copy in the checkout when there is no token or GitHub refuses).
  const fromCheckout = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => undefined)
  const remote = api === undefined ? undefined : remoteWorkflowReader(api.client)
  const loaded = await loadPolicyChain(text, policyPath, policyReader({ read: fromCheckout }, remote), {
    today
  })
  if (!loaded.ok) throw new InvalidPolicyError(loaded.errors)
  const { policy } = loaded.loaded
  return {
    environments: policy.environments,
    windowDays: policy.dora['window-days'],
    store: policy.history ?? DEFAULT_STORE,
    enabled: policy.history !== undefined
  }
}
