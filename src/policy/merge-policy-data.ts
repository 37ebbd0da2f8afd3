/**
 * Keys whose lists accumulate down an `extends:` chain instead of being replaced: a repository must not
 * drop a lock by writing its own `locked:` list.
 */
const ACCUMULATED = new Set(['locked'])

/**
 * The policies of an `extends:` chain merged into one, lowest precedence first (docs/policy.md#merge-rules):
 * a scalar overrides, a mapping merges key by key (recursively), a list replaces the whole list — except the
 * keys in ACCUMULATED, whose lists are joined without repeats.
 */
export function mergePolicyData(layers: readonly Record<string, unknown>[]): Record<string, unknown> {
  return layers.reduce<Record<string, unknown>>((merged, layer) => mergeMaps(merged, layer, true), {})
}

function mergeMaps(
  lower: Record<string, unknown>,
  higher: Record<string, unknown>,
  top: boolean
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...lower }
  for (const [key, value] of Object.entries(higher)) {
    const below = lower[key]
    if (top && ACCUMULATED.has(key) && Array.isArray(below) && Array.isArray(value)) {
      merged[key] = [...new Set([...(below as unknown[]), ...(value as unknown[])])]
    } else if (isRecord(below) && isRecord(value)) {
      merged[key] = mergeMaps(below, value, false)
    } else {
      merged[key] = value
    }
  }
  return merged
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
