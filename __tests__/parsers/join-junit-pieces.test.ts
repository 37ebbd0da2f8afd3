import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { joinJunitPieces } from '../../src/parsers/join-junit-pieces.js'
import { createJunitParser, parseJunit } from '../../src/parsers/junit.js'
import type { JunitPiece, JunitSummary } from '../../src/parsers/junit.js'

/**
 * A big report is read in pieces, one thread each (src/evidence/read-junit.ts). Whatever the document, the
 * pieces either join into exactly what one reader gives, or do not join and the document is read in one go:
 * a joined result never differs, and an error is never joined into counts.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports', 'junit')
/** Where a piece may start: a `<testcase` tag, as the reader looks for it. */
const TESTCASE_TAG = /<testcase[ \t\r\n>/]/g

function feed(parser: ReturnType<typeof createJunitParser>, text: string, chunk: number): void {
  for (let i = 0; i < text.length; i += chunk) parser.write(text.slice(i, i + chunk))
}

/** The document read in pieces cut at `cuts` (offsets of `<testcase` tags), or undefined when they do not join. */
function readInPieces(text: string, cuts: number[], chunk = 4096): JunitSummary | undefined {
  const bounds = [0, ...cuts, text.length]
  const pieces: (JunitPiece | undefined)[] = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const parser = createJunitParser(i > 0)
    try {
      feed(parser, text.slice(bounds[i], bounds[i + 1]), chunk)
      pieces.push(parser.cut(i > 0 && i + 2 === bounds.length))
    } catch {
      pieces.push(undefined)
    }
  }
  return pieces.every(piece => piece !== undefined) ? joinJunitPieces(pieces) : undefined
}

function oneReader(text: string): JunitSummary | Error {
  try {
    return parseJunit(text)
  } catch (error) {
    return error as Error
  }
}

function tagOffsets(text: string): number[] {
  return [...text.matchAll(TESTCASE_TAG)].map(m => m.index)
}

/** A surefire-like suite: passing, skipped, failing (with a stack in CDATA), erroring and flaky cases. */
function suite(name: string, cases: number, failingEvery = 7): string {
  const body = Array.from({ length: cases }, (_, i) => {
    const attrs = `name="t${i} &amp; more" classname="com.example.${name}Test" time="0.01"`
    if (i % failingEvery === 3)
      return `<testcase ${attrs}><failure message="boom ${i}" type="Assert"><![CDATA[at com.example.${name}Test.t${i}(${name}Test.java:${i + 1})]]></failure></testcase>`
    if (i % 11 === 5) return `<testcase ${attrs}><error message="err ${i}"/></testcase>`
    if (i % 5 === 2) return `<testcase ${attrs}><skipped/></testcase>`
    if (i % 9 === 4) return `<testcase ${attrs}><system-out>line &lt;${i}&gt;</system-out></testcase>`
    if (i % 13 === 6) return `<testcase ${attrs}><flakyFailure message="once"/></testcase>`
    return `<testcase ${attrs}/>`
  })
  return `<testsuite name="${name}">\n  ${body.join('\n  ')}\n</testsuite>`
}

const REPORT = `<?xml version="1.0"?>\n<testsuites>\n${['A', 'B', 'C', 'D'].map(n => suite(n, 40)).join('\n')}\n</testsuites>\n`

