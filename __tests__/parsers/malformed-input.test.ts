import { describe, expect, it } from '@jest/globals'
import { jobDependencyProblems } from '../../src/parsers/job-dependency-problems.js'
import { jsonDuplicateKey } from '../../src/parsers/json-duplicate-key.js'
import { parseJunit } from '../../src/parsers/junit.js'
import { MAX_LIBRARY_LENGTH, readYaml } from '../../src/parsers/workflow-yaml.js'

/** The pure parsers behind robustness cases D8, D12, D13 and D16 (shared/robustness-cases.md). */

describe('jsonDuplicateKey (D16)', () => {
  it.each([
    ['{"auc": 0.1, "auc": 0.95}', { key: 'auc', line: 1 }],
    ['{\n "a": {"x": 1},\n "a": 2\n}', { key: 'a', line: 3 }],
    ['{"s": {"auc": 1, "auc": 2}}', { key: 'auc', line: 1 }],
    ['{"a\\u0062": 1, "ab": 2}', { key: 'ab', line: 1 }],
    ['{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}', undefined],
    ['{"k": "\\"k\\": 1", "x": ["k", "k"]}', undefined],
    ['{}', undefined]
  ])('%s', (text, expected) => {
    expect(jsonDuplicateKey(text)).toEqual(expected)
  })
})

describe('jobDependencyProblems (D12)', () => {
  it('names a missing job, a job that needs itself, and each cycle once', () => {
    const problems = jobDependencyProblems([
      { id: 'a', needs: ['b'] },
      { id: 'b', needs: ['c'] },
      { id: 'c', needs: ['a'] },
      { id: 'd', needs: ['d', 'nope'] }
    ])
    expect(problems.map(p => [p.job, p.message.split(';')[0]])).toEqual([
      ['d', 'job `d` needs itself'],
      ['d', 'job `d` needs `nope`, which is not a job of this workflow'],
      ['a', 'jobs `a` → `b` → `c` → `a` need each other in a cycle']
    ])
  })

  it('accepts a graph GitHub runs, with needs of another case', () => {
    expect(
      jobDependencyProblems([
        { id: 'Build', needs: [] },
        { id: 'test', needs: ['build'] },
        { id: 'deploy', needs: ['test', 'Build'] }
      ])
    ).toEqual([])
  })
})

describe('readYaml size cap for the yaml package (D8)', () => {
  const anchored = (size: number) => `x: &a 1\ny: ${'z'.repeat(size)}\n`
  it('a file outside the fast subset and over the cap is refused at line 1, not parsed', () => {
    const read = readYaml(anchored(MAX_LIBRARY_LENGTH))
    expect(read.root).toBeUndefined()
    expect(read.errors).toEqual([
      {
        offset: 0,
        message: expect.stringMatching(/^file not read: at 1\.0 MB it is over the 1 MB limit/),
        // Not a YAML error: the text was never parsed, and the warning says so without calling it invalid.
        unread: true
      }
    ])
    expect(read.lines.linePos(0)).toEqual({ line: 1, col: 1 })
  })

  it('under the cap it is parsed by the yaml package', () => {
    const read = readYaml(anchored(1000))
    expect(read).toMatchObject({ reader: 'yaml', errors: [] })
    expect(read.root?.kind).toBe('map')
  })
})

describe("JUnit DOCTYPE (D13): the coverage reader's rule", () => {
  const body = '<testsuite name="s" tests="1"><testcase classname="c" name="t"/></testsuite>'
  it.each([
    '<!DOCTYPE testsuite>',
    '<!DOCTYPE testsuite SYSTEM "junit.dtd">',
    '<!DOCTYPE testsuite PUBLIC "-//X//DTD JUnit//EN" "http://example.invalid/junit.dtd">'
  ])('%s is skipped, never fetched', doctype => {
    expect(parseJunit(`<?xml version="1.0"?>\n${doctype}\n${body}`)).toMatchObject({ tests: 1, failures: 0 })
  })

  it('an internal subset is refused on its line', () => {
    expect(() =>
      parseJunit(`<?xml version="1.0"?>\n<!DOCTYPE testsuite [<!ENTITY x "y">]>\n${body}`)
    ).toThrow(
      /DOCTYPE declarations are refused when they declare anything \(an internal subset\).*\(line 2, column 1\)/
    )
  })
})
