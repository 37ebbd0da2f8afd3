// The fast reader reads lines in place in the file's text, so it skips and trims whitespace by position with
// the set of characters String.prototype.trim and the regex `\s` use, which the slicing reader relied on.

/** Whether a UTF-16 unit is JavaScript whitespace (`\s`, and what `trim()` removes). */
function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The first position in `[from, end)` of `text` that is not whitespace, or `end`. */
export function skipWhitespace(text: string, from: number, end: number): number {
  let at = from
  while (at < end && isWhitespace(text.charCodeAt(at))) at++
  return at
}

/** The position just after the last character in `[from, end)` of `text` that is not whitespace, or `from`. */
export function trimmedEnd(text: string, from: number, end: number): number {
  let at = end
  while (at > from && isWhitespace(text.charCodeAt(at - 1))) at--
  return at
}
