import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compilePolicyRegex, UnsafePatternError } from '../../src/core/safe-regex.js'
import type { Report } from '../../src/evaluate/report.js'
import { runGate } from '../../src/gate.js'
import { CoverageError, parseCoverage } from '../../src/parsers/coverage.js'
import { jobDependencyProblems } from '../../src/parsers/job-dependency-problems.js'
import { MetricsError, parseMetrics } from '../../src/parsers/metrics.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'

/**
 * Properties over the classes of input of the robustness review (shared/robustness-cases.md): coverage
 * reports, metrics files, policy regexes, workflow `needs:` graphs, and the gate over garbage reports. Each
 * property says what must hold whatever the input — a parser returns a value or its own error, garbage is
 * never a pass, and matching ends (a hang would time the test out; nothing here is timed). Runs are small so
 * the suite stays fast; a failure prints its seed to replay.
 */

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) }
const REPO = path.join(import.meta.dirname, '..', '..')
const COVERAGE_DIR = '__tests__/fixtures/reports/coverage-samples'
const COVERAGE_SEEDS = readdirSync(path.join(REPO, COVERAGE_DIR)).map(file => ({
  file,
  text: readFileSync(path.join(REPO, COVERAGE_DIR, file), 'utf8')
}))

/** Numbers as a file can write them, including the ones JSON.parse turns into Infinity or out-of-range values. */
const NUMBER_TEXT = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(n => JSON.stringify(n)),
  fc.integer({ min: -200, max: 400 }).map(String),
  fc.constantFrom(
    '1e999',
    '-1e999',
    '1e308',
    '-0',
    '100',
    '100.0000001',
    '0',
    '"Unknown"',
    '"80"',
    'null',
    'true'
  )
)

/** JSON coverage (istanbul summary or coverage.py) with arbitrary numbers, as text. */
const JSON_COVERAGE = fc.oneof(
  fc
    .tuple(NUMBER_TEXT, NUMBER_TEXT, fc.option(fc.tuple(NUMBER_TEXT, NUMBER_TEXT)))
    .map(
      ([lines, branches, counts]) =>
        `{"total":{"lines":{${counts ? `"total":${counts[0]},"covered":${counts[1]},` : ''}"pct":${lines}},"branches":{"pct":${branches}}}}`
    ),
  fc
    .tuple(NUMBER_TEXT, fc.option(fc.tuple(NUMBER_TEXT, NUMBER_TEXT)))
    .map(
      ([percent, counts]) =>
        `{"meta":{"version":"7"},"totals":{${counts ? `"covered_lines":${counts[0]},"num_statements":${counts[1]},` : ''}"percent_covered":${percent}}}`
    )
)

/** A seed report with a few characters replaced, cut short, or with a number swapped for another. */
const MUTATED_COVERAGE = fc
  .tuple(
    fc.constantFrom(...COVERAGE_SEEDS),
    fc.nat(),
    fc.oneof(NUMBER_TEXT, fc.string({ maxLength: 4 }), fc.constantFrom('"', '<', '>', '\n', ':', ',')),
    fc.boolean()
  )
  .map(([seed, at, text, cut]) => {
    const i = at % (seed.text.length + 1)
    return {
      file: seed.file,
      text: cut ? seed.text.slice(0, i) : seed.text.slice(0, i) + text + seed.text.slice(i + 1)
    }
  })

const COVERAGE_INPUT = fc.oneof(
  JSON_COVERAGE.map(text => ({ file: 'coverage.json', text })),
  MUTATED_COVERAGE,
  fc.string({ maxLength: 200 }).map(text => ({ file: 'coverage.xml', text }))
)

function isPercentOrNull(value: number | null): boolean {
  return value === null || (Number.isFinite(value) && value >= 0 && value <= 100)
}

describe('coverage reports', () => {
  it('give percentages within 0–100 (or none), or a CoverageError — never Infinity, 250% or another throw', () => {
    fc.assert(
      fc.property(COVERAGE_INPUT, ({ file, text }) => {
        try {
          const summary = parseCoverage(text, file)
          expect(isPercentOrNull(summary.lines) && isPercentOrNull(summary.branches)).toBe(true)
        } catch (error) {
          expect(error).toBeInstanceOf(CoverageError)
        }
      }),
      RUNS
    )
  })
})

