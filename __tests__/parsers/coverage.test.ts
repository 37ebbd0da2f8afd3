import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CoverageError, parseCoverage } from '../../src/parsers/coverage.js'
import type { CoverageSummary } from '../../src/parsers/coverage.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports', 'coverage-samples')

describe('parseCoverage on hand-written samples of each format', () => {
  const table: Array<{ file: string; expected: CoverageSummary }> = [
    { file: 'lcov.info', expected: { format: 'lcov', lines: 70, branches: 50 } },
    { file: 'cobertura.xml', expected: { format: 'cobertura', lines: 75, branches: 50 } },
    { file: 'cobertura-rates-only.xml', expected: { format: 'cobertura', lines: 81.25, branches: 25 } },
    { file: 'cobertura-recount.xml', expected: { format: 'cobertura', lines: 75, branches: 50 } },
    { file: 'jacoco.xml', expected: { format: 'jacoco', lines: 75, branches: 75 } },
    { file: 'coverage-py.json', expected: { format: 'coverage.py', lines: 75, branches: 50 } },
    { file: 'coverage-summary.json', expected: { format: 'istanbul', lines: 86.5, branches: null } }
  ]

  it.each(table)('$file', ({ file, expected }) => {
    expect(parseCoverage(readFileSync(join(FIXTURES, file), 'utf8'), file)).toEqual(expected)
  })
})

describe('parseCoverage on edge cases', () => {
  const table: Array<{ name: string; input: string; expected: CoverageSummary }> = [
    {
      name: 'LCOV with CRLF line ends and no trailing end_of_record',
      input: 'SF:a.c\r\nDA:1,1\r\nDA:2,0\r\nDA:3,5\r\n',
      expected: { format: 'lcov', lines: 66.666667, branches: null }
    },
    {
      name: 'LCOV with zero lines found has no line figure',
      input: 'SF:empty.c\nLF:0\nLH:0\nend_of_record\n',
      expected: { format: 'lcov', lines: null, branches: null }
    },
    {
      name: 'Cobertura without branch measurement (coverage.py --no-branch)',
      input:
        '<?xml version="1.0" ?><coverage version="7" line-rate="0.5" branch-rate="0" lines-covered="1" lines-valid="2" branches-covered="0" branches-valid="0"/>',
      expected: { format: 'cobertura', lines: 50, branches: null }
    },
    {
      name: 'float noise is rounded away',
      input: '<coverage line-rate="0.57"/>',
      expected: { format: 'cobertura', lines: 57, branches: null }
    },
    {
      name: 'JaCoCo without branches',
      input: '<report name="r"><counter type="LINE" missed="1" covered="3"/></report>',
      expected: { format: 'jacoco', lines: 75, branches: null }
    },
    {
      name: 'coverage.py with percent_covered only',
      input: '{"totals": {"percent_covered": 91.5}}',
      expected: { format: 'coverage.py', lines: 91.5, branches: null }
    },
    {
      name: 'istanbul with pct "Unknown" (older versions, nothing measured)',
      input: '{"total": {"lines": {"pct": "Unknown"}, "branches": {"pct": "Unknown"}}}',
      expected: { format: 'istanbul', lines: null, branches: null }
    }
  ]

  it.each(table)('$name', ({ input, expected }) => {
    expect(parseCoverage(input)).toEqual(expected)
  })
})

describe('parseCoverage refuses what it cannot trust', () => {
  const table: Array<{ name: string; input: string; fileName?: string; message: RegExp }> = [
    {
      name: 'XML bomb in Cobertura',
      input:
        '<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<coverage line-rate="&b;"/>',
      message: /DOCTYPE declarations are refused.*\(line 2, column 1\)/
    },
    {
      name: 'external entity in JaCoCo',
      input: '<!DOCTYPE report [<!ENTITY x SYSTEM "file:///etc/passwd">]><report name="&x;"/>',
      message: /DOCTYPE declarations are refused/
    },
    {
      name: 'undeclared entity reference',
      input: '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="&x;"/>',
      message: /undefined entity reference &x;/
    },
    {
      name: 'truncated XML',
      input: '<coverage line-rate="1"><packages>',
      message: /<packages> is not closed/
    },
    { name: 'other XML root', input: '<testsuites/>', message: /root element <testsuites> is neither/ },
    {
      name: 'rate out of range',
      input: '<coverage line-rate="1.5"/>',
      message: /line-rate "1.5" is not a rate/
    },
    {
      name: 'JaCoCo without LINE counter',
      input: '<report name="r"/>',
      message: /no report-level LINE counter/
    },
    {
      name: 'LCOV with a bad count',
      input: 'SF:a\nLF:x\nend_of_record\n',
      message: /LCOV line 2: "x" is not a count/
    },
    {
      name: 'LCOV hit more than found',
      input: 'SF:a\nLF:1\nLH:2\nend_of_record\n',
      message: /outside 0\.\.1/
    },
    { name: 'broken JSON', input: '{"totals": ', message: /does not parse/ },
    {
      name: 'istanbul coverage-final.json',
      input: '{"/src/a.js": {"path": "/src/a.js", "statementMap": {}}}',
      message: /json-summary/
    },
    {
      name: 'coverage.py with a non-count',
      input: '{"totals": {"covered_lines": "3", "num_statements": 4}}',
      message: /totals.covered_lines is "3"/
    },
    {
      name: 'istanbul pct that overflows to Infinity',
      input: '{"total": {"lines": {"pct": 1e999}, "branches": {"pct": 1e999}}}',
      message: /total.lines.pct Infinity is not a percentage between 0 and 100/
    },
    {
      name: 'istanbul counts that overflow to Infinity (not "nothing measured", so branches are not used instead)',
      input: '{"total": {"lines": {"total": 1e999, "covered": 1e999, "pct": 0}, "branches": {"pct": 80}}}',
      message: /count Infinity is not a finite number/
    },
    {
      name: 'istanbul pct above 100',
      input: '{"total": {"lines": {"pct": 250}}}',
      message: /total.lines.pct 250 is not a percentage/
    },
    {
      name: 'coverage.py percent_covered above 100',
      input: '{"meta": {"version": "7"}, "totals": {"percent_covered": 250}}',
      message: /totals.percent_covered 250 is not a percentage/
    },
    {
      name: 'coverage.py negative percent_covered',
      input: '{"totals": {"percent_covered": -1}}',
      message: /totals.percent_covered -1 is not a percentage/
    },
    {
      name: 'empty file, named like LCOV',
      input: '  \n',
      fileName: 'lcov.info',
      message: /empty \(the name suggests LCOV\)/
    },
    {
      name: 'plain text',
      input: 'hello',
      fileName: 'coverage.xml',
      message: /unrecognised.*Cobertura or JaCoCo/
    }
  ]

  it.each(table)('$name', ({ input, fileName, message }) => {
    expect(() => parseCoverage(input, fileName)).toThrow(CoverageError)
    expect(() => parseCoverage(input, fileName)).toThrow(message)
  })
})
