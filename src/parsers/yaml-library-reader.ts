import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlLibNode } from 'yaml'
import type { YamlNode, YamlScalar, YamlText } from './yaml-node.js'
import { yamlProblems } from './yaml-problems.js'

/** The reference front end: the `yaml` package's Document, turned into the tree the workflow parser reads. */
export function readWithLibrary(text: string): YamlText {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false })
  const errors = yamlProblems(doc, lines)
  const budget: AliasBudget = { nodes: MAX_ALIASED_NODES }
  const root = doc.contents ? convert(doc.contents, doc, 0, budget) : undefined
  if (budget.nodes < 0) {
    errors.push({
      offset: budget.overflowAt ?? 0,
      message: `aliases expand to more than ${MAX_ALIASED_NODES} nodes (a "billion laughs"); not followed`
    })
  }
  return { root, errors, lines, reader: 'yaml' }
}

/**
 * Nodes that may be copied in by following aliases: an anchor of aliases of aliases ("billion laughs") grows
 * exponentially while the depth stays small, so the copies share one budget; a workflow needs a handful.
 */
const MAX_ALIASED_NODES = 100_000

interface AliasBudget {
  nodes: number
  /** Offset of the alias that used up the budget. */
  overflowAt?: number
}

/** Aliases are followed to their anchor; the depth bound keeps alias loops from recursing forever. */
function convert(
  node: unknown,
  doc: Document,
  depth: number,
  budget: AliasBudget,
  aliased = false
): YamlNode {
  const offset = (node as YamlLibNode | null)?.range?.[0] ?? 0
  if (depth > 100) return { kind: 'scalar', offset, value: null }
  if (aliased && --budget.nodes < 0) {
    budget.overflowAt ??= offset
    return { kind: 'scalar', offset, value: null }
  }
  if (isAlias(node)) return convert(node.resolve(doc), doc, depth + 1, budget, true)
  const child = (item: unknown) => convert(item, doc, depth + 1, budget, aliased)
  if (isMap(node)) {
    const pairs = node.items.map(pair => ({
      key: child(pair.key),
      value: pair.value === null ? nullAfter(pair.key) : child(pair.value)
    }))
    return { kind: 'map', offset, pairs }
  }
  if (isSeq(node)) return { kind: 'seq', offset, items: node.items.map(child) }
  const value = isScalar(node) ? node.value : null
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- no other core-schema scalar; keep any as text
  return { kind: 'scalar', offset, value: isPlainValue(value) ? value : String(value) }
}

function nullAfter(key: unknown): YamlScalar {
  return { kind: 'scalar', offset: (key as YamlLibNode | null)?.range?.[1] ?? 0, value: null }
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}
