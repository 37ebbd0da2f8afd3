import { isScalar, visit } from 'yaml'
import type { Document, LineCounter, YAMLError } from 'yaml'
import { oneLine } from '../core/one-line.js'

/** A YAML error in a person's words, at the offset where it was found. */
export interface YamlProblem {
  offset: number
  message: string
}

/**
 * The `yaml` package's errors reworded for someone who edits the file rather than the parser — what is wrong
 * and what to do — and every duplicate key, named with both of its lines. Parse with `uniqueKeys: false`:
 * the package's own duplicate check compares each key with every earlier one (quadratic in a map's size).
 */
export function yamlProblems(doc: Document, lines: LineCounter): YamlProblem[] {
  return [
    ...doc.errors.map(error => ({ offset: error.pos[0], message: reworded(error) })),
    ...duplicateKeys(doc, lines)
  ].sort((a, b) => a.offset - b.offset)
}

function reworded(error: YAMLError): string {
  const said = error.message.split('\n')[0] ?? error.message
  switch (error.code) {
    case 'BAD_INDENT':
      if (said.includes('end with a ]'))
        return 'a `[` list is not closed with `]` (or a line of it is not indented enough)'
      if (said.includes('end with a }'))
        return 'a `{` mapping is not closed with `}` (or a line of it is not indented enough)'
      return 'the indentation is off: keys of one mapping must start in the same column'
    case 'MISSING_CHAR':
      return said.includes('quote')
        ? 'a quoted string is not closed'
        : `a closing character is missing (${said})`
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML allows only spaces'
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value holds a second `key: value` on the same line; quote the value or move it to its own line'
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key runs over more than one line: a `:` is missing, or a quote above is not closed'
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a `---` line); keep one'
    case 'BAD_SCALAR_START':
      return `${said.replace('Plain value', 'an unquoted value')}; quote the value`
    case 'UNEXPECTED_TOKEN':
      return `unexpected text here (${said.replace(/^Unexpected (\S+) token in YAML stream: /, '')}); it belongs to no key`
    default:
      return said
  }
}

/** "duplicate key 'target' on lines 3 and 5", at the second: keys compared as the text an object would use. */
function duplicateKeys(doc: Document, lines: LineCounter): YamlProblem[] {
  const found: YamlProblem[] = []
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        const key = String(pair.key.value)
        const offset = pair.key.range?.[0] ?? 0
        const first = seen.get(key)
        if (first === undefined) {
          seen.set(key, offset)
          continue
        }
        const where = `lines ${lines.linePos(first).line} and ${lines.linePos(offset).line}`
        found.push({ offset, message: `duplicate key '${oneLine(key)}' on ${where}; keep one` })
      }
    }
  })
  return found
}
