import { keyedPolicyChanges } from './policy-trust.js'
import type { KeyedPolicyChange } from './policy-trust.js'
import type { PolicyError } from '../policy/errors.js'
import { formatKeyPath } from '../policy/key-path.js'
import { positionInChain, validatePolicyLayers } from '../policy/load.js'
import type { LoadedPolicy, LoadOptions, PolicyLayer } from '../policy/load.js'

/**
 * `locked:` (docs/policy.md#locked-keys): a file that extends a base — directly or further down — may raise
 * a key the base locks but never lower it. "Lower" is what policy trust calls a weakening, so the locked
 * values are the base's own policy (its file merged with its own bases) and the merged policy is compared
 * with it as a pull request's head is with its base. Each lowering of a locked key is an error at the line
 * that lowered it, naming the file and line that locked it. Pure.
 */
export function lockedKeyErrors(loaded: LoadedPolicy, options: LoadOptions): PolicyError[] {
  const { layers } = loaded
  return layers.slice(0, -1).flatMap((layer, index) => {
    const locks = lockedPaths(layer)
    if (locks.length === 0) return []
    const own = validatePolicyLayers(layers.slice(layer.from, index + 1), options)
    if (!own.ok) {
      const where = positionInChain([layer], ['locked'])
      const first = own.errors[0]
      const why = first ? `: ${first.file}:${first.line}: ${first.message}` : ''
      const message = `a policy that locks keys must be valid on its own, or its locked values are unknown${why}`
      return [{ ...where, path: 'locked', message }]
    }
    const weakenings = keyedPolicyChanges(own.loaded, loaded).filter(c => c.change.kind === 'weakened')
    return weakenings.flatMap(weakening => {
      const lock = locks.find(candidate => breaks(weakening, candidate.path))
      if (lock === undefined) return []
      const by = positionInChain([layer], ['locked', lock.index])
      return [
        {
          ...positionInChain(layers, weakening.path),
          path: formatKeyPath(weakening.path),
          message:
            `${weakening.change.message}, but ${lock.text} is locked by ${layer.file} line ${by.line}: ` +
            'a policy extending it may raise a locked value, never lower it'
        }
      ]
    })
  })
}

interface Lock {
  text: string
  path: string[]
  index: number
}

function lockedPaths(layer: PolicyLayer): Lock[] {
  const locked = layer.data.locked
  if (!Array.isArray(locked)) return []
  return locked.flatMap((text: unknown, index): Lock[] =>
    typeof text === 'string' ? [{ text, path: text.split('.'), index }] : []
  )
}

/**
 * A weakening under the locked path breaks the lock, and so does one above it (the practice holding a locked
 * option removed). Disabling a practice, or moving its level, category or check, changes the practice as a
 * whole. Changing the model or a custom model's levels breaks every lock: no level compares with the locked one.
 */
function breaks({ path }: KeyedPolicyChange, lock: readonly string[]): boolean {
  if (path.length === 1 && (path[0] === 'model' || path[0] === 'levels')) return true
  const whole = path[0] === 'practices' && WHOLE_PRACTICE.has(String(path[2])) ? path.slice(0, 2) : path
  const shorter = Math.min(whole.length, lock.length)
  return whole.slice(0, shorter).every((key, index) => key === lock[index])
}

const WHOLE_PRACTICE = new Set(['enabled', 'level', 'category', 'check'])
