/**
 * Escaping of user-controlled text (job and step names, metric keys, file names, messages read from reports)
 * for every place a renderer puts it: Markdown, HTML, Mermaid labels, workflow commands and terminals.
 * Each function is total: any string in, a string out that cannot change the structure around it.
 */

import { oneLine } from '../core/one-line.js'

const ELLIPSIS = '…'

/** Shortens `text` to at most `max` code points (ellipsis included), never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const points = Array.from(text)
  if (points.length <= max) return text
  return points.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut on a code point boundary. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text
  let bytes = 0
  let end = 0
  for (const point of text) {
    const size = Buffer.byteLength(point, 'utf8')
    if (bytes + size > maxBytes) break
    bytes += size
    end += point.length
  }
  return text.slice(0, end)
}

export { oneLine }

/**
 * Inline Markdown text, also safe in a GFM table cell: every character that gives inline Markdown, GFM or
 * GitHub's math a meaning (emphasis, links, images, code, tables, strikethrough, `$` math) is backslash-escaped,
 * HTML's specials become entities and `@` cannot ping anyone. Block markers (`#`, `-`, `1.`, `=`) are
 * escaped only at the start, where they could open a heading or a list; `(` needs nothing once `]` cannot
 * close a link text.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]!|~$]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/[&<>]/g, htmlEntity)
    .replace(/@/g, '@&#8203;')
    .replace(AUTOLINK, '$1&#8203;')
}

/**
 * GFM's autolink extension links a bare `https://…` or `www.…` even after escaping: a zero-width space inside
 * the scheme's `//` or after `www` keeps the text visible and unlinked.
 */
const AUTOLINK = /(:\/|\bwww)(?=[/.])/gi

/**
 * A message written by a check, whose backtick pairs mark names as code: each pair becomes a code span and the
 * rest is escaped. An unpaired backtick stays literal text, so any input still renders as what it says.
 */
export function inlineMarkdown(text: string, context: 'inline' | 'cell' = 'inline'): string {
  const parts = oneLine(text).split('`')
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}\`${parts.at(-1)}`]
  return paired
    .map((part, index) =>
      index % 2 === 0 ? escapeMarkdown(part) : part === '' ? '\\`\\`' : codeSpan(part, context)
    )
    .join('')
}

/** Inline code in Markdown: a fence longer than any backtick run inside; pipes escaped when in a table cell. */
export function codeSpan(text: string, context: 'inline' | 'cell' = 'inline'): string {
  const body = oneLine(text)
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padded = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ` ${body} ` : body
  // GFM splits table rows on unescaped pipes before it parses code spans, and unescapes `\|` inside them.
  const safe = context === 'cell' ? padded.replace(/\|/g, '\\|') : padded
  return `${fence}${safe}${fence}`
}

/** Text content or a quoted attribute value in HTML (also Markdown-inert inside HTML blocks). */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"'`@]/g, character =>
    character === '@' ? '@&#8203;' : character === '`' ? '&#96;' : htmlEntity(character)
  )
}

function htmlEntity(character: string): string {
  return `&#${character.codePointAt(0)};`
}

/**
 * A label inside a quoted Mermaid node (`id["…"]`): Mermaid decodes `#name;`/`#code;` entities, so quotes,
 * brackets, `#`, `<`, `>`, `&` and backticks (which would start a Markdown string) are written as codes.
 */
export function escapeMermaidLabel(text: string): string {
  return oneLine(text).replace(/[#"<>&`[\]{}()|]/g, character => `#${character.codePointAt(0)};`)
}

/** A workflow command's message, as the toolkit's `escapeData`: `%`, CR and LF are percent-encoded. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A workflow command's property value, as the toolkit's `escapeProperty`: also `:` and `,`. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * A path or URL fragment inside a Markdown link target: percent-encoded per segment, including the
 * parentheses and quotes that would end the target early.
 */
export function encodeLinkPath(path: string): string {
  return path
    .split('/')
    .map(segment => encodeURIComponent(segment).replace(/[()'!*]/g, c => `%${c.charCodeAt(0).toString(16)}`))
    .join('/')
}
