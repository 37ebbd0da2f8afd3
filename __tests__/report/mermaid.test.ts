import { beforeAll, describe, expect, test } from '@jest/globals'
import { renderMermaid } from '../../src/report/mermaid.js'
import type { PipelineJob } from '../../src/evaluate/report.js'
import { type MermaidResult, parseMermaid } from './parse-mermaid.js'

const at = { file: '.github/workflows/ci.yml', line: 1, column: 1 }
const job = (fields: Partial<PipelineJob> & Pick<PipelineJob, 'id'>): PipelineJob => ({
  workflow: '.github/workflows/ci.yml',
  name: fields.id,
  needs: [],
  stages: [],
  location: at,
  ...fields
})

const HOSTILE = [
  'build "x" [a] #1 <img src=x onerror=alert(1)> end',
  'end',
  '`md` | pipe {x} (y) :::z',
  'a --> b; click a call alert()',
  '%%{init: {"theme": "dark"}}%%',
  '::error::x',
  '| a | b |',
  'x'.repeat(10_000),
  'line\nbreak\r\nand\ttab',
  '#quot; entity ; semi',
  'classDef x fill:#f00',
  '😀 emoji ✅'
]

const CASES: Array<[string, PipelineJob[]]> = [
  ['empty pipeline', []],
  ['one job', [job({ id: 'build', stages: ['build'] })]],
  [
    'needs edges with run status and environments',
    [
      job({ id: 'build', stages: ['build'], run: { conclusion: 'success', durationSeconds: 60 } }),
      job({
        id: 'e2e',
        needs: ['build'],
        stages: ['acceptance-test'],
        run: { conclusion: 'failure', durationSeconds: 1 }
      }),
      job({
        id: 'prod',
        needs: ['e2e', 'missing'],
        stages: ['deploy'],
        environment: 'production',
        run: { conclusion: 'skipped', durationSeconds: null }
      }),
      job({ id: 'wait', needs: ['prod'], run: { conclusion: null, durationSeconds: null } })
    ]
  ],
  [
    'hostile names, ids and environments',
    HOSTILE.map((name, index) =>
      job({ id: name, name, environment: name, needs: index > 0 ? HOSTILE.slice(index - 1, index) : [] })
    )
  ],
  [
    'several workflows as subgraphs',
    [
      job({ id: 'a' }),
      job({ id: 'a', workflow: 'end' }),
      job({ id: 'b', workflow: 'w"] --> x', needs: ['a'] })
    ]
  ]
]

const BROKEN = 'flowchart LR\n  a["x"]] --> b'

describe('renderMermaid', () => {
  // One child process parses every diagram: Mermaid takes about a second to load.
  let parsed: MermaidResult[] = []
  beforeAll(() => {
    parsed = parseMermaid([...CASES.map(([, pipeline]) => renderMermaid(pipeline)), BROKEN])
  })

  test.each(CASES.map(([name], index): [string, number] => [name, index]))(
    '%s parses with Mermaid',
    (_name, index) => {
      expect(parsed[index]).toEqual({ ok: true, diagramType: 'flowchart-v2' })
    }
  )

  test('the parser rejects a broken flowchart (the check can fail)', () => {
    expect(parsed[CASES.length]?.ok).toBe(false)
  })

  test('edges follow needs within a workflow only', () => {
    const text = renderMermaid([
      job({ id: 'a' }),
      job({ id: 'b', needs: ['a'] }),
      job({ id: 'c', workflow: 'other', needs: ['a'] })
    ])
    expect(text.split('\n').filter(line => line.includes('-->'))).toEqual(['  j0 --> j1'])
  })

  test('user text never reaches the diagram unescaped', () => {
    const text = renderMermaid(HOSTILE.map(name => job({ id: name, name })))
    const [header, ...body] = text.trimEnd().split('\n')
    expect(header).toBe('flowchart LR')
    // Generated ids, one quoted label per node with no quote, bracket or `<` left inside.
    for (const line of body) expect(line).toMatch(/^ {2}j\d+\["[^"[\]<>()|]*"\]$/)
    expect(text.length).toBeLessThan(HOSTILE.length * 200 + 500)
  })
})
