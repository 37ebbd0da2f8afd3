/**
 * What the tokenizer accepts as well-formed, written once: the regexes it matches tags and references with,
 * and the character classes of XML names and characters.
 */

const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][\\w.:\\u00B7\\u00C0-\\uFFFF-]*'
const REFERENCE_SOURCE = '&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);'
/** XML's white space (its `S` production): `\s` would also take a no-break space or a BOM. */
const S = '[ \\t\\r\\n]'
/**
 * A whole start tag, references in attribute values included, checked in one pass: this regex is the
 * tokenizer's hot path, so it captures nothing (the name is sliced afterwards; attributes only on demand).
 */
const ATTRIBUTES = `(?:${S}+${NAME}${S}*=${S}*(?:"[^"<&]*(?:${REFERENCE_SOURCE}[^"<&]*)*"|'[^'<&]*(?:${REFERENCE_SOURCE}[^'<&]*)*'))*${S}*`
export const START_TAG = new RegExp(`<${NAME}${ATTRIBUTES}/?>`, 'y')
/** Character data without markup: text and references, as `characters` of the tokenizer accepts it. */
const TEXT = `[^<&]*(?:${REFERENCE_SOURCE}[^<&]*)*`

/** What a handler only counts: an element, its children of text only, and one child it flags (see XmlHandler). */
export interface CountedElement {
  name: string
  textChildren: readonly string[]
  flag: string
}

/**
 * One counted element after optional white space, well-formed as the tokenizer checks it (START_TAG, TEXT,
 * END_TAG): `plain` is self-closing or holds white space and text-only children; `flagged` holds exactly one
 * flag child among them. Matched one element at a time, so that the tokenizer counts them as it goes.
 */
export function countedElementPatterns({ name, textChildren, flag }: CountedElement): {
  plain: RegExp
  flagged: RegExp
} {
  const element = (tag: string, content: string): string =>
    `<${escapeName(tag)}${ATTRIBUTES}(?:/>|>${content}</${escapeName(tag)}${S}*>)`
  const quiet = `(?:${S}*(?:${textChildren.map(child => element(child, TEXT)).join('|')}))*`
  const closing = `${S}*</${escapeName(name)}${S}*>`
  const open = `${S}*<${escapeName(name)}${ATTRIBUTES}`
  return {
    plain: new RegExp(`${open}(?:/>|>${quiet}${closing})`, 'y'),
    flagged: new RegExp(`${open}>${quiet}${S}*${element(flag, TEXT)}${quiet}${closing}`, 'y')
  }
}

function escapeName(name: string): string {
  return name.replace(/[.:-]/g, '\\$&')
}
export const END_TAG = new RegExp(`</${NAME}${S}*>`, 'y')
export const REFERENCE = new RegExp(REFERENCE_SOURCE, 'y')
export const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, 'g')
export const EXTERNAL_DOCTYPE = new RegExp(
  `<!DOCTYPE\\s+${NAME}(?:\\s+(?:SYSTEM\\s+("[^"]*"|'[^']*')|PUBLIC\\s+("[^"]*"|'[^']*')\\s+("[^"]*"|'[^']*')))?\\s*>`,
  'y'
)
export const NOT_WHITESPACE = /[^ \t\r\n]/

/** The characters XML allows at all (its `Char` production). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/** XML name characters, ASCII fast path: letters, digits, `_ - . :` and everything from U+00B7 up. */
export function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 58) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    code >= 0xb7
  )
}

/**
 * Whether the name at buf[start] is exactly `name`. Compared code by code: `startsWith` was the tokenizer's
 * hottest line (it is a generic builtin that first checks whether its argument is a RegExp).
 */
export function nameIsAt(buf: string, start: number, name: string): boolean {
  const length = name.length
  for (let i = 0; i < length; i++) if (buf.charCodeAt(start + i) !== name.charCodeAt(i)) return false
  return !isNameChar(buf.charCodeAt(start + length))
}
