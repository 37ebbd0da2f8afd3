/**
 * The first key that appears twice in one object of well-formed JSON text, with its 1-based line, or
 * undefined. `JSON.parse` keeps the last value silently; a metrics file saying `auc` twice is ambiguous, as
 * YAML metrics files, policies and workflows already treat it. One pass, linear in the text.
 */
export function jsonDuplicateKey(text: string): { key: string; line: number } | undefined {
  const objects: Array<Set<string> | undefined> = []
  let line = 1
  let keyNext = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    else if (c === '{') {
      objects.push(new Set())
      keyNext = true
    } else if (c === '[') {
      objects.push(undefined)
      keyNext = false
    } else if (c === '}' || c === ']') {
      objects.pop()
      keyNext = false
    } else if (c === ',') {
      keyNext = objects.at(-1) !== undefined
    } else if (c === '"') {
      const end = stringEnd(text, i)
      if (keyNext) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        const keys = objects.at(-1) as Set<string>
        if (keys.has(key)) return { key, line }
        keys.add(key)
        keyNext = false
      }
      i = end
    }
  }
  return undefined
}

/** Index of the quote closing the string that opens at `start` (JSON strings hold no raw newline). */
function stringEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i
}
