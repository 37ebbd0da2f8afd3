import { ATTRIBUTE } from './xml-grammar.js'

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Decodes the five predefined entities and character references (already validated by the tokenizer). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? ''
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return String.fromCodePoint(code)
  })
}

/** Decoded attributes of a start tag from the raw `attrs` text given to `XmlHandler.open`. */
export function parseAttributes(raw: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const m of raw.matchAll(ATTRIBUTE)) {
    result[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? '')
  }
  return result
}
