import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  closeSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeSync
} from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { collectWorkspace } from '../../src/evidence/files.js'
import { readJunitFile } from '../../src/evidence/reports.js'
import { runGate } from '../../src/gate.js'
import { parseCoverage } from '../../src/parsers/coverage.js'
import { parseJunit } from '../../src/parsers/junit.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { loadPolicy } from '../../src/policy/load.js'
import { compilePolicyRegex, MAX_SUBJECT_LENGTH, testBounded } from '../../src/core/safe-regex.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { escapeCommandData } from '../../src/report/escape.js'
import type { Report } from '../../src/evaluate/report.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderText } from '../../src/report/text.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Hostile repository content (design §11), one named test per attack: whatever a pull request puts in the
 * checkout, the gate neither crashes, hangs, reads outside the workspace, nor lets the text forge output.
 */

const TODAY = '2026-11-29'
const POLICY_FILE = '.maturity.yml'
const BASE_POLICY = 'version: 1\nmodel: cdmm\ntarget: base\n'
const CI = `on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
      - run: npm test
`

/** Runs the real gate over a throwaway checkout; `prepare` may add what a map of files cannot (symlinks). */
async function gate(files: Record<string, string>, prepare?: (root: string) => void): Promise<Report> {
  const repo = await tempRepo(files)
  try {
    prepare?.(repo.root)
    return await runGate({ root: repo.root, policyPath: POLICY_FILE, today: TODAY })
  } finally {
    await repo.remove()
  }
}

function finding(report: Report, practice: string) {
  const found = report.findings.find(f => f.practice === practice)
  if (!found) throw new Error(`no finding for ${practice}`)
  return found
}

function policyErrors(text: string) {
  const result = loadPolicy(text, POLICY_FILE, { today: TODAY })
  if (result.ok) throw new Error('the policy loaded')
  return result.errors
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await work()
  return { value, ms: performance.now() - start }
}

const BILLION_LAUGHS_XML = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<${root}><lolz>&lol9;</lolz></${root}>
`
const EXTERNAL_ENTITY_XML = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<${root} name="&xxe;"></${root}>
`
/** Only an external DTD, which Cobertura writes and which is skipped unfetched: the entity stays undefined. */
const EXTERNAL_DTD_XML = `<?xml version="1.0"?>
<!DOCTYPE coverage SYSTEM "http://attacker.example/evil.dtd">
<coverage line-rate="&xxe;" branch-rate="0.5"></coverage>
`

describe('XML bombs and external entities', () => {
  it.each([
    ['JUnit billion laughs', () => parseJunit(BILLION_LAUGHS_XML('testsuite'))],
    ['JUnit external entity', () => parseJunit(EXTERNAL_ENTITY_XML('testsuite'))],
    ['coverage XML billion laughs', () => parseCoverage(BILLION_LAUGHS_XML('coverage'), 'coverage.xml')],
    ['coverage XML external entity', () => parseCoverage(EXTERNAL_ENTITY_XML('coverage'), 'coverage.xml')]
  ])('%s: refused at the DOCTYPE with a clear, positioned error', (_name, parse) => {
    expect(parse).toThrow(/DOCTYPE declarations are refused.*\(line 2, column 1\)/)
  })

  it('coverage XML with an external DTD: never fetched, its entity is an error, nothing is read', () => {
    expect(() => parseCoverage(EXTERNAL_DTD_XML, 'coverage.xml')).toThrow(/&xxe;|entity|reference/i)
  })

  it('through the gate: a bomb as the JUnit report leaves unit-tests unknown, as coverage fails the threshold', async () => {
    const report = await gate({
      [POLICY_FILE]: BASE_POLICY,
      '.github/workflows/ci.yml': CI,
      'junit.xml': BILLION_LAUGHS_XML('testsuite'),
      'coverage.xml': EXTERNAL_ENTITY_XML('coverage')
    })
    expect(finding(report, 'unit-tests')).toMatchObject({
      status: 'unknown',
      messageId: 'reports-unreadable'
    })
    expect(finding(report, 'unit-tests').message).toMatch(/DOCTYPE declarations are refused/)
    expect(finding(report, 'coverage-threshold').status).not.toBe('pass')
    expect(report.passed).toBe(false)
  })
})

