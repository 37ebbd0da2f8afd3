import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { joinJunitPieces } from '../../src/parsers/join-junit-pieces.js'
import { createJunitParser, parseJunit } from '../../src/parsers/junit.js'
import type { JunitPiece, JunitSummary } from '../../src/parsers/junit.js'
import {
  createJunitScanner,
  describeCase,
  scanJunit,
  summaryOfScan
} from '../../src/parsers/junit-scanner.js'

/**
 * The WebAssembly scanner is the JavaScript reader's fast path, and the JavaScript reader is the one
 * definition of a report: whatever the bytes, the scanner gives exactly the reader's summary, or gives up
 * (undefined) and the reader reads the report. It never gives a summary where the reader finds an error.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports', 'junit')
const TESTCASE_TAG = /<testcase[ \t\r\n>/]/g
const CHUNKS = [1, 2, 3, 7, 16, 17, 64, 4096, 1 << 20]

function oneReader(text: string): JunitSummary | Error {
  try {
    return parseJunit(text)
  } catch (error) {
    return error as Error
  }
}

/** The scanner's summary at every chunk size: all the same, or the test fails. */
function scanned(text: string): JunitSummary | undefined {
  const bytes = Buffer.from(text)
  const results = CHUNKS.map(chunk => scanJunit(bytes, chunk))
  for (const result of results) expect(result).toEqual(results[0])
  return results[0]
}

/** A surefire-like suite: passing, skipped, failing (with a stack in CDATA), erroring and flaky cases. */
function suite(name: string, cases: number): string {
  const body = Array.from({ length: cases }, (_, i) => {
    const attrs = `name="t${i} &amp; more" classname="com.example.${name}Test" time="0.01"`
    if (i % 7 === 3)
      return `<testcase ${attrs}><failure message="boom ${i}" type="Assert"><![CDATA[at com.example.${name}Test.t${i}(${name}Test.java:${i + 1})]]></failure></testcase>`
    if (i % 11 === 5) return `<testcase ${attrs}><error message="err &#x41;${i}"/></testcase>`
    if (i % 5 === 2) return `<testcase ${attrs}><skipped/></testcase>`
    if (i % 9 === 4)
      return `<testcase ${attrs}><system-out>line &lt;${i}&gt; \u00e9\u4e2d</system-out></testcase>`
    if (i % 13 === 6) return `<testcase ${attrs}><flakyFailure message="once"/></testcase>`
    return `<testcase ${attrs}/>`
  })
  return `<testsuite name="${name}">\n  ${body.join('\n  ')}\n</testsuite>`
}

const REPORT = `\ufeff<?xml version="1.0"?>\n<testsuites>\n${['A', 'B', 'C', 'D'].map(n => suite(n, 40)).join('\n<!-- next -->\n')}\n</testsuites>\n`

