import { LineCounter } from 'yaml'
import { readFast } from './yaml-fast-reader.js'
import { readWithLibrary } from './yaml-library-reader.js'
import type { YamlNode, YamlText } from './yaml-node.js'

/**
 * The YAML tree the workflow parser reads (yaml-node.ts), from either of two front ends.
 *
 * The `yaml` package is the reference, but composing its Document costs about 0.4 ms per KB on this
 * machine, and design §10 asks for 1,000 workflow files (≈14 MB) in under 2 s. So a fast reader handles the
 * block-style subset that workflow files are written in (block maps and sequences, plain and quoted one-line
 * scalars, `|`/`>` block scalars, one-line flow collections, comments) and gives up — returning undefined —
 * on anything else: anchors, tags, multi-line plain or quoted scalars, tabs, CRLF, duplicate keys, errors.
 * Then the `yaml` package parses the file, so unusual files and every error message still come from the
 * reference parser. A test checks both front ends agree on every corpus file.
 *
 * The seams: yaml-fast-reader.ts reads the block structure, yaml-flow-reader.ts the one-line flow
 * collections, yaml-scalars.ts the scalars; yaml-library-reader.ts converts the `yaml` package's Document.
 */

/**
 * Longest text (UTF-16 units, about bytes) the `yaml` package is given. Its Document takes 100 to 200 bytes of memory per byte of text
 * (a 5 MB file on one flow-style line peaked above 1 GB), so a larger file outside the fast reader's subset is
 * refused with a problem instead: at the 10 MB read cap that would be 2 GB on a 7 GB runner. Real workflow
 * files are a few kilobytes; the fast reader takes block-style files of any size.
 */
export const MAX_LIBRARY_LENGTH = 1024 * 1024

/** Reads YAML text, through the fast reader when the text stays within its subset. */
export function readYaml(text: string, options: { fast?: boolean } = {}): YamlText {
  if (options.fast !== false) {
    const fast = readFast(text)
    if (fast) return fast
  }
  if (text.length > MAX_LIBRARY_LENGTH) return tooLarge(text)
  return readWithLibrary(text)
}

function tooLarge(text: string): YamlText {
  const lines = new LineCounter()
  lines.addNewLine(0)
  const size = (text.length / 1024 / 1024).toFixed(1)
  const message =
    `file not read: at ${size} MB it is over the ${MAX_LIBRARY_LENGTH / 1024 / 1024} MB limit for YAML outside ` +
    'the block style workflows are written in (anchors, tags, flow collections or quoted scalars over several ' +
    'lines, tabs, CRLF, duplicate keys); write it in plain block style, or split it'
  return { errors: [{ offset: 0, message, unread: true }], lines, reader: 'yaml' }
}

/** The plain JavaScript value of a node (for values kept as written, such as a matrix). */
export function toJS(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(toJS)
  return Object.fromEntries(node.pairs.map(pair => [String(toJS(pair.key)), toJS(pair.value)]))
}
