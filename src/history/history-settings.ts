import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InvalidPolicyError } from '../policy/errors.js'
import { extendsCachePath } from '../policy/extends-ref.js'
import { loadPolicyChain } from '../policy/load-policy-chain.js'
import type { PolicyReader } from '../policy/load-policy-chain.js'
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

/**
 * The bases of an `extends:` chain as this checkout has them: `./PATH` from the workspace, a `github>` base
 * from its cached copy under `.maturity/cache/` (the gate itself reads those through the API; the history
 * settings are read again here, after it, from files only).
 */
function workspaceBases(root: string): PolicyReader {
  const read = async (file: string) => readFile(path.join(root, file), 'utf8').catch(() => undefined)
  return async ref => {
    const file = ref.kind === 'local' ? ref.path : extendsCachePath(ref)
    const text = await read(file)
    return text === undefined ? { ok: false, reason: `${file} is not in the checkout` } : { ok: true, text }
  }
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
  const loaded = await loadPolicyChain(text, policyPath, workspaceBases(root), { today })
  if (!loaded.ok) throw new InvalidPolicyError(loaded.errors)
  const { policy } = loaded.loaded
  return {
    environments: policy.environments,
    windowDays: policy.dora['window-days'],
    store: policy.history ?? DEFAULT_STORE,
    enabled: policy.history !== undefined
  }
}