describe('scanJunit', () => {
  it('counts a report exactly as the JavaScript reader, failing cases described by it, at any chunk size', () => {
    const whole = parseJunit(REPORT)
    expect(whole.failures).toBeGreaterThan(0)
    expect(whole.errors).toBeGreaterThan(0)
    expect(whole.flaky).toBeGreaterThan(0)
    expect(scanned(REPORT)).toEqual(whole)
  })

  it('keeps the first 50 failing cases and counts the rest as omitted', () => {
    const many = `<testsuite>${'<testcase name="x"><failure message="m"/></testcase>'.repeat(120)}</testsuite>`
    const summary = scanned(many)
    expect(summary?.failingCases).toHaveLength(50)
    expect(summary?.omittedFailingCases).toBe(70)
    expect(summary).toEqual(parseJunit(many))
  })

  it('scans every real-world JUnit fixture as the JavaScript reader reads it', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter(name =>
      /\.xml$/.test(name)
    )
    expect(files.length).toBeGreaterThanOrEqual(15)
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8')
      // None of them needs the JavaScript reader: each is scanned, and scanned the same.
      expect({ file, summary: scanned(text) }).toEqual({ file, summary: parseJunit(text) })
    }
  })

  const accepted: [string, string][] = [
    ['a self-closing root', '<testsuites/>'],
    [
      'a processing instruction and comments anywhere',
      '<?xml version="1.0"?><!-- a --><testsuite><?pi x?></testsuite><!-- b -->'
    ],
    [
      'attributes with single quotes, white space around `=`',
      `<testsuite><testcase name = 'a "b"'\n\tclassname="c" /></testsuite>`
    ],
    [
      'character references in text and attributes',
      '<testsuite><testcase name="&#65;&#x1F600;"><system-out>&#9;&#x10FFFF;</system-out></testcase></testsuite>'
    ],
    [
      'a `>` and `]]` in text',
      '<testsuite><testcase name="a"><system-out>a > b ]] c</system-out></testcase></testsuite>'
    ],
    [
      'non-ASCII text and attribute values',
      '<testsuite><testcase name="\u00e9\u00e8 \ud83d\ude00"><failure message="\u4e2d">\u00e9</failure></testcase></testsuite>'
    ],
    [
      'invalid UTF-8 in a failure message',
      '<testsuite><testcase name="a"><failure message="\ufffd">x</failure></testcase></testsuite>'
    ],
    [
      'a skipped case and an error in one case',
      '<testsuite><testcase name="a"><skipped/><error/></testcase></testsuite>'
    ],
    [
      'a flaky error beside a failure',
      '<testsuite><testcase name="a"><flakyError/><failure/></testcase></testsuite>'
    ],
    [
      'a result element that is not a direct child',
      '<testsuite><testcase name="a"><x><failure/></x></testcase></testsuite>'
    ],
    [
      'a CDATA section holding markup',
      '<testsuite><testcase name="a"><failure><![CDATA[<testcase name="q"/> ]] ]]]></failure></testcase></testsuite>'
    ],
    [
      'an external DOCTYPE-free document with CRLF line ends',
      '<testsuites>\r\n<testsuite>\r\n<testcase name="a"/>\r\n</testsuite>\r\n</testsuites>\r\n'
    ],
    ['end tags with white space before `>`', '<testsuite ><testcase name="a"></testcase\n></testsuite\t>'],
    [
      'names with dots, dashes, colons and digits',
      '<testsuite><ns:x-1.y_2 a.b-c:d="1"></ns:x-1.y_2><testcase name="a"/></testsuite>'
    ]
  ]
  it.each(accepted)('scans %s as the JavaScript reader reads it', (_, text) => {
    const whole = parseJunit(text)
    expect(scanned(text)).toEqual(whole)
  })

  const refused: [string, string][] = [
    ['an unknown entity', '<testsuite><testcase name="a &bogus; b"/></testsuite>'],
    ['an entity in text', '<testsuite><system-out>&nbsp;</system-out></testsuite>'],
    ['a `&` alone', '<testsuite><system-out>a & b</system-out></testsuite>'],
    ['a character reference to NUL', '<testsuite><testcase name="&#0;"/></testsuite>'],
    ['a character reference past Unicode', '<testsuite><system-out>&#x110000;</system-out></testsuite>'],
    ['a character reference to a surrogate', '<testsuite><system-out>&#xD800;</system-out></testsuite>'],
    ['an empty character reference', '<testsuite><system-out>&#;</system-out></testsuite>'],
    ['an uppercase X in a hex reference', '<testsuite><system-out>&#X41;</system-out></testsuite>'],
    ['an unquoted attribute', '<testsuite><testcase name=a/></testsuite>'],
    [
      'attributes without white space between them',
      '<testsuite><testcase name="a"classname="b"/></testsuite>'
    ],
    ['an attribute without a value', '<testsuite><testcase name/></testsuite>'],
    ['a `<` in an attribute value', '<testsuite><testcase name="a<b"/></testsuite>'],
    ['a space between `/` and `>`', '<testsuite><testcase name="a"/ ></testsuite>'],
    ['a tag name starting with a digit', '<testsuite><1a/></testsuite>'],
    ['a `<` followed by white space', '<testsuite>< testcase/></testsuite>'],
    ['an end tag that closes the wrong element', '<testsuite><testcase name="a"></testsuite></testcase>'],
    ['an end tag without a start tag', '<testsuite></testcase></testsuite>'],
    ['an element left open', '<testsuites><testsuite><testcase name="a"/></testsuites>'],
    ['a second root', '<testsuite/><testsuite/>'],
    ['text before the root', 'x<testsuite/>'],
    ['text after the root', '<testsuite/>x'],
    ['a CDATA section outside the root', '<testsuite/><![CDATA[x]]>'],
    ['a comment left open', '<testsuite><!-- </testsuite>'],
    ['a CDATA section left open', '<testsuite><system-out><![CDATA[x</system-out></testsuite>'],
    ['a processing instruction left open', '<testsuite><?pi </testsuite>'],
    ['an internal DTD subset', '<!DOCTYPE testsuite [<!ENTITY x "y">]><testsuite/>'],
    ['an ENTITY declaration', '<!ENTITY x "y"><testsuite/>'],
    ['an unknown declaration', '<testsuite><!ELEMENT x ANY></testsuite>'],
    ['a root that is not a JUnit root', '<results><testcase name="a"/></results>'],
    ['an empty document', ''],
    ['only white space', ' \n '],
    ['a tag cut at the end', '<testsuite><testcase name="a"'],
    ['a `<` at the very end', '<testsuite></testsuite><'],
    ['a reference cut at the end', '<testsuite>&amp'],
    [
      'nesting deeper than 1,000 elements',
      `<testsuite>${'<x>'.repeat(1000)}${'</x>'.repeat(1000)}</testsuite>`
    ]
  ]
  it.each(refused)('gives up on %s, which the JavaScript reader refuses', (_, text) => {
    expect(oneReader(text)).toBeInstanceOf(Error)
    expect(scanned(text)).toBeUndefined()
  })

  const leftToJavaScript: [string, string][] = [
    ['TRX', '<TestRun><Results><UnitTestResult testName="a" outcome="Passed"/></Results></TestRun>'],
    [
      'an external DOCTYPE',
      '<!DOCTYPE testsuite SYSTEM "junit.dtd"><testsuite><testcase name="a"/></testsuite>'
    ],
    [
      'a test case nested in a test case',
      '<testsuite><testcase name="a"><testcase name="b"><failure/></testcase></testcase></testsuite>'
    ],
    ['a non-ASCII element name', '<testsuite><r\u00e9sultat/><testcase name="a"/></testsuite>'],
    ['a non-ASCII attribute name', '<testsuite><testcase n\u00e4me="a"/></testsuite>'],
    ['a decimal reference of eight digits', '<testsuite><testcase name="&#00000065;"/></testsuite>'],
    ['nesting 990 elements deep', `<testsuite>${'<x>'.repeat(990)}${'</x>'.repeat(990)}</testsuite>`]
  ]
  it.each(leftToJavaScript)('leaves %s to the JavaScript reader, which reads it', (_, text) => {
    expect(oneReader(text)).not.toBeInstanceOf(Error)
    expect(scanned(text)).toBeUndefined()
  })

  // The scanner classifies bytes by a table (name character, name start, white space): every byte, in
  // every place the table decides, must read as the JavaScript reader reads it, or be left to that reader.
  it('reads every byte at the start, inside and after element and attribute names as the JavaScript reader, or gives up', () => {
    const places = [
      (c: string) => `<testsuite><${c}testcase/></testsuite>`,
      (c: string) => `<testsuite><test${c}case/></testsuite>`,
      (c: string) => `<testsuite><testcase${c}/></testsuite>`,
      (c: string) => `<testsuite><testcase ${c}name="a"/></testsuite>`,
      (c: string) => `<testsuite><testcase na${c}me="a"/></testsuite>`,
      (c: string) => `<testsuite><testcase name${c}="a"/></testsuite>`,
      (c: string) => `<testsuite><testcase name=${c}"a"/></testsuite>`,
      (c: string) => `<testsuite><x${c}></x${c}><testcase/></testsuite>`
    ]
    let read = 0
    for (let code = 0; code < 256; code++) {
      for (const place of places) {
        const text = place(String.fromCharCode(code))
        const summary = scanJunit(Buffer.from(text))
        if (summary === undefined) continue
        expect({ text, summary }).toEqual({ text, summary: oneReader(text) })
        read++
      }
    }
    // Letters, digits and the name marks inside names, white space around them: the scanner's own reads.
    expect(read).toBeGreaterThan(300)
  })

  it('gives up on a tag longer than its 1 MiB buffer, which the JavaScript reader reads', () => {
    const text = `<testsuite><testcase name="${'a'.repeat(1 << 20)}"/></testsuite>`
    expect(oneReader(text)).not.toBeInstanceOf(Error)
    expect(scanJunit(Buffer.from(text), 65536)).toBeUndefined()
  })

  it('reads past text, comments and CDATA sections longer than its buffer', () => {
    const long = 'x'.repeat(3 << 20)
    const text = `<testsuite><testcase name="a"><failure>${long}</failure></testcase><!--${long}--><testcase name="b"><system-out><![CDATA[${long}]]></system-out></testcase></testsuite>`
    const summary = scanJunit(Buffer.from(text), 1 << 20)
    expect(summary).toEqual(parseJunit(text))
    expect(summary?.tests).toBe(2)
  })

  it('equals the JavaScript reader or gives up, for generated and damaged reports in chunks of any size', () => {
    let scannedRuns = 0
    const part = fc.constantFrom(
      '<testcase name="p"/>',
      '<testcase name="s"><skipped/></testcase>',
      '<testcase name="o"><system-out>a &lt; b</system-out></testcase>',
      '<testcase name="f" file="t.py" line="3"><failure message="m">File "t.py", line 3</failure></testcase>',
      '<testcase name="e"><error type="E"/></testcase>',
      '<testcase name="k"><flakyFailure/></testcase>',
      '<!-- <testcase name="c"/> -->',
      '<testcase name="d"><failure><![CDATA[<testcase name="q"/>]]></failure></testcase>',
      '<?pi data?>',
      '<testsuite name="inner">',
      '</testsuite>',
      '\n  '
    )
    const damage = fc.constantFrom(
      '</x>',
      '<x>',
      'text',
      '&bad;',
      '&#0;',
      '&',
      '<',
      '>',
      '"',
      "'",
      '=',
      '/',
      '<!DOCTYPE d>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '?>',
      '\u00e9'
    )
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 0, maxLength: 30 }),
        fc.array(fc.tuple(damage, fc.nat()), { maxLength: 2 }),
        fc.integer({ min: 1, max: 40 }),
        (parts, defects, chunk) => {
          let text = `<testsuites><testsuite>${parts.join('')}</testsuite></testsuites>`
          for (const [defect, where] of defects) {
            const at = where % (text.length + 1)
            text = text.slice(0, at) + defect + text.slice(at)
          }
          const summary = scanJunit(Buffer.from(text), chunk)
          if (summary !== undefined) expect(summary).toEqual(oneReader(text))
          if (summary !== undefined) scannedRuns++
        }
      ),
      { numRuns: 2000 }
    )
    // Not a test that passes by giving up: the scanner itself reads about 460 of the 2,000 reports (most
    // damage breaks a report, and the JavaScript reader refuses those too).
    expect(scannedRuns).toBeGreaterThan(250)
  })
})

