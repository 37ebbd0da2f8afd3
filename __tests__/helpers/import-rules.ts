import path from 'node:path'

/** One import of a source file: where it stands and the file it names, both relative to the source root. */
export interface ImportEdge {
  from: string
  line: number
  to: string
}

/** Static, type and side-effect imports, re-exports and `import('…')` of relative modules (not packages). */
const IMPORT =
  /(?:^\s*(?:import|export)\b[^'"]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm

export function importsOf(files: Readonly<Record<string, string>>): ImportEdge[] {
  return Object.entries(files).flatMap(([from, text]) =>
    [...text.matchAll(IMPORT)].map(match => ({
      from,
      line: text.slice(0, match.index).split('\n').length,
      to: path.posix.join(path.posix.dirname(from), match[1] ?? '').replace(/\.js$/, '.ts')
    }))
  )
}

/** The layer of a file: the first entry of `layers` (a folder `x/` or a file) that holds it. */
export function layerOf(file: string, layers: readonly string[][]): number {
  return layers.findIndex(names =>
    names.some(name => (name.endsWith('/') ? file.startsWith(name) : file === name))
  )
}

/** Imports that point to a higher layer, or from/to a file no layer holds; each names file and line. */
export function layerViolations(edges: readonly ImportEdge[], layers: readonly string[][]): string[] {
  return edges.flatMap(({ from, line, to }) => {
    const [a, b] = [layerOf(from, layers), layerOf(to, layers)]
    if (a < 0 || b < 0) return [`${from}:${line}: ${a < 0 ? from : to} belongs to no layer`]
    return b < a ? [`${from}:${line}: imports ${to}, a higher layer (${layers[b]?.join(' ')})`] : []
  })
}

/** Every import cycle, once each, as the chain of imports (file:line) that closes it. */
export function importCycles(edges: readonly ImportEdge[]): string[] {
  const out = new Map<string, ImportEdge[]>()
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge])
  const cycles: string[] = []
  const done = new Set<string>()
  const visit = (file: string, trail: ImportEdge[]): void => {
    for (const edge of out.get(file) ?? []) {
      const start = edge.to === file ? trail.length : trail.findIndex(step => step.from === edge.to)
      if (start >= 0) {
        cycles.push([...trail.slice(start), edge].map(step => `${step.from}:${step.line}`).join(' -> '))
      } else if (!done.has(edge.to)) visit(edge.to, [...trail, edge])
    }
    done.add(file)
  }
  for (const file of out.keys()) if (!done.has(file)) visit(file, [])
  return cycles
}