describe('a 200 MB single-line file', () => {
  const TESTCASE = '<testcase classname="c" name="t"/>'
  const PER_MB = Math.floor((1024 * 1024) / TESTCASE.length)
  const MEGABYTES = 200
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mg-huge-'))
    const fd = openSync(path.join(dir, 'junit.xml'), 'w')
    const block = Buffer.from(TESTCASE.repeat(PER_MB))
    writeSync(fd, '<testsuite name="huge">')
    for (let i = 0; i < MEGABYTES; i++) writeSync(fd, block)
    writeSync(fd, '</testsuite>')
    closeSync(fd)
    // The same 200 MB as a workflow file, without writing it twice.
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
    linkSync(path.join(dir, 'junit.xml'), path.join(dir, '.github/workflows/huge.yml'))
    symlinkSync('junit.xml', path.join(dir, POLICY_FILE))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('as a JUnit report: streamed in flat memory, every test case counted', async () => {
    const before = process.memoryUsage().rss
    const { value: summary, ms } = await timed(() => readJunitFile(dir, 'junit.xml'))
    expect(summary).toMatchObject({ tests: PER_MB * MEGABYTES, failures: 0, errors: 0 })
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024)
    expect(ms).toBeLessThan(20_000)
  })

  it('as a workflow file: refused by the workspace read cap, and said so on its line', async () => {
    const workspace = collectWorkspace(dir)
    expect(workspace.read('.github/workflows/huge.yml')).toBeUndefined()
    await writeFile(path.join(dir, 'policy.yml'), BASE_POLICY)
    const report = await runGate({ root: dir, policyPath: 'policy.yml', today: TODAY })
    expect(report.warnings).toContainEqual({
      message: expect.stringMatching(/workflow file not read: \d+ MB is larger than the 10 MB read limit/),
      location: { file: '.github/workflows/huge.yml', line: 1, column: 1 }
    })
    expect(finding(report, 'ci-on-change').status).toBe('fail')
    expect(report.passed).toBe(false)
  })

  it('as the policy: refused by the read cap, saying so, never parsed', async () => {
    await expect(runGate({ root: dir, policyPath: POLICY_FILE, today: TODAY })).rejects.toThrow(
      /policy file cannot be read: 200 MB is larger than the 10 MB read limit/
    )
  })
})

const DEPTH = 3000
const NESTED_BLOCK = Array.from({ length: DEPTH }, (_, i) => `${' '.repeat(i)}a:`).join('\n')
const NESTED_FLOW = '['.repeat(20_000) + ']'.repeat(20_000)

/** Anchors of nine aliases each, nine levels deep: 9^9 nodes once expanded. */
const LAUGHS = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
for (let i = 1; i <= 8; i++)
  LAUGHS.push(`l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`)

describe('hostile YAML', () => {
  it.each([
    ['block nesting', NESTED_BLOCK],
    ['flow nesting', NESTED_FLOW]
  ])('deeply nested policy (%s): a positioned error, no crash', (_name, nested) => {
    const errors = policyErrors(`${BASE_POLICY}practices:\n  x:\n${nested.replace(/^/gm, '    ')}\n`)
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1)
  })

  it.each([
    // 4.5 MB, too deep for the fast reader: refused by the `yaml` package's size cap before it is composed.
    [
      'block nesting',
      `on: push\njobs:\n${NESTED_BLOCK.replace(/^/gm, '  ')}\n`,
      /^file not read: at 4\.\d MB it is over the 1 MB limit/,
      1
    ],
    [
      'flow nesting',
      `on: push\njobs:\n  test:\n    strategy:\n      matrix: ${NESTED_FLOW}\n`,
      /call stack/,
      2
    ]
  ])('deeply nested workflow (%s): a positioned problem, no crash', (_name, text, message, fromLine) => {
    const { problems } = parseWorkflow(text, '.github/workflows/ci.yml')
    expect(problems[0]).toMatchObject({ message: expect.stringMatching(message) })
    expect(problems[0]?.location.line).toBeGreaterThanOrEqual(fromLine)
  })

  it('YAML aliases as a billion laughs in the policy: refused before expansion', async () => {
    const { value: errors, ms } = await timed(() => policyErrors(`${BASE_POLICY}${LAUGHS.join('\n')}\n`))
    expect(errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/alias/i) })])
    expect(ms).toBeLessThan(2000)
  })

  it('YAML aliases as a billion laughs in a workflow: expansion stops at its budget, reported on its line, no evidence', async () => {
    const text = `on: push\n${LAUGHS.join('\n')}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        x: *l8\n    steps:\n      - run: npm test\n`
    const { value, ms } = await timed(() => parseWorkflow(text, '.github/workflows/ci.yml'))
    expect(value.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/aliases expand to more than/) })
    ])
    expect(value.problems[0]?.location.line).toBeGreaterThanOrEqual(1)
    expect(value.workflow).toBeUndefined()
    expect(ms).toBeLessThan(5000)
  })
})

