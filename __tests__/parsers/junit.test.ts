import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import {
  createJunitParser,
  JunitError,
  MAX_FAILING_CASES,
  MAX_MESSAGE,
  parseJunit
} from '../../src/parsers/junit.js'
import type { FailingCase, JunitSummary } from '../../src/parsers/junit.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports')

/** Feeds bytes in fixed-size pieces through a UTF-8 decoder, as a read stream with setEncoding('utf8') does. */
function parseInChunks(bytes: Buffer, size: number): JunitSummary {
  const parser = createJunitParser()
  const decoder = new StringDecoder('utf8')
  for (let i = 0; i < bytes.length; i += size) parser.write(decoder.write(bytes.subarray(i, i + size)))
  parser.write(decoder.end())
  return parser.end()
}

function counts(s: JunitSummary): number[] {
  return [s.tests, s.failures, s.errors, s.skipped]
}

const expected = readFileSync(join(FIXTURES, 'EXPECTED.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map(row => row.split('\t'))
  .map(([file, ...numbers]) => ({ file: file as string, numbers: numbers.map(Number) }))

describe('parseJunit on the real-world corpus (EXPECTED.tsv)', () => {
  it('lists every fixture', () => {
    expect(expected).toHaveLength(17)
  })

  it.each(expected)('$file', ({ file, numbers }) => {
    const bytes = readFileSync(join(FIXTURES, file))
    expect(counts(parseJunit(bytes.toString('utf8')))).toEqual(numbers)
    expect(counts(parseInChunks(bytes, 7))).toEqual(numbers)
    expect(parseInChunks(bytes, 7)).toEqual(parseJunit(bytes.toString('utf8')))
  })
})

describe('failing cases keep name, class, location and message', () => {
  const cases: Array<{ file: string; index: number; expected: Partial<FailingCase> }> = [
    {
      file: 'junit/python-xunit-unittest.xml',
      index: 0,
      expected: {
        kind: 'failure',
        name: 'test_always_fail',
        classname: 'TestAcme',
        file: 'tests/test_lib.py'
      }
    },
    {
      file: 'junit/python-xunit-unittest.xml',
      index: 1,
      expected: { kind: 'error', name: 'test_error', file: 'tests/test_lib.py', line: 30, message: 'error' }
    },
    {
      file: 'junit/python-xunit-pytest.xml',
      index: 0,
      expected: { name: 'test_always_fail', file: 'tests/test_lib.py', line: 25, message: 'assert False' }
    },
    {
      file: 'junit/external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml',
      index: 0,
      expected: {
        file: 'AddMissingPatchVersionTest.java',
        line: 29,
        type: 'java.lang.AssertionError',
        message: 'expected [1.2.1] but found [1.2.0]'
      }
    },
    {
      file: 'junit/jest-junit.xml',
      index: 0,
      expected: {
        name: 'Failing test',
        classname: 'Test 1 › Test 1.1',
        file: 'C:\\Users\\Michal\\Workspace\\dorny\\test-check\\reports\\jest\\__tests__\\main.test.js',
        line: 10
      }
    },
    {
      file: 'junit/external/java/empty_failures.xml',
      index: 0,
      expected: { name: 'test_other_case', file: '/home/redacted/test_foo.py', line: 183 }
    },
    {
      file: 'junit/junit-with-message.xml',
      index: 0,
      expected: { name: 'Test', classname: 'Fails', message: 'error', file: 'error.cpp', line: 1 }
    }
  ]

  it.each(cases)('$file #$index', ({ file, index, expected: want }) => {
    const summary = parseJunit(readFileSync(join(FIXTURES, file), 'utf8'))
    expect(summary.failingCases[index]).toMatchObject(want)
  })

  it('decodes entities in the message of jest-junit bodies', () => {
    const summary = parseJunit(
      readFileSync(join(FIXTURES, 'junit/test-errors/jest/jest-test-results.xml'), 'utf8')
    )
    expect(summary.failingCases[0]?.message).toContain(`'typeRoots' should be set`)
    expect(summary.failingCases[0]?.message).toContain('"typeRoots": ["./src/lib/types"')
  })
})

const xml = (body: string) => `<?xml version="1.0"?>\n<testsuites>\n${body}\n</testsuites>\n`

describe('flavours and constructs', () => {
  const table: Array<{
    name: string
    input: string
    counts: number[]
    flaky?: number
    failing?: Partial<FailingCase>[]
  }> = [
    {
      name: 'surefire flaky rerun (failed, then passed) is not a failure',
      input: xml(
        `<testsuite name="S"><testcase name="t1" classname="a.B"><flakyFailure message="boom" type="X"><stackTrace>at a.B(B.java:3)</stackTrace></flakyFailure><flakyError message="e"/></testcase>
           <testcase name="t2" classname="a.B"/></testsuite>`
      ),
      counts: [2, 0, 0, 0],
      flaky: 1
    },
    {
      name: 'surefire rerunFailure accompanies a real failure and is not counted twice',
      input: xml(
        `<testsuite><testcase name="t"><failure message="first"/><rerunFailure message="again"/><rerunFailure message="again"/></testcase></testsuite>`
      ),
      counts: [1, 1, 0, 0],
      flaky: 0,
      failing: [{ name: 't', message: 'first' }]
    },
    {
      name: 'a <testcase> inside a comment is not a test',
      input: xml(
        `<!-- <testcase name="ghost"><failure/></testcase> --><testsuite><testcase name="real"/></testsuite>`
      ),
      counts: [1, 0, 0, 0]
    },
    {
      name: 'CDATA holding markup-like text is the message body, not elements',
      input: xml(
        `<testsuite><testcase name="t"><failure><![CDATA[<testcase name="x"/> a < b && c ]]]]></failure></testcase></testsuite>`
      ),
      counts: [1, 1, 0, 0],
      failing: [{ message: '<testcase name="x"/> a < b && c ]]' }]
    },
    {
      name: 'predefined entities and character references in attributes',
      input: xml(
        `<testsuite><testcase name="a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#65;&#x42;&#x1F600;" classname="K"><error message="x"/></testcase></testsuite>`
      ),
      counts: [1, 0, 1, 0],
      failing: [{ kind: 'error', name: `a <b> & "c" 'd' AB😀`, classname: 'K' }]
    },
    {
      name: 'phpunit nested suites: test cases at any depth',
      input: xml(
        `<testsuite name="a"><testsuite name="b"><testsuite name="c"><testcase name="t1"/><testcase name="t2"><skipped/></testcase></testsuite></testsuite><testcase name="t3"/></testsuite>`
      ),
      counts: [3, 0, 0, 1]
    },
    {
      name: 'go-junit-report: failure text with file:line',
      input: xml(
        `<testsuite tests="2" failures="1" name="example.com/pkg"><properties><property name="go.version" value="go1.22"></property></properties><testcase classname="pkg" name="TestA" time="0.000"></testcase><testcase classname="pkg" name="TestB" time="0.000"><failure message="Failed" type="">    b_test.go:12: got 1, want 2</failure></testcase></testsuite>`
      ),
      counts: [2, 1, 0, 0],
      failing: [{ name: 'TestB', message: 'Failed', file: 'b_test.go', line: 12 }]
    },
    {
      name: 'mocha/karma root <testsuite> with system-out and empty failure',
      input: `<testsuite name="Mocha Tests" tests="2" failures="1"><testcase name="ok" classname="c"/><testcase name="bad" classname="c"><failure message="expected 1 to equal 2" type="AssertionError"/></testcase><system-out><![CDATA[log]]></system-out></testsuite>`,
      counts: [2, 1, 0, 0],
      failing: [{ name: 'bad', type: 'AssertionError', message: 'expected 1 to equal 2' }]
    },
    {
      name: 'a testcase with both failure and error counts once in each',
      input: xml(`<testsuite><testcase name="t"><failure/><error/></testcase></testsuite>`),
      counts: [1, 1, 1, 0]
    },
    {
      name: 'skipped/failure nested deeper than a direct child do not count',
      input: xml(
        `<testsuite><testcase name="t"><properties><failure/><skipped/></properties></testcase></testsuite>`
      ),
      counts: [1, 0, 0, 0]
    },
    {
      name: 'byte order mark, single-quoted attributes, whitespace in tags',
      input: `\uFEFF<testsuites ><testsuite  name = 'x' ><testcase name='t' /></testsuite ></testsuites>`,
      counts: [1, 0, 0, 0]
    },
    {
      name: 'TRX: outcomes mapped, message and stack from ErrorInfo',
      input: `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>
    <UnitTestResult testName="Passes" outcome="Passed" />
    <UnitTestResult testName="Fails" outcome="Failed">
      <Output><ErrorInfo><Message>Assert.Equal() Failure &#xD;
Expected: 1</Message><StackTrace>   at T.Fails() in /src/Tests/UnitTest1.cs:line 17</StackTrace></ErrorInfo></Output>
    </UnitTestResult>
    <UnitTestResult testName="Skips" outcome="NotExecuted" />
    <UnitTestResult testName="Times out" outcome="Timeout" />
    <UnitTestResult testName="Data" outcome="Failed"><InnerResults><UnitTestResult testName="Data(1)" outcome="Failed"/></InnerResults></UnitTestResult>
  </Results>
</TestRun>`,
      counts: [5, 2, 1, 1],
      failing: [
        {
          kind: 'failure',
          name: 'Fails',
          message: 'Assert.Equal() Failure \r\nExpected: 1',
          file: '/src/Tests/UnitTest1.cs',
          line: 17
        },
        { kind: 'error', name: 'Times out' },
        { kind: 'failure', name: 'Data' }
      ]
    }
  ]

  it.each(table)('$name', ({ input, counts: want, flaky, failing }) => {
    const whole = parseJunit(input)
    expect(counts(whole)).toEqual(want)
    expect(parseInChunks(Buffer.from(input), 7)).toEqual(whole)
    if (flaky !== undefined) expect(whole.flaky).toBe(flaky)
    if (failing) expect(whole.failingCases).toMatchObject(failing)
  })

  it(`keeps at most ${MAX_FAILING_CASES} failing cases and counts the rest`, () => {
    const cases = Array.from(
      { length: 70 },
      (_, i) => `<testcase name="t${i}"><failure message="m${i}"/></testcase>`
    )
    const summary = parseJunit(xml(`<testsuite>${cases.join('')}</testsuite>`))
    expect(summary.failures).toBe(70)
    expect(summary.failingCases).toHaveLength(MAX_FAILING_CASES)
    expect(summary.failingCases[49]?.name).toBe('t49')
    expect(summary.omittedFailingCases).toBe(20)
  })

  it(`cuts messages to ${MAX_MESSAGE} characters`, () => {
    const summary = parseJunit(
      xml(`<testsuite><testcase name="t"><failure>${'x'.repeat(10_000)}</failure></testcase></testsuite>`)
    )
    expect(summary.failingCases[0]?.message).toBe(`${'x'.repeat(MAX_MESSAGE)}…`)
  })
})

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<testsuites><testsuite name="&lol3;"/></testsuites>`

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
  <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<testsuites><testsuite name="&xxe;"/></testsuites>`

describe('refused documents give a clear error with line and column', () => {
  const jest = readFileSync(join(FIXTURES, 'junit/jest-junit.xml'), 'utf8')
  const table: Array<{ name: string; input: string; message: RegExp; line: number; column: number }> = [
    {
      name: 'XML bomb (billion laughs)',
      input: BILLION_LAUGHS,
      message: /DOCTYPE.*refused/,
      line: 2,
      column: 1
    },
    { name: 'external entity', input: EXTERNAL_ENTITY, message: /DOCTYPE.*refused/, line: 2, column: 3 },
    {
      name: 'ENTITY declaration outside a DTD',
      input: '<testsuites>\n <!ENTITY x "y"></testsuites>',
      message: /ENTITY.*refused/,
      line: 2,
      column: 2
    },
    {
      name: 'undeclared entity reference',
      input: '<testsuites>\n<testsuite name="&xxe;"/></testsuites>',
      message: /undefined entity reference &xxe;/,
      line: 2,
      column: 18
    },
    {
      name: 'mismatched end tag',
      input: '<testsuites>\n  <testsuite>\n</testsuites>',
      message: /end tag <\/testsuites> does not match <testsuite> \(line 2, column 3\)/,
      line: 3,
      column: 1
    },
    {
      name: 'mismatched end tag after CDATA and comments (positions stay right)',
      input:
        '<testsuites>\n<testsuite>\n<testcase><!-- c\n --><failure><![CDATA[x\n]]></failure>\n</testcase>\n</testsuites>',
      message: /end tag <\/testsuites> does not match <testsuite> \(line 2, column 1\)/,
      line: 7,
      column: 1
    },
    {
      name: 'unclosed CDATA',
      input: '<testsuites>\n<testcase><failure>\n  <![CDATA[x\n',
      message: /CDATA section starting here is not closed/,
      line: 3,
      column: 3
    },
    {
      name: 'truncated file',
      input: jest.slice(0, 1500),
      message: /unexpected end of input: <failure> is not closed/,
      line: 19,
      column: 7
    },
    {
      name: 'truncated inside a tag',
      input: '<testsuites>\n<testcase name="a',
      message: /unexpected end of input inside a tag/,
      line: 2,
      column: 1
    },
    { name: 'empty file', input: '', message: /no root element/, line: 1, column: 1 },
    {
      name: 'unquoted attribute',
      input: '<testsuites><testcase name=a/></testsuites>',
      message: /malformed start tag/,
      line: 1,
      column: 13
    },
    {
      name: 'unclosed comment',
      input: '<testsuites>\n<!-- <testcase/>\n</testsuites>',
      message: /comment starting here is not closed/,
      line: 2,
      column: 1
    },
    {
      name: 'text after the root element',
      input: '<testsuites/>\ngarbage',
      message: /text after the root element/,
      line: 2,
      column: 1
    },
    {
      name: 'two root elements',
      input: '<testsuites/><testsuites/>',
      message: /second root element/,
      line: 1,
      column: 14
    },
    {
      name: 'illegal character reference',
      input: '<testsuites name="&#0;"/>',
      message: /not a legal XML character/,
      line: 1,
      column: 19
    },
    {
      name: 'a no-break space is not white space in a tag (XML allows space, tab, CR, LF)',
      input: xml('<testsuite name="S">\n  <testcase\u00a0name="t"/>\n</testsuite>'),
      message: /malformed start tag/,
      line: 4,
      column: 3
    },
    {
      name: 'bad reference in the output of a passing case among many',
      input: xml(
        `<testsuite name="S">\n${'<testcase name="ok"/>'.repeat(3)}<testcase name="t"><system-out>a &nbsp; b</system-out></testcase></testsuite>`
      ),
      message: /undefined entity reference &nbsp;/,
      line: 4,
      column: 97
    },
    {
      name: 'mismatched end tag inside a run of passing cases',
      input: xml(
        `<testsuite name="S">\n<testcase name="a"/><testcase name="b"><system-out>x</system-err></testcase></testsuite>`
      ),
      message: /end tag <\/system-err> does not match <system-out>/,
      line: 4,
      column: 53
    },
    {
      name: 'not a test report',
      input: '<?xml version="1.0"?>\n<coverage line-rate="1"/>',
      message: /root element <coverage> is not/,
      line: 2,
      column: 1
    }
  ]

  it.each(table)('$name', ({ input, message, line, column }) => {
    for (const parse of [() => parseJunit(input), () => parseInChunks(Buffer.from(input), 7)]) {
      let error: unknown
      try {
        parse()
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(JunitError)
      expect((error as JunitError).message).toMatch(message)
      expect((error as JunitError).message).toContain(`(line ${line}, column ${column})`)
      expect(error).toMatchObject({ line, column })
    }
  })
})

/**
 * Test cases as the reporters write them, each with what it adds to the counts. Runs of the passing and skipped
 * ones are counted in bulk by the tokenizer; the others are read tag by tag: mixed in any order and cut into
 * any chunks, both ways must add up to the same counts.
 */
const CASES: Array<{ xml: string; counts: [number, number, number, number] }> = [
  { xml: '<testcase name="a" time="0.1"/>', counts: [1, 0, 0, 0] },
  { xml: "<testcase name='q&amp;&#x41;' >\n </testcase >", counts: [1, 0, 0, 0] },
  {
    xml: '<testcase name="o"><system-out>log &lt;1&gt;\nline</system-out><system-err/></testcase>',
    counts: [1, 0, 0, 0]
  },
  { xml: '<testcase name="s"><skipped/></testcase>', counts: [1, 0, 0, 1] },
  {
    xml: '<testcase name="s2">\n  <system-out>x</system-out><skipped message="m">why</skipped>\n</testcase>',
    counts: [1, 0, 0, 1]
  },
  { xml: '<testcase name="ss"><skipped/><skipped/></testcase>', counts: [1, 0, 0, 1] },
  { xml: '<testcase name="f"><failure message="boom">at x.py:3</failure></testcase>', counts: [1, 1, 0, 0] },
  { xml: '<testcase name="e"><system-out>x</system-out><error/></testcase>', counts: [1, 0, 1, 0] },
  { xml: '<testcase name="c"><system-out><![CDATA[<raw>]]></system-out></testcase>', counts: [1, 0, 0, 0] },
  {
    xml: '<testcase name="p"><properties><property name="k" value="v"/></properties></testcase>',
    counts: [1, 0, 0, 0]
  },
  {
    xml: '<testcase name="n"><testcase name="inner"><skipped/></testcase><failure/></testcase>',
    counts: [2, 1, 0, 1]
  },
  { xml: '<testcasex name="not a case"/>', counts: [0, 0, 0, 0] }
]

describe('runs of passing and skipped cases counted in bulk', () => {
  it('add up to the counts of their cases, whatever the mix and the chunks', () => {
    const picks = fc.array(fc.constantFrom(...CASES), { maxLength: 40 })
    const size = fc.integer({ min: 1, max: 64 })
    fc.assert(
      fc.property(picks, fc.constantFrom('', ' ', '\n    '), size, (picked, gap, chunk) => {
        const text = xml(`<testsuite name="S">${picked.map(c => gap + c.xml).join('')}</testsuite>`)
        const want = picked.reduce((sum, c) => sum.map((n, k) => n + (c.counts[k] ?? 0)), [0, 0, 0, 0])
        expect(counts(parseJunit(text))).toEqual(want)
        const parser = createJunitParser()
        for (let at = 0; at < text.length; at += chunk) parser.write(text.slice(at, at + chunk))
        expect(counts(parser.end())).toEqual(want)
      }),
      { numRuns: 300 }
    )
  })
})