/** Where a piece may start, in bytes: a `<testcase` tag, as the reader looks for it. */
function tagOffsets(text: string): number[] {
  return [...text.matchAll(TESTCASE_TAG)].map(m => Buffer.byteLength(text.slice(0, m.index)))
}

/** The report's pieces cut at `cuts`, each by the scanner, else by the JavaScript reader; joined or undefined. */
function scanInPieces(
  text: string,
  cuts: number[],
  chunk: number
): { joined?: JunitSummary; scannedPieces: number } {
  const bytes = Buffer.from(text)
  const bounds = [0, ...cuts, bytes.length]
  const pieces: (JunitPiece | undefined)[] = []
  let scannedPieces = 0
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i] as number, bounds[i + 1] as number]
    const last = i > 0 && i + 2 === bounds.length
    const piece = scanPiece(bytes, start, end, i > 0, last, chunk)
    if (piece) scannedPieces++
    pieces.push(piece ?? readPiece(bytes.subarray(start, end).toString('utf8'), i > 0, last))
  }
  const joined = pieces.every(piece => piece !== undefined) ? joinJunitPieces(pieces) : undefined
  return { joined, scannedPieces }
}

function scanPiece(
  bytes: Buffer,
  start: number,
  end: number,
  fragment: boolean,
  last: boolean,
  chunk: number
): JunitPiece | undefined {
  const scanner = createJunitScanner(fragment, start)
  for (let at = start; at < end;) {
    const room = scanner.room()
    const n = Math.min(room.length, chunk, end - at)
    room.set(bytes.subarray(at, at + n))
    at += n
    if (!scanner.wrote(n)) return undefined
  }
  const piece = scanner.cut(last)
  const summary =
    piece &&
    summaryOfScan(
      piece.scan,
      piece.scan.failing.map(r => describeCase(bytes.subarray(r.start, r.end)))
    )
  return summary && { summary, edges: piece.edges }
}

