export type KeyPath = readonly PropertyKey[]

/** `practices.unit-tests.min-tests`, `waivers[0].expires`: how a person finds the key in the file. */
export function formatKeyPath(path: KeyPath): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text
}