describe('policy regexes', () => {
  it.each([
    ['nested quantifiers', '(a+)+$', /nests quantifiers/],
    ['a repeated alternation', '(a|a)*$', /nests quantifiers/],
    ['adjacent unbounded quantifiers', '.*.*=.*', /two quantifiers in a row/],
    ['an overlong pattern', 'a'.repeat(201), /characters long/]
  ])('catastrophic backtracking (%s) is refused at load, on its line', (_name, pattern, message) => {
    const errors = policyErrors(
      `${BASE_POLICY}practices:\n  smoke:\n    level: base\n    category: test-verification\n    check: workflow\n    run: ${JSON.stringify(pattern)}\n`
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        line: 9,
        path: 'practices.smoke.run',
        message: expect.stringMatching(message)
      })
    )
  })

  it('a long subject is cut before matching: bounded time, nothing matched past the cap', async () => {
    const pattern = compilePolicyRegex('deploy.*production')
    const near = `deploy ${'x'.repeat(1000)} production`
    const far = `deploy ${'x'.repeat(5_000_000)} production`
    expect(testBounded(pattern, near)).toBe(true)
    const { value, ms } = await timed(() => testBounded(pattern, far))
    expect(value).toBe(false)
    expect(far.length).toBeGreaterThan(MAX_SUBJECT_LENGTH)
    expect(ms).toBeLessThan(500)
  })
})

describe('paths that leave the workspace', () => {
  const metricsPractice = (candidate: string, baseline: string) =>
    `${BASE_POLICY}practices:\n  model-check:\n    level: base\n    category: test-verification\n    check: metrics\n    candidate: ${JSON.stringify(candidate)}\n    baseline: { path: ${JSON.stringify(baseline)} }\n    metrics:\n      auc: { min: 0.8 }\n`

  it.each([
    [
      'a report glob with ../',
      `${BASE_POLICY}practices:\n  unit-tests:\n    reports: ['../**/junit.xml']\n`,
      6,
      'practices.unit-tests.reports[0]'
    ],
    [
      'an absolute report glob',
      `${BASE_POLICY}practices:\n  unit-tests:\n    reports: ['/etc/**']\n`,
      6,
      'practices.unit-tests.reports[0]'
    ],
    [
      'a Windows absolute glob',
      `${BASE_POLICY}practices:\n  unit-tests:\n    reports: ['C:\\\\x\\\\*.xml']\n`,
      6,
      'practices.unit-tests.reports[0]'
    ],
    [
      'a candidate with ../',
      metricsPractice('m/../../secret.json', 'base.json'),
      9,
      'practices.model-check.candidate'
    ],
    [
      'a baseline path with ../',
      metricsPractice('m.json', '../base.json'),
      10,
      'practices.model-check.baseline.path'
    ],
    [
      'an absolute baseline path',
      metricsPractice('m.json', '/etc/passwd'),
      10,
      'practices.model-check.baseline.path'
    ]
  ])('%s is refused at load, on its line', (_name, policy, line, keyPath) => {
    expect(policyErrors(policy)).toContainEqual(expect.objectContaining({ line, path: keyPath }))
  })

  describe('symlinks out of the workspace', () => {
    let outside: string
    beforeAll(() => {
      outside = mkdtempSync(path.join(os.tmpdir(), 'mg-outside-'))
    })
    afterAll(() => {
      rmSync(outside, { recursive: true, force: true })
    })

    it('a JUnit report symlinked outside is refused: unit-tests unknown, not passed on its tests', async () => {
      await writeFile(path.join(outside, 'junit.xml'), '<testsuite><testcase name="ok"/></testsuite>')
      const report = await gate({ [POLICY_FILE]: BASE_POLICY, '.github/workflows/ci.yml': CI }, root => {
        symlinkSync(path.join(outside, 'junit.xml'), path.join(root, 'junit.xml'))
      })
      expect(finding(report, 'unit-tests')).toMatchObject({
        status: 'unknown',
        messageId: 'reports-unreadable'
      })
      expect(finding(report, 'unit-tests').message).toMatch(/symlink resolves outside the workspace/)
    })

    it('metrics files symlinked outside are not read: the candidate and the baseline are unknown, saying why', async () => {
      await writeFile(path.join(outside, 'metrics.json'), JSON.stringify({ auc: 0.99 }))
      const policy = metricsPractice('candidate.json', 'baseline.json').replace(
        'auc: { min: 0.8 }',
        'auc: { min: 0.8, direction: higher, max-drop: 0 }'
      )
      const outCandidate = await gate({ [POLICY_FILE]: policy, 'baseline.json': '{"auc": 0.9}' }, root => {
        symlinkSync(path.join(outside, 'metrics.json'), path.join(root, 'candidate.json'))
      })
      expect(finding(outCandidate, 'model-check')).toMatchObject({
        status: 'unknown',
        messageId: 'unreadable',
        message: expect.stringMatching(/candidate\.json: symlink resolves outside the workspace/)
      })
      const outBaseline = await gate({ [POLICY_FILE]: policy, 'candidate.json': '{"auc": 0.95}' }, root => {
        symlinkSync(path.join(outside, 'metrics.json'), path.join(root, 'baseline.json'))
      })
      expect(finding(outBaseline, 'model-check')).toMatchObject({
        status: 'unknown',
        messageId: 'unreadable'
      })
    })

    it('the policy itself symlinked outside is refused, naming where it leads', async () => {
      await writeFile(path.join(outside, 'policy.yml'), BASE_POLICY)
      const repo = await tempRepo({})
      symlinkSync(path.join(outside, 'policy.yml'), path.join(repo.root, POLICY_FILE))
      await expect(runGate({ root: repo.root, policyPath: POLICY_FILE, today: TODAY })).rejects.toThrow(
        /the policy file is a symlink to .*policy\.yml, outside the repository/
      )
      await repo.remove()
    })
  })
})

