import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { evaluateThresholds, metricRuleSchema } from '../../src/checks/thresholds.js'
import type { Baseline, MetricRule } from '../../src/checks/thresholds.js'
import { createJunitParser, parseJunit } from '../../src/parsers/junit.js'
import type { JunitSummary } from '../../src/parsers/junit.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { XmlError } from '../../src/parsers/xml-error.js'
import { loadPolicy } from '../../src/policy/load.js'

/**
 * Properties of everything that reads repository content (design §11): whatever the bytes — arbitrary text,
 * or a real file with flipped characters, cut short or with pieces duplicated — a parser returns a result or
 * an error with a 1-based position, and never throws anything else. Runs are bounded so the suite stays fast.
 */

const REPO = path.join(import.meta.dirname, '..', '..')
const RUNS = { numRuns: 150 }
const TODAY = '2026-11-29'

const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8')
const POLICIES = [
  '.maturity.yml',
  ...['node-web-service', 'library', 'python-ml'].map(e => `examples/${e}/.maturity.yml`)
].map(read)
const WORKFLOWS = [
  '.github/workflows/ci.yml',
  'examples/node-web-service/.github/workflows/delivery.yml',
  'examples/python-ml/.github/workflows/train.yml'
].map(read)
const JUNIT_DIR = '__tests__/fixtures/reports/junit'
const JUNIT = [
  'jest-junit.xml',
  'python-xunit-pytest.xml',
  'phpunit/phpunit.xml',
  'external/java/junit4-complete.xml'
]
  .map(file => read(`${JUNIT_DIR}/${file}`))
  .concat(readdirSync(path.join(REPO, JUNIT_DIR, 'empty')).map(file => read(`${JUNIT_DIR}/empty/${file}`)))

/** Characters that carry structure in YAML or XML: the mutations most likely to reach an unusual path. */
const SPECIAL = [
  '\n',
  '\r',
  '\t',
  ':',
  '-',
  ' ',
  '&',
  '*',
  '!',
  '|',
  '>',
  '<',
  '/',
  '"',
  "'",
  '[',
  '{',
  '#',
  '%',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '😀'
]

type Mutation =
  | { op: 'flip'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'delete'; at: number; length: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...SPECIAL),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 })
    )
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat({ max: 400 }),
    to: fc.nat()
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) })
)

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1)
  switch (m.op) {
    case 'flip':
      return text.slice(0, at) + m.text + text.slice(at + 1)
    case 'truncate':
      return text.slice(0, at)
    case 'duplicate': {
      const piece = text.slice(at, at + m.length)
      const to = text.length === 0 ? 0 : m.to % (text.length + 1)
      return text.slice(0, to) + piece + text.slice(to)
    }
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length)
  }
}

/** A real file with one to six mutations applied in turn. */
function mutated(seeds: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce(mutate, seed))
}

/** Arbitrary text, arbitrary text spliced into a real file, and mutated real files. */
function inputs(seeds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(...SPECIAL, 'a', 'on', 'jobs', '0'), maxLength: 200 }),
    mutated(seeds)
  )
}

function expectPositioned(where: { line: number; column: number }): void {
  expect(Number.isInteger(where.line) && where.line >= 1).toBe(true)
  expect(Number.isInteger(where.column) && where.column >= 1).toBe(true)
}

describe('policy loader', () => {
  it('the seed policies load (so mutations start from valid files)', () => {
    for (const text of POLICIES) expect(loadPolicy(text, '.maturity.yml', { today: TODAY }).ok).toBe(true)
  })

  it('any text gives a loaded policy or positioned errors, never a throw', () => {
    fc.assert(
      fc.property(inputs(POLICIES), text => {
        const result = loadPolicy(text, '.maturity.yml', { today: TODAY })
        if (result.ok) return
        expect(result.errors.length).toBeGreaterThan(0)
        for (const error of result.errors) {
          expectPositioned(error)
          expect(error.file).toBe('.maturity.yml')
          expect(error.message).not.toBe('')
        }
      }),
      RUNS
    )
  })
})

describe('workflow parser', () => {
  it.each([
    ['fast reader first', true],
    ['yaml package only', false]
  ])('any text gives a workflow or positioned problems, never a throw (%s)', (_name, fast) => {
    fc.assert(
      fc.property(inputs(WORKFLOWS), text => {
        const { workflow, problems } = parseWorkflow(text, '.github/workflows/ci.yml', { fast })
        expect(workflow !== undefined || problems.length > 0).toBe(true)
        for (const problem of problems) expectPositioned(problem.location)
        for (const job of workflow?.jobs ?? []) expectPositioned(job.location)
      }),
      RUNS
    )
  })
})

type Outcome = { summary: JunitSummary } | { error: string; line: number; column: number }

