import { describe, expect, test } from '@jest/globals'
import type { Status } from '../../src/core/finding.js'
import type { PipelineJob, Report, ReportFinding } from '../../src/evaluate/report.js'
import { renderSummary } from '../../src/report/summary.js'
import { CASES } from './cases.js'
import type { CaseName } from './cases.js'
import { defined } from '../helpers/defined.js'

const MIB = 1_048_576
const LEVELS = ['base', 'beginner', 'intermediate', 'advanced', 'expert']
const STATUSES: Status[] = ['pass', 'pass', 'pass', 'fail', 'unknown', 'not-applicable', 'waived']
const HOSTILE = [
  '::error::x',
  '<img src=x onerror=alert(1)>',
  '| a | b |',
  '[link](javascript:alert(1))',
  '@octocat',
  '```'
]

function finding(index: number, text = ''): ReportFinding {
  return {
    practice: `practice-${index}${text}`,
    title: `Practice ${index}`,
    level: defined(LEVELS[index % LEVELS.length], 'a level'),
    category: `category-${index % 7}`,
    status: defined(STATUSES[index % STATUSES.length], 'a status'),
    strength: 'run',
    messageId: 'm',
    message: `message ${index} ${text}`,
    evidence: [
      { kind: 'job', workflow: '.github/workflows/ci.yml', job: `job-${index}` },
      { kind: 'command', command: `make ${text}`, exitCode: 1, output: 'x'.repeat(200), timedOut: false },
      {
        kind: 'metric',
        key: `m${index}${text}`,
        candidate: 0.5,
        baseline: 0.6,
        delta: -0.1,
        relativeDelta: -0.166,
        bound: 'max-drop 0.01',
        verdict: 'fail'
      }
    ],
    locations: [{ file: `.github/workflows/w${index}${text}.yml`, line: index + 1, column: 3 }],
    remediation: `fix ${index} ${text}`
  }
}

function job(index: number, text = ''): PipelineJob {
  return {
    workflow: `.github/workflows/w${index % 3}.yml`,
    id: `job-${index}`,
    name: `Job ${index} ${text}`,
    needs: index > 2 ? [`job-${index - 3}`] : [],
    environment: index % 10 === 0 ? `env ${text}` : undefined,
    stages: ['build'],
    run: { conclusion: index % 2 ? 'success' : 'failure', durationSeconds: index },
    location: { file: `.github/workflows/w${index % 3}.yml`, line: index + 1, column: 3 }
  }
}