describe("the policy's own command checks", () => {
  it('run repository code without the credentials the runner gives the action', async () => {
    const environment = {
      INPUT_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      MG_VISIBLE: 'yes'
    }
    Object.assign(process.env, environment)
    try {
      const report = await gate({
        [POLICY_FILE]: `${BASE_POLICY}practices:\n  leak-check:\n    level: base\n    category: test-verification\n    check: command\n    command: 'test -z "$INPUT_TOKEN$ACTIONS_RUNTIME_TOKEN$ACTIONS_ID_TOKEN_REQUEST_TOKEN" && test "$MG_VISIBLE" = yes'\n`
      })
      expect(finding(report, 'leak-check')).toMatchObject({ status: 'pass', messageId: 'succeeded' })
    } finally {
      for (const name of Object.keys(environment)) Reflect.deleteProperty(process.env, name)
    }
  })
})

/** Everything that must never reach output as itself. */
const INJECTION = [
  '::error::forged',
  '::set-output name=x::y',
  '<img src=x onerror=alert(1)>',
  '| pipes |',
  '[x](javascript:alert(1))'
].join(' ')
const LONG = 'A'.repeat(10 * 1024)
const HOSTILE_NAME = `${INJECTION} ${LONG}`

const HOSTILE_REPO = {
  '.github/workflows/ci.yml': `on: [push, pull_request]
jobs:
  test:
    name: ${JSON.stringify(HOSTILE_NAME)}
    runs-on: ubuntu-latest
    environment: ${JSON.stringify(`production ${INJECTION}`)}
    steps:
      - name: ${JSON.stringify(`::error::step ${LONG}`)}
        run: npm run build
      - run: npm test
`,
  [POLICY_FILE]: `version: 1
model: cdmm
target: advanced
practices:
  model-check:
    level: base
    category: test-verification
    check: metrics
    candidate: metrics.json
    metrics:
      ${JSON.stringify(INJECTION)}: { min: 0.9 }
      ? ${JSON.stringify(`m${LONG}`)}
      : { min: 0.9 }
`,
  'metrics.json': JSON.stringify({ [INJECTION]: 0.5, [`m${LONG}`]: 0.5 })
}

/** Markdown with code blocks and code spans removed: what GitHub would render as Markdown/HTML. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

/** Unescaped `|` per table row: every row of a table must have as many as its header. */
function tableShapes(markdown: string): number[][] {
  const tables: number[][] = []
  let current: number[] | undefined
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined
      continue
    }
    if (!current) tables.push((current = []))
    current.push((line.match(/(?<!\\)\|/g) ?? []).length)
  }
  return tables
}

