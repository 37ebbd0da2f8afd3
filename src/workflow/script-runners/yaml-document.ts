import { isNode, LineCounter, parseDocument } from 'yaml'

type Path = Array<string | number>

/** A YAML (or JSON) definition file read without trusting its shape, with the line each value is on. */
export interface YamlDocument {
  get(path: Path): unknown
  /** The string at `path`, or undefined. */
  text(path: Path): string | undefined
  /** The entries of the mapping at `path`, in file order; none when it is not a mapping. */
  entries(path: Path): Array<[string, unknown]>
  /** The items of the list at `path`; none when it is not a list. */
  list(path: Path): unknown[]
  /** `{ line }`, 1-based, of the value at `path` (`['jobs', 'train', 'command']`), to spread into a definition. */
  lineOf(path: Path): { line?: number }
}

/** The document of a definition file; undefined when it is not YAML, holds errors or is not a mapping. */
export function yamlDocument(source: string): YamlDocument | undefined {
  const lines = new LineCounter()
  let doc
  try {
    doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false })
  } catch {
    return undefined
  }
  if (doc.errors.length > 0) return undefined
  const root: unknown = doc.toJS()
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined
  const get = (path: Path): unknown =>
    path.reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string | number, unknown>)[key]
          : undefined,
      root
    )
  return {
    get,
    text: path => {
      const value = get(path)
      return typeof value === 'string' ? value : undefined
    },
    entries: path => {
      const value = get(path)
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : []
    },
    list: path => {
      const value = get(path)
      return Array.isArray(value) ? (value as unknown[]) : []
    },
    lineOf: path => {
      const node: unknown = doc.getIn(path, true)
      const offset = isNode(node) ? node.range?.[0] : undefined
      return offset === undefined ? {} : { line: lines.linePos(offset).line }
    }
  }
}