function bigReport(practices: number, jobs: number, text = ''): Report {
  return {
    ...CASES['failing-e2e'],
    findings: Array.from({ length: practices }, (_, index) => finding(index, text)),
    pipeline: Array.from({ length: jobs }, (_, index) => job(index, text)),
    regressions: Array.from({ length: 100 }, (_, index) => ({
      kind: 'practice' as const,
      practice: `practice-${index}`,
      severity: 'error' as const,
      message: `regressed ${text}`,
      base: [],
      head: []
    })),
    warnings: Array.from({ length: 100 }, () => ({ message: `unreadable ${text}` }))
  }
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

describe('renderSummary under a byte budget', () => {
  test('5,000 practices and 5,000 jobs stay under 1 MiB and say what was dropped', () => {
    const { markdown, dropped } = renderSummary(bigReport(5000, 5000))
    expect(bytes(markdown)).toBeLessThanOrEqual(MIB)
    expect(dropped).toEqual([
      'pipeline graph (4997 edges, more than GitHub draws)',
      'passing practices collapsed into a details block',
      'evidence and long tables shortened'
    ])
    expect(markdown).toContain("Shortened to fit GitHub's summary limit")
    expect(markdown).not.toContain('```mermaid')
  })

  test('10 kB names are shortened wherever they appear', () => {
    const { markdown } = renderSummary(bigReport(200, 200, 'n'.repeat(10_000)))
    expect(bytes(markdown)).toBeLessThanOrEqual(MIB)
    expect(markdown).not.toMatch(/n{401}/)
  })

  test.each([
    ['hostile text, 5,000 of each', bigReport(5000, 5000, HOSTILE.join(' ')), MIB],
    ['a small budget', bigReport(500, 500), 20_000],
    ['a budget smaller than the headline', bigReport(5, 5), 100],
    ['the golden failing report in 3 kB', CASES['failing-e2e'], 3000]
  ])('%s: at most maxBytes, and says so when cut', (_name, report, maxBytes) => {
    const { markdown, dropped } = renderSummary(report, { maxBytes })
    expect(bytes(markdown)).toBeLessThanOrEqual(maxBytes)
    expect(dropped.length).toBeGreaterThan(0)
  })

  test('smaller budgets give up detail in order: collapse, graph, evidence, then cut', () => {
    const report = CASES['failing-e2e']
    const full = bytes(renderSummary(report).markdown)
    const order = [
      'passing practices collapsed into a details block',
      'pipeline graph',
      'evidence and long tables shortened'
    ]
    let previous: string[] = []
    for (const maxBytes of [full, full - 1, 7000, 6000, 5000, 4000, 2500, 1000]) {
      const { markdown, dropped } = renderSummary(report, { maxBytes })
      expect(bytes(markdown)).toBeLessThanOrEqual(maxBytes)
      expect(dropped.slice(0, 3)).toEqual(order.slice(0, dropped.length))
      expect(dropped.slice(0, previous.length)).toEqual(previous)
      previous = dropped.slice(0, 3)
    }
    expect(renderSummary(report, { maxBytes: full }).dropped).toEqual([])
    expect(renderSummary(report, { maxBytes: 2500 }).dropped.at(-1)).toMatch(
      /^cut: [a-z ]+ \(last \d+ rows?\), .+, all findings, footer$/
    )
    expect(renderSummary(report, { maxBytes: 1000 }).markdown).toMatch(/^## ❌ Maturity gate/)
  })

  test('a collapsed ladder keeps what does not hold and lists what holds in a details block', () => {
    const report: Report = {
      ...CASES['failing-e2e'],
      pipeline: [],
      findings: Array.from({ length: 400 }, (_, index) => ({
        ...finding(index),
        status: index === 7 ? 'fail' : 'pass',
        evidence: []
      }))
    }
    const full = bytes(renderSummary(report).markdown)
    const { markdown, dropped } = renderSummary(report, { maxBytes: full - 1 })
    expect(dropped).toEqual(['passing practices collapsed into a details block'])
    expect(markdown).toContain('| intermediate | ❌ **practice-7**<sup>run</sup> · ✅ ×79 | ❌ |')
    expect(markdown).toContain('<details><summary>399 practices that hold</summary>')
    expect(markdown).toContain('- base: practice-0, practice-5,')
  })
})

describe('user text in the summary', () => {
  const { markdown } = renderSummary(bigReport(30, 30, HOSTILE.join(' ')))
  // Code spans show their text literally: what matters is the text outside them.
  const outsideCode = markdown.replace(/\\`/g, '').replace(/(`+)[^`][\s\S]*?\1/g, '')

  test.each([
    ['no raw HTML from the report', /<img/],
    ['no line starts a workflow command', /^::/m],
    ['no mention pings', /@octocat/],
    ['no link to javascript:', /(?<!\\)\]\(javascript:/],
    ['no fence is closed early', /^```(?!mermaid)./m]
  ])('%s', (_name, pattern) => {
    expect(outsideCode).not.toMatch(pattern)
  })

  test('the hostile text is there, escaped', () => {
    expect(outsideCode).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(outsideCode).toContain('@&#8203;octocat')
  })

  test('every table row keeps its column count', () => {
    const rows = markdown.split('\n').filter(line => line.startsWith('| '))
    const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length - 2
    const tables = markdown.split('\n\n').filter(block => block.includes('\n|---'))
    for (const table of tables) {
      const lines = table.split('\n').filter(line => line.startsWith('|'))
      const width = cells(defined(lines[0], 'a header row'))
      for (const line of lines.filter(l => !l.startsWith('| …'))) expect(cells(line)).toBe(width)
    }
    expect(rows.length).toBeGreaterThan(60)
  })
})