function readPiece(text: string, fragment: boolean, last: boolean): JunitPiece | undefined {
  const parser = createJunitParser(fragment)
  try {
    parser.write(text)
    return parser.cut(last)
  } catch {
    return undefined
  }
}

describe('createJunitScanner in pieces', () => {
  it('cuts a report at any of its test cases into pieces that join into what one reader counts', () => {
    const whole = parseJunit(REPORT)
    for (const cut of tagOffsets(REPORT)) {
      const { joined, scannedPieces } = scanInPieces(REPORT, [cut], 4096)
      expect(scannedPieces).toBe(2)
      expect(joined).toEqual(whole)
    }
  })

  it('gives the same edges as the JavaScript reader for every piece of every fixture', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter(name =>
      /\.xml$/.test(name)
    )
    let compared = 0
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8')
      const bytes = Buffer.from(text)
      const bounds = [0, ...tagOffsets(text), bytes.length]
      for (let i = 0; i + 1 < bounds.length; i++) {
        const [start, end] = [bounds[i] as number, bounds[i + 1] as number]
        const last = i > 0 && i + 2 === bounds.length
        const scannedPiece = scanPiece(bytes, start, end, i > 0, last, 64)
        const read = readPiece(bytes.subarray(start, end).toString('utf8'), i > 0, last)
        if (scannedPiece === undefined) continue
        // The JavaScript reader does not count the depth of test cases it counts in bulk (it keeps three
        // levels to spare for them): the scanner counts every element, never less deep.
        const { depth, ...edges } = scannedPiece.edges
        expect(depth).toBeGreaterThanOrEqual(read?.edges.depth ?? Infinity)
        expect({ file, start, summary: scannedPiece.summary, edges }).toEqual({
          file,
          start,
          summary: read?.summary,
          edges: { ...read?.edges, depth: undefined }
        })
        compared++
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('equals one reader or does not join, for generated and damaged reports cut anywhere', () => {
    let joinedScans = 0
    const part = fc.constantFrom(
      '<testcase name="p"/>',
      '<testcase name="s"><skipped/></testcase>',
      '<testcase name="f"><failure message="m">x</failure></testcase>',
      '<!-- <testcase name="c"/> -->',
      '<testcase name="d"><failure><![CDATA[<testcase name="q"/>]]></failure></testcase>',
      '<testsuite name="inner">',
      '</testsuite>',
      '\n  '
    )
    const damage = fc.constantFrom(
      '</x>',
      '<x>',
      'text',
      '&bad;',
      '<!DOCTYPE d>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '<testsuites/>'
    )
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 30 }),
        fc.oneof(fc.constant(''), damage),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        (parts, defect, where, picks, chunk) => {
          const body = parts.join('')
          const at = where % (body.length + 1)
          const text = `<testsuites><testsuite>${body.slice(0, at)}${defect}${body.slice(at)}</testsuite></testsuites>`
          const offsets = tagOffsets(text)
          if (offsets.length === 0) return
          const cuts = [...new Set(picks.map(p => offsets[p % offsets.length] as number))].sort(
            (a, b) => a - b
          )
          const { joined, scannedPieces } = scanInPieces(text, cuts, chunk)
          if (joined !== undefined) expect(joined).toEqual(oneReader(text))
          if (joined !== undefined && scannedPieces === cuts.length + 1) joinedScans++
        }
      ),
      { numRuns: 1500 }
    )
    // About 140 of the 1,500 are read by the scanner alone and joined: the rest are broken or not cut cleanly.
    expect(joinedScans).toBeGreaterThan(80)
  })
})
