import { readFile } from 'node:fs/promises'
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
 * What `history` and `dora` take from the policy. Without a policy file they use the defaults, since both
 * only inform; a policy that exists but is invalid is refused like `check` refuses it.
 */
export async function historySettings(
  root: string,
  policyPath: string,
  today: string
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
  // The bases as the checkout has them: `./PATH` from the workspace, a `github>` base from its cached copy (the
  // gate reads those through the API; these settings are read again after it, from files only).
  const fromCheckout = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => undefined)
  const loaded = await loadPolicyChain(text, policyPath, policyReader({ read: fromCheckout }, undefined), {
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
