import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { importCycles, importsOf, layerViolations } from './helpers/import-rules.js'

/**
 * The layer order of docs/architecture.md, held against every import of src/ (type imports included): no
 * import cycle, and no import of a higher layer. The order is read from the doc's `layers` block, so the doc
 * cannot drift from what this test enforces.
 */

const root = path.join(import.meta.dirname, '../src')
const doc = readFileSync(path.join(import.meta.dirname, '../docs/architecture.md'), 'utf8')
const layers = (/```text layers\n([\s\S]*?)```/.exec(doc)?.[1] ?? '')
  .split('\n')
  .map(line => line.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean))
  .filter(names => names.length > 0)

const sources = Object.fromEntries(
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.ts'))
    .map(file => [file.split(path.sep).join('/'), readFileSync(path.join(root, file), 'utf8')])
)

describe('architecture', () => {
  it('reads the layer order from docs/architecture.md', () => {
    expect(layers.flat()).toEqual(expect.arrayContaining(['gate.ts', 'evaluate/', 'workflow/', 'core/']))
  })

  it('src/ has no import cycle and no import against the layer order', () => {
    const edges = importsOf(sources)
    expect(edges.length).toBeGreaterThan(400)
    expect(importCycles(edges)).toEqual([])
    expect(layerViolations(edges, layers)).toEqual([])
  })

  it('fails on an upward import and on a cycle, naming the file and line', () => {
    const broken = {
      ...sources,
      // its own (downward) import of core/ deleted, an upward one in its place
      'workflow/graph.ts': (sources['workflow/graph.ts'] ?? '').replace(
        "import type { Location } from '../core/finding.js'",
        "import type { Report } from '../evaluate/report.js'"
      ),
      'core/finding.ts': `import type { Job } from '../core/compare-text.js'\n${sources['core/finding.ts']}`,
      'core/compare-text.ts': `import type { Status } from './finding.js'\n${sources['core/compare-text.ts']}`
    }
    const edges = importsOf(broken)
    expect(layerViolations(edges, layers)).toEqual([
      'workflow/graph.ts:1: imports evaluate/report.ts, a higher layer (evaluate/)'
    ])
    const cycles = importCycles(edges)
    expect(cycles).toHaveLength(1)
    expect(cycles[0]?.split(' -> ').sort()).toEqual(['core/compare-text.ts:1', 'core/finding.ts:1'])
  })
})