/** The parse of a whole report, or its positioned error; anything but an XmlError fails the property. */
function outcome(parse: () => JunitSummary): Outcome {
  try {
    return { summary: parse() }
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    return { error: error.message, line: error.line, column: error.column }
  }
}

/** Bytes cut at the given sizes (cycled) and decoded as a read stream with `setEncoding('utf8')` does. */
function parseChunked(text: string, sizes: number[]): JunitSummary {
  const bytes = Buffer.from(text, 'utf8')
  const parser = createJunitParser()
  const decoder = new StringDecoder('utf8')
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] as number
    parser.write(decoder.write(bytes.subarray(at, at + size)))
    at += size
  }
  parser.write(decoder.end())
  return parser.end()
}

describe('JUnit parser', () => {
  it('any text gives a summary or a positioned error, never a throw', () => {
    fc.assert(
      fc.property(inputs(JUNIT), text => {
        const result = outcome(() => parseJunit(text))
        if ('error' in result) expectPositioned(result)
        else
          expect(result.summary.tests).toBeGreaterThanOrEqual(result.summary.failures + result.summary.errors)
      }),
      RUNS
    )
  })

  it('quotes an undefined reference alike whole and one character at a time (seed 1663433179)', () => {
    const text =
      '<testsuite><testcase name="a"><failure>at Object.&lt;anonymous&gt;&(C:\\Users\\Michal\\Workspace\\x.js:14:11)</failure></testcase></testsuite>'
    const whole = outcome(() => parseChunked(text, [Number.MAX_SAFE_INTEGER]))
    expect(whole).toMatchObject({
      error: expect.stringContaining('undefined entity reference &(C:') as unknown
    })
    expect(outcome(() => parseChunked(text, [1]))).toEqual(whole)
  })

  it('streamed in random chunk sizes, the outcome is the same as parsed whole', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...JUNIT), mutated(JUNIT)), sizes, (text, chunks) => {
        // The whole text goes through the same decoder, so lone surrogates are replaced alike in both.
        const whole = outcome(() => parseChunked(text, [Number.MAX_SAFE_INTEGER]))
        expect(outcome(() => parseChunked(text, chunks))).toEqual(whole)
      }),
      RUNS
    )
  })
})

const METRIC_VALUE = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    null,
    true,
    '0.9',
    '',
    {},
    []
  )
)
const KEY = fc.constantFrom('auc', 'eval.auc', 'slices.*.auc', '*', 'latency_ms', 'a..b', '', 'slices.*')
const METRICS = fc.oneof(
  fc.record(
    {
      auc: METRIC_VALUE,
      latency_ms: METRIC_VALUE,
      eval: fc.oneof(fc.record({ auc: METRIC_VALUE }, { requiredKeys: [] }), METRIC_VALUE),
      slices: fc.dictionary(
        fc.string({ maxLength: 4 }),
        fc.record({ auc: METRIC_VALUE }, { requiredKeys: [] }),
        {
          maxKeys: 4
        }
      )
    },
    { requiredKeys: [] }
  ),
  fc.jsonValue({ maxDepth: 3 })
)
const BOUND = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.nat({ max: 500 }).map(n => `${n}%`)
)
const RULE: fc.Arbitrary<MetricRule> = fc
  .record(
    {
      direction: fc.constantFrom('higher', 'lower'),
      min: fc.double({ noNaN: true, noDefaultInfinity: true }),
      max: fc.double({ noNaN: true, noDefaultInfinity: true }),
      'max-drop': BOUND,
      'max-rise': BOUND,
      'new-metric': fc.constantFrom('allow', 'fail')
    },
    { requiredKeys: [] }
  )
  // Only rules the policy schema accepts reach the engine.
  .filter(rule => metricRuleSchema.safeParse(rule).success)
const BASELINE: fc.Arbitrary<Baseline> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.constant({ kind: 'missing' as const }),
  METRICS.map(data => ({ kind: 'data' as const, data }))
)

describe('threshold engine', () => {
  it('never throws, reports every rule, and passes a metric only when it is a finite number within bounds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(KEY, RULE, { minKeys: 1, maxKeys: 4 }),
        METRICS,
        BASELINE,
        (rules, candidate, baseline) => {
          expect(evaluateThresholds(rules, candidate, baseline).length).toBeGreaterThanOrEqual(
            Object.keys(rules).length
          )
          for (const [key, rule] of Object.entries(rules)) {
            for (const row of evaluateThresholds({ [key]: rule }, candidate, baseline)) {
              expect(row.reason).not.toBe('')
              if (row.verdict === 'fail') continue
              expect(typeof row.candidate === 'number' && Number.isFinite(row.candidate)).toBe(true)
              if (rule.min !== undefined) expect(row.candidate as number).toBeGreaterThanOrEqual(rule.min)
              if (rule.max !== undefined) expect(row.candidate as number).toBeLessThanOrEqual(rule.max)
            }
          }
        }
      ),
      RUNS
    )
  })
})
