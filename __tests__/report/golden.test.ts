import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { planAnnotations } from '../../src/report/annotations.js'
import { renderBadge } from '../../src/report/badge.js'
import { renderComment } from '../../src/report/comment.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderText } from '../../src/report/text.js'
import { CASE_NAMES, CASES } from './cases.js'
import type { CaseName } from './cases.js'
import { type MermaidResult, parseMermaid } from './parse-mermaid.js'

/** Golden outputs of every renderer; `UPDATE_GOLDEN=1 npm test -- __tests__/report` rewrites them. */
const FIXTURES = fileURLToPath(new URL('../fixtures/report/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const SOURCE = 'https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567'
const DOCS = 'https://github.com/acme/maturity-gate/blob/v1/docs/practices.md'

function outputs(name: CaseName) {
  const report = CASES[name]
  const plan = planAnnotations(report, { changedFiles: ['.maturity.yml'] })
  const summary = renderSummary(report, {
    docsUrl: DOCS,
    sourceUrl: SOURCE,
    omittedAnnotations: plan.omitted
  })
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
  return {
    'summary.md': summary.markdown,
    'annotations.json': json(plan),
    'sarif.json': json(renderSarif(report, '1.2.3', { docsUrl: DOCS })),
    'comment.md': renderComment(report, { runUrl: 'https://github.com/acme/shop/actions/runs/42' }),
    'badge.json': json(renderBadge(report)),
    'report.txt': renderText(report)
  }
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(([, body = '']) => body)
}

describe.each(CASE_NAMES)('%s', name => {
  const rendered = outputs(name)
  test.each(Object.entries(rendered))('%s matches the golden file', (file, text) => {
    const path = `${FIXTURES}${name}/${file}`
    if (UPDATE) {
      mkdirSync(`${FIXTURES}${name}`, { recursive: true })
      writeFileSync(path, text)
    }
    expect(text).toBe(readFileSync(path, 'utf8'))
  })
})

describe('the Mermaid of each golden summary', () => {
  const diagrams = CASE_NAMES.flatMap(name =>
    mermaidBlocks(outputs(name)['summary.md']).map(text => ({ name, text }))
  )
  let parsed: MermaidResult[] = []
  beforeAll(() => {
    parsed = parseMermaid(diagrams.map(diagram => diagram.text))
  })

  test('there are diagrams to check', () => {
    expect(diagrams.map(diagram => diagram.name)).toEqual([
      'passing-web-service',
      'failing-e2e',
      'ml-metrics-regression'
    ])
  })

  test.each(diagrams.map((diagram, index): [string, number] => [diagram.name, index]))(
    '%s parses',
    (_name, index) => {
      expect(parsed[index]).toEqual({ ok: true, diagramType: 'flowchart-v2' })
    }
  )
})