/** A JSON object written entry by entry, so that a key may repeat (JSON.stringify could not write that). */
const ENTRIES = fc.array(
  fc.tuple(
    fc.constantFrom('auc', 'loss', 'eval', 'a\\"b', 'au\\u0063'),
    fc.oneof(NUMBER_TEXT, fc.constant('{"auc": 1, "x": 2}'))
  ),
  { maxLength: 6 }
)
const objectText = (entries: Array<[string, string]>): string =>
  `{${entries.map(([key, value]) => `"${key}": ${value}`).join(', ')}}`
const keyOf = (raw: string): string => JSON.parse(`"${raw}"`) as string

describe('metrics files', () => {
  it('a JSON key given twice in one object is refused; otherwise the data is what JSON.parse reads', () => {
    fc.assert(
      fc.property(ENTRIES, ENTRIES, (outer, inner) => {
        const text = objectText([...outer, ['nested', objectText(inner)]])
        const keys = (entries: Array<[string, string]>) => entries.map(([key]) => keyOf(key))
        const repeats = (list: string[]) => new Set(list).size !== list.length
        // The nested value `{"auc": 1, "x": 2}` never repeats a key itself.
        const duplicated = repeats([...keys(outer), 'nested']) || repeats(keys(inner))
        try {
          const data = parseMetrics(text, 'metrics.json')
          expect(duplicated).toBe(false)
          expect(data).toEqual(JSON.parse(text))
        } catch (error) {
          expect(error).toBeInstanceOf(MetricsError)
          if (duplicated) expect((error as Error).message).toMatch(/appears twice in one object/)
        }
      }),
      RUNS
    )
  })

  it('any text in any of the three formats gives a mapping or a MetricsError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 3 }).map(v => JSON.stringify(v))
        ),
        fc.constantFrom('m.json', 'm.yaml', 'm.csv', 'metrics'),
        (text, file) => {
          try {
            const data: unknown = parseMetrics(text, file)
            expect(typeof data === 'object' && data !== null && !Array.isArray(data)).toBe(true)
          } catch (error) {
            expect(error).toBeInstanceOf(MetricsError)
          }
        }
      ),
      RUNS
    )
  })
})

/**
 * Policy regexes built from the pieces backtracking is made of — overlapping classes, options, repeats, groups
 * — ending half the time in a character no subject holds, so that every split of the text is tried.
 */
const ATOM = fc.constantFrom('a', 'x', '-', '\\w', '\\d', '\\s', '.', '[ab]', '[^b]', '\\b', '^', '$')
const QUANTIFIER = fc.constantFrom('', '*', '+', '?', '{0,3}', '{2,}', '*?')
const ZERO_WIDTH = new Set(['\\b', '^', '$'])
const SIMPLE = fc.tuple(ATOM, QUANTIFIER).map(([atom, q]) => (ZERO_WIDTH.has(atom) ? atom : atom + q))
const SHORT = fc.array(SIMPLE, { minLength: 1, maxLength: 3 }).map(pieces => pieces.join(''))
const GROUP = fc
  .tuple(SHORT, fc.option(SHORT), QUANTIFIER)
  .map(([a, b, q]) => `(?:${a}${b === null ? '' : `|${b}`})${q}`)
const PIECE = fc
  .array(fc.oneof({ weight: 4, arbitrary: SIMPLE }, { weight: 1, arbitrary: GROUP }), {
    minLength: 2,
    maxLength: 6
  })
  .map(pieces => pieces.join(''))
const POLICY_REGEX = fc.tuple(PIECE, fc.constantFrom('', 'c', '!c')).map(([body, end]) => body + end)

/** Long subjects of the characters the pieces match, each ending where a match would fail. */
const SUBJECTS = ['a', 'ab', 'x', 'a-', '1', 'x-1 ', ' '].flatMap(unit => [
  unit.repeat(Math.ceil(2000 / unit.length)) + '!',
  unit.repeat(Math.ceil(2000 / unit.length))
])