describe('job names and metric keys carrying workflow commands, Markdown/HTML and 10 kB of text', () => {
  let report: Report
  beforeAll(async () => {
    report = await gate(HOSTILE_REPO)
    // The hostile text really is in the report: the renderers below get it.
    expect(JSON.stringify(report)).toContain(JSON.stringify(INJECTION).slice(1, -1))
    expect(JSON.stringify(report)).toContain(LONG)
  })

  it('the text report: one bounded line per item, no forged workflow command', () => {
    const text = renderText(report)
    expect(text).toContain('::error::forged')
    for (const line of text.split('\n')) {
      expect(line.startsWith('::')).toBe(false)
      expect(line.length).toBeLessThan(1200)
    }
    expect(text).not.toContain('\r')
    expect(text).not.toContain('\u001b')
    expect(text).not.toContain(LONG)
  })

  it('the summary Markdown: no live HTML, links or table breaks; long text cut', () => {
    const { markdown } = renderSummary(report)
    const rendered = outsideCode(markdown)
    expect(rendered).not.toMatch(/<img|<script|(?<!\\)\]\(javascript:/i)
    expect(rendered).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(rendered).not.toContain('| pipes |')
    for (const rows of tableShapes(markdown)) expect(new Set(rows).size).toBe(1)
    for (const line of markdown.split('\n')) expect(line.startsWith('::')).toBe(false)
    expect(markdown).not.toContain(LONG)
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
  })

  it('annotations: one-line titles, capped messages, and data that stays one workflow command', () => {
    const { annotations } = planAnnotations(report)
    expect(annotations.length).toBeGreaterThan(0)
    for (const annotation of annotations) {
      expect(annotation.title).not.toMatch(/[\r\n]/)
      expect(annotation.title.length).toBeLessThanOrEqual(200)
      expect(annotation.message.length).toBeLessThanOrEqual(2000)
      const command = `::${annotation.level}::${escapeCommandData(annotation.message)}`
      expect(command.split('\n')).toHaveLength(1)
    }
    expect(annotations.some(a => a.message.includes('::set-output name=x::y'))).toBe(true)
  })
})

describe('the action bundle with hostile names', () => {
  const bundle = path.join(import.meta.dirname, '../../dist/index.js')

  /** The bundle as the runner starts it, offline (no token), over a checkout holding `files`. */
  async function runBundle(files: Record<string, string>) {
    const repo = await tempRepo(files)
    const summary = path.join(repo.root, '..', `${path.basename(repo.root)}-summary.md`)
    const outputs = path.join(repo.root, '..', `${path.basename(repo.root)}-outputs`)
    await writeFile(summary, '')
    await writeFile(outputs, '')
    try {
      const result = await spawnNode([bundle], {
        cwd: repo.root,
        env: runnerEnv({
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: repo.root,
          GITHUB_OUTPUT: outputs,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_EVENT_NAME: 'push',
          INPUT_TOKEN: '',
          INPUT_POLICY: POLICY_FILE,
          'INPUT_REPORT-PATH': 'maturity-report.json'
        })
      })
      return { ...result, outputs: await readFile(outputs, 'utf8'), summary: await readFile(summary, 'utf8') }
    } finally {
      await repo.remove()
      rmSync(summary, { force: true })
      rmSync(outputs, { force: true })
    }
  }

  /** Every line that starts with `::` is a command the action itself issues; nothing injected starts one. */
  function expectNoForgedCommands(stdout: string): void {
    for (const line of stdout.split('\n').filter(l => l.startsWith('::'))) {
      expect(line).toMatch(/^::(error|warning|notice|debug|add-mask)( [^:]*)?::/)
      expect(line).not.toMatch(/^::(error|warning|notice)::(forged|step|set-output)/)
    }
    expect(stdout).not.toMatch(/^::set-output/m)
  }

  it('job names and metric keys: exit 1, stdout carries no injected command, outputs untouched', async () => {
    const result = await runBundle(HOSTILE_REPO)
    expect(result.code).toBe(1)
    expect(result.outputs).toMatch(/passed<<.*\nfalse\n/)
    expectNoForgedCommands(result.stdout)
    expect(result.outputs).not.toMatch(/^x=/m)
    expect(result.summary).not.toContain(LONG)
  })

  it('a policy key carrying commands and line breaks: exit 1, one escaped annotation per error', async () => {
    const result = await runBundle({
      [POLICY_FILE]: `${BASE_POLICY}${JSON.stringify(`::set-output name=x::y\n::error::forged ${INJECTION}`)}: 1\n`,
      '.github/workflows/ci.yml': CI
    })
    expect(result.code).toBe(1)
    expectNoForgedCommands(result.stdout)
    expect(result.stdout).toMatch(
      /^::error title=maturity-gate%3A invalid policy,file=\.maturity\.yml,line=4,col=1::/m
    )
    // Flattened to one line before escaping: the key's line breaks are spaces in the message.
    expect(result.stdout).toContain(' ::error::forged')
  })
})