describe('sections', () => {
  test.each<[CaseName, string[], string[]]>([
    ['passing-web-service', ['## ✅', '### To reach expert', '### Pipeline', '```mermaid'], ['### Why not']],
    [
      'failing-e2e',
      ['### Why not intermediate', '### To reach advanced', 'class j3 bad;'],
      ['### Model metrics']
    ],
    [
      'ml-metrics-regression',
      ['### Model metrics', '| `eval.auc` | 0.871 | 0.902 | -0.031 | -3.44% |', 'subgraph'],
      []
    ],
    [
      'pr-regression-weakened-policy',
      ['### Regressions against the base commit', '### Policy changes'],
      ['```mermaid']
    ],
    [
      'permission-gaps',
      ['Advise mode: the check does not fail.', '### ⚠️ Evidence that could not be read'],
      []
    ],
    ['empty', ['## ❌ Maturity gate: no level reached', '_No practices were evaluated._'], ['<details>']]
  ])('%s', (name, present, absent) => {
    const { markdown } = renderSummary(CASES[name])
    for (const text of present) expect(markdown).toContain(text)
    for (const text of absent) expect(markdown).not.toContain(text)
  })

  test('omitted annotations are counted', () => {
    const { markdown } = renderSummary(CASES['failing-e2e'], {
      omittedAnnotations: { error: 3, warning: 0, notice: 1 }
    })
    expect(markdown).toContain('3 errors, 1 notice appear only in this summary')
  })

  test('without a source URL locations are code, not links', () => {
    const { markdown } = renderSummary(CASES['failing-e2e'])
    expect(markdown).toContain('(`.github/workflows/delivery.yml:43`)')
    // The docs link is absolute (this version's docs), so it works wherever the Markdown is pasted.
    expect(markdown).toContain(
      '[docs](https://github.com/maturity-gate/maturity-gate/blob/v0.1.0/docs/practices.md#acceptance-tests)'
    )
  })

  test('a policy-defined practice gets no docs link (docs/practices.md has only the built-in ones)', () => {
    const report = CASES['failing-e2e']
    const custom = {
      ...report,
      findings: report.findings.map(f =>
        f.practice === 'security-tests' ? { ...f, practice: 'changelog-kept' } : f
      )
    }
    const { markdown } = renderSummary(custom)
    expect(markdown).toContain('**changelog-kept**')
    expect(markdown).not.toContain('#changelog-kept')
  })

  test('gaps that only a category target requires are named with that target, in their own section', () => {
    const report = {
      ...CASES['failing-e2e'],
      target: 'beginner',
      targets: { 'test-verification': 'advanced' }
    }
    const { markdown } = renderSummary(report)
    expect(markdown).toContain(
      'Category targets also require acceptance-tests (test-verification → advanced), security-tests (test-verification → advanced).'
    )
    // The next level's gaps stay in their own section; those further up are listed under their category.
    expect(markdown).toContain('### To reach intermediate')
    expect(markdown).toMatch(
      /### To meet the category targets\n1\. test-verification → advanced: ❌ \*\*security-tests\*\*/
    )
    expect(markdown).not.toContain('### To reach beginner')
  })

  test('the category table shows "–" for a category with no judged practice, and "none" below the first level', () => {
    const base = CASES['failing-e2e']
    const report: Report = {
      ...base,
      findings: base.findings.map(f =>
        f.category === 'design-architecture' ? { ...f, status: 'not-applicable' as const } : f
      ),
      profile: { ...base.profile, 'design-architecture': 'expert', 'culture-organization': null }
    }
    const { markdown } = renderSummary(report)
    expect(markdown).toContain('| design-architecture | – | advanced | ➖ |')
    expect(markdown).toContain('| culture-organization | none | advanced | ❌ |')
    expect(markdown).toContain('| build-deploy | expert | advanced | ✅ |')
  })
})