describe('policy regexes', () => {
  it('compile or are refused with UnsafePatternError; an accepted one finishes on long adversarial text', () => {
    fc.assert(
      fc.property(POLICY_REGEX, source => {
        let pattern: RegExp
        try {
          pattern = compilePolicyRegex(source)
        } catch (error) {
          expect(error).toBeInstanceOf(UnsafePatternError)
          return
        }
        for (const subject of SUBJECTS) expect(typeof pattern.test(subject)).toBe('boolean')
      }),
      RUNS
    )
  })
})

const JOB_IDS = ['build', 'test', 'deploy', 'lint', 'e2e']
const NEEDS_GRAPH = fc
  .uniqueArray(fc.constantFrom(...JOB_IDS), { minLength: 1, maxLength: 5 })
  .chain(ids =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.subarray([...JOB_IDS, 'missing']), { minLength: ids.length, maxLength: ids.length })
    )
  )

/** Whether GitHub would run these jobs: every need names another job, and a topological order exists. */
function runnable(jobs: Array<{ id: string; needs: string[] }>): boolean {
  const ids = new Set(jobs.map(job => job.id))
  if (jobs.some(job => job.needs.some(need => need === job.id || !ids.has(need)))) return false
  const done = new Set<string>()
  while (done.size < jobs.length) {
    const ready = jobs.filter(job => !done.has(job.id) && job.needs.every(need => done.has(need)))
    if (ready.length === 0) return false
    for (const job of ready) done.add(job.id)
  }
  return true
}

describe('workflow needs', () => {
  it('a workflow is evidence exactly when GitHub would run its job graph; each refusal is on a needs: line', () => {
    fc.assert(
      fc.property(NEEDS_GRAPH, ([ids, needs]) => {
        const jobs = ids.map((id, i) => ({ id, needs: needs[i] ?? [] }))
        const text = `name: CI\non: push\njobs:\n${jobs
          .map(
            job =>
              `  ${job.id}:\n    needs: [${job.needs.join(', ')}]\n    runs-on: x\n    steps: [{run: make}]\n`
          )
          .join('')}`
        const { workflow, problems } = parseWorkflow(text, 'ci.yml')
        expect(jobDependencyProblems(jobs).length === 0).toBe(runnable(jobs))
        expect(workflow !== undefined).toBe(runnable(jobs))
        const lines = text.split('\n')
        for (const problem of problems) expect(lines[problem.location.line - 1]).toMatch(/^ {4}needs: /)
      }),
      RUNS
    )
  })
})

describe('the gate over garbage reports', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mg-properties-'))
    writeFileSync(
      path.join(root, '.maturity.yml'),
      'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  coverage-threshold: { level: base, min: 80 }\n  model-ok: { title: m, level: base, category: test-verification, check: metrics, candidate: metrics.json, metrics: { auc: { min: 0.8 } } }\n'
    )
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
  })

  const status = (report: Report, practice: string) =>
    report.findings.find(f => f.practice === practice)?.status

  it('coverage-threshold and a metrics bound pass only on a report that parses to a value within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(COVERAGE_INPUT, ENTRIES, async (coverage, metrics) => {
        writeFileSync(path.join(root, 'coverage.json'), coverage.text)
        const metricsText = objectText(metrics)
        writeFileSync(path.join(root, 'metrics.json'), metricsText)
        const report = await runGate({ root, policyPath: '.maturity.yml', today: '2026-11-29' })
        if (status(report, 'coverage-threshold') === 'pass') {
          // Lines are the bar; a report that gives only branches is held to it by branches.
          const summary = parseCoverage(coverage.text, 'coverage.json')
          const value = summary.lines ?? summary.branches
          expect(value).toBeGreaterThanOrEqual(80)
          expect(value).toBeLessThanOrEqual(100)
        }
        if (status(report, 'model-ok') === 'pass') {
          const auc = parseMetrics(metricsText, 'metrics.json').auc
          expect(typeof auc === 'number' && Number.isFinite(auc) && auc >= 0.8).toBe(true)
        }
      }),
      { numRuns: 25 }
    )
  })
})