describe('joinJunitPieces', () => {
  it('joins a well-formed report cut at any of its test cases into what one reader counts', () => {
    const whole = parseJunit(REPORT)
    expect(whole.failures).toBeGreaterThan(0)
    for (const cut of tagOffsets(REPORT)) expect(readInPieces(REPORT, [cut])).toEqual(whole)
  })

  it('joins three and four pieces, in chunks of any size', () => {
    const offsets = tagOffsets(REPORT)
    const whole = parseJunit(REPORT)
    for (const chunk of [1, 7, 64, 1 << 20]) {
      expect(readInPieces(REPORT, [offsets[10], offsets[70]] as number[], chunk)).toEqual(whole)
      expect(readInPieces(REPORT, [offsets[5], offsets[60], offsets[150]] as number[], chunk)).toEqual(whole)
    }
  })

  it('keeps the first 50 failing cases in document order and counts the rest as omitted', () => {
    const many = `<testsuites>${suite('M', 600, 4)}</testsuites>`
    const whole = parseJunit(many)
    expect(whole.omittedFailingCases).toBeGreaterThan(0)
    const offsets = tagOffsets(many)
    // Cuts before, at and after the 50th failing case.
    for (const at of [20, 199, 200, 201, 450])
      expect(readInPieces(many, [offsets[at] as number])).toEqual(whole)
  })

  it('joins every real-world fixture cut at each of its test cases, or leaves it to one reader', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter(name =>
      /\.(xml|trx)$/.test(name)
    )
    expect(files.length).toBeGreaterThanOrEqual(17)
    let joins = 0
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8')
      const whole = oneReader(text)
      for (const cut of tagOffsets(text)) {
        const joined = readInPieces(text, [cut])
        if (joined !== undefined) expect({ file, joined }).toEqual({ file, joined: whole })
        if (joined !== undefined) joins++
      }
    }
    expect(joins).toBeGreaterThan(100)
  })

  const refused: [string, string][] = [
    [
      'an end tag that closes the wrong element',
      REPORT.replace('</testsuite>\n<testsuite name="C">', '</testsuites>\n<testsuite name="C">')
    ],
    ['text after the root element', `${REPORT}stray`],
    ['a second root element', `${REPORT}<testsuites/>`],
    ['an element left open', REPORT.replace('</testsuites>\n', '')],
    ['a DOCTYPE after the root', REPORT.replace('<testsuite name="D">', '<!DOCTYPE x><testsuite name="D">')],
    [
      'an unknown entity',
      REPORT.replace(
        't35 &amp; more" classname="com.example.DTest',
        't35 &bogus; more" classname="com.example.DTest'
      )
    ],
    ['a comment left open', REPORT.replace('</testsuites>', '<!-- </testsuites>')],
    [
      'a test case that is not closed',
      REPORT.replace(
        '<testcase name="t30 &amp; more" classname="com.example.DTest" time="0.01"/>',
        '<testcase name="t30">'
      )
    ],
    ['an end tag too many', REPORT.replace('</testsuites>', '</testsuite></testsuites>')]
  ]
  it.each(refused)('never joins %s: one reader says what is wrong', (_, text) => {
    expect(oneReader(text)).toBeInstanceOf(Error)
    for (const cut of tagOffsets(text)) expect(readInPieces(text, [cut])).toBeUndefined()
  })

  it('does not join at a `<testcase` inside a comment or CDATA section, and one reader reads on', () => {
    const quoted = REPORT.replace(
      '<testsuite name="B">',
      '<!-- <testcase name="not a case"/> --><testsuite name="B"><testcase name="x"><failure><![CDATA[<testcase name="quoted"/>]]></failure></testcase>'
    )
    const whole = parseJunit(quoted)
    const inside = tagOffsets(quoted).filter(at => /not a case|quoted/.test(quoted.slice(at, at + 40)))
    expect(inside).toHaveLength(2)
    for (const cut of inside) expect(readInPieces(quoted, [cut])).toBeUndefined()
    expect(readInPieces(quoted, [tagOffsets(quoted)[100] as number])).toEqual(whole)
  })

  it('does not join pieces nested deeper than one reader allows', () => {
    const deep = `<testsuites>${'<testsuite>'.repeat(996)}<testcase/><testcase name="x"><a><b><c/></b></a></testcase>${'</testsuite>'.repeat(996)}</testsuites>`
    const cut = tagOffsets(deep)[1] as number
    expect(oneReader(deep)).not.toBeInstanceOf(Error)
    expect(readInPieces(deep, [cut])).toBeUndefined()
    const shallow = deep.replaceAll('<testsuite>', '<testsuite >').replace('<a><b><c/></b></a>', '')
    expect(readInPieces(shallow, [tagOffsets(shallow)[1] as number])).toEqual(parseJunit(shallow))
  })

  it('equals one reader or does not join, for generated and damaged reports cut anywhere', () => {
    const piece = fc.constantFrom(
      '<testcase name="p"/>',
      '<testcase name="s"><skipped/></testcase>',
      '<testcase name="o"><system-out>a &lt; b</system-out></testcase>',
      '<testcase name="f" file="t.py" line="3"><failure message="m">File "t.py", line 3</failure></testcase>',
      '<testcase name="e"><error type="E"/></testcase>',
      '<testcase name="n"><testcase name="inner"><failure/></testcase></testcase>',
      '<!-- <testcase name="c"/> -->',
      '<testcase name="d"><failure><![CDATA[<testcase name="q"/>]]></failure></testcase>',
      '<testsuite name="inner">',
      '</testsuite>',
      '\n  '
    )
    const damage = fc.constantFrom(
      '',
      '</x>',
      '<x>',
      'text',
      '&bad;',
      '<!DOCTYPE d>',
      '<![CDATA[',
      ']]>',
      '<!--'
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 40 }),
        damage,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (parts, defect, where, picks, chunk) => {
          const body = parts.join('')
          const at = where % (body.length + 1)
          const text = `<testsuites><testsuite>${body.slice(0, at)}${defect}${body.slice(at)}</testsuite></testsuites>`
          const offsets = tagOffsets(text)
          if (offsets.length === 0) return
          const cuts = [...new Set(picks.map(p => offsets[p % offsets.length] as number))].sort(
            (a, b) => a - b
          )
          const joined = readInPieces(text, cuts, chunk)
          if (joined !== undefined) expect(joined).toEqual(oneReader(text))
        }
      ),
      { numRuns: 3000 }
    )
  })
})
