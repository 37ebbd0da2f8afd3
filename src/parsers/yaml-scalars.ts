import { Unsupported } from './yaml-unsupported.js'

// The scalars of the fast reader's subset; anything past the common cases throws Unsupported, so that the
// `yaml` package reads the file instead.

/** Characters that start YAML syntax rather than a plain scalar. */
export const INDICATOR_START = /^[[\]{}&*!|>'"%@`#,?:-]/

/** A one-line plain scalar after a key or dash: up to a comment; `key: a: b` is not valid YAML. */
export function plainScalar(text: string): string {
  if (INDICATOR_START.test(text) && !/^[-?:][^\s]/.test(text)) throw new Unsupported()
  // Most values hold no `#`: the regex for a comment is only run on those that do.
  const comment = text.includes('#') ? text.search(/\s#/) : -1
  const value = (comment < 0 ? text : text.slice(0, comment)).trimEnd()
  if (value.includes(': ') || value.endsWith(':')) throw new Unsupported()
  return value
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0'
}

/**
 * A quoted scalar starting at `start` and closed before `end` (the end of its line), with the common escapes;
 * anything else is left to the library.
 */
export function quotedScalar(
  text: string,
  start: number,
  end: number
): { value: string; end: number } | undefined {
  const quote = text[start]
  let value = ''
  for (let pos = start + 1; pos < end; pos++) {
    const c = text.charAt(pos)
    if (quote === "'" && c === "'") {
      if (pos + 1 === end || text[pos + 1] !== "'") return { value, end: pos + 1 }
      value += "'"
      pos++
    } else if (quote === '"' && c === '"') {
      return { value, end: pos + 1 }
    } else if (quote === '"' && c === '\\') {
      const escaped = pos + 1 === end ? undefined : ESCAPES[text.charAt(pos + 1)]
      if (escaped === undefined) throw new Unsupported()
      value += escaped
      pos++
    } else {
      value += c
    }
  }
  throw new Unsupported()
}

const MAY_RESOLVE = '0123456789+-.~nNtTfF'

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
export function resolvePlain(text: string): string | number | boolean | null {
  if (text !== '' && !MAY_RESOLVE.includes(text.charAt(0))) return text // most scalars: skip the regexes
  if (/^(?:~|null|Null|NULL)?$/.test(text)) return null
  if (/^(?:true|True|TRUE)$/.test(text)) return true
  if (/^(?:false|False|FALSE)$/.test(text)) return false
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text)
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN
  return text
}

/** Folded scalars: single breaks become spaces, runs of blank lines stay as newlines. */
export function fold(rows: string[]): string {
  if (rows.some(row => row.startsWith(' '))) throw new Unsupported() // more-indented lines keep their breaks
  let out = ''
  let breaks = 0
  let first = true
  for (const row of rows) {
    if (row === '') {
      breaks++
      continue
    }
    out += first ? '\n'.repeat(breaks) : breaks === 0 ? ' ' : '\n'.repeat(breaks)
    out += row
    breaks = 0
    first = false
  }
  return out
}
