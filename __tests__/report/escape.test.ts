import { describe, expect, test } from '@jest/globals'
import {
  codeSpan,
  encodeLinkPath,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  escapeMermaidLabel,
  inlineMarkdown,
  oneLine,
  truncate,
  truncateBytes
} from '../../src/report/escape.js'

const LONG = 'x'.repeat(10_000)

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'build and deploy', 'build and deploy'],
    ['workflow command', '::error::x', '::error::x'],
    ['set-output', '::set-output name=x::y', '::set-output name=x::y'],
    ['HTML tag', '<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['table row', '| a | b |', '\\| a \\| b \\|'],
    ['javascript link', '[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['image', '![x](http://e/x.png)', '\\!\\[x\\](http:/&#8203;/e/x.png)'],
    [
      'bare URLs (GFM autolinks)',
      'see https://evil.example and www.evil.example',
      'see https:/&#8203;/evil.example and www&#8203;.evil.example'
    ],
    ['emphasis and code', '*a* _b_ `c` ~d~', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['mention', 'ping @octocat', 'ping @&#8203;octocat'],
    ['entity', '&lt;b&gt;', '&#38;lt;b&#38;gt;'],
    ['backslash', 'a\\|b', 'a\\\\\\|b'],
    ['newlines', 'a\nb\r\nc', 'a b c'],
    ['ANSI escape', '\u001b[31mred', ' \\[31mred'],
    ['heading at the start', '# title #1', '\\# title #1'],
    ['list marker at the start', '- item - b', '\\- item - b'],
    ['ordered list at the start', '12. x 3. y', '12\\. x 3. y'],
    ['setext underline', '=== a', '\\=== a']
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})

describe('inlineMarkdown', () => {
  test.each([
    ['backtick pairs become code', 'job `e2e` failed', 'job `e2e` failed'],
    ['code keeps its text literally', 'run `a|b <x>`', 'run `a|b <x>`'],
    ['an unpaired backtick stays text', 'a `b` c `d', 'a `b` c \\`d'],
    ['an empty pair is text', 'a `` b', 'a \\`\\` b'],
    ['a backtick pair cannot smuggle a line', 'x `::error::a\nb` y', 'x `::error::a b` y']
  ])('%s', (_name, input, expected) => {
    expect(inlineMarkdown(input)).toBe(expected)
  })

  test('in a table cell, pipes inside code are escaped too', () => {
    expect(inlineMarkdown('run `a|b`', 'cell')).toBe('run `a\\|b`')
  })
})

describe('codeSpan', () => {
  test.each([
    ['plain', 'npm test', 'inline', '`npm test`'],
    ['backticks inside', 'a `b` c', 'inline', '``a `b` c``'],
    ['starts with a backtick', '`x', 'inline', '`` `x ``'],
    ['pipe in a cell', 'a | b', 'cell', '`a \\| b`'],
    ['pipe inline', 'a | b', 'inline', '`a | b`'],
    ['newline', 'a\nb', 'inline', '`a b`']
  ] as const)('%s', (_name, input, context, expected) => {
    expect(codeSpan(input, context)).toBe(expected)
  })
})

describe('escapeHtml', () => {
  test.each([
    ['tag', '<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['attribute breakout', '" onmouseover="x', '&#34; onmouseover=&#34;x'],
    ['single quote', "a'b", 'a&#39;b'],
    ['mention', '@team', '@&#8203;team'],
    ['backtick', '`x`', '&#96;x&#96;']
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})

describe('escapeMermaidLabel', () => {
  test.each([
    ['quote', 'a "b"', 'a #34;b#34;'],
    ['brackets', '[a] {b} (c)', '#91;a#93; #123;b#125; #40;c#41;'],
    ['hash first, so entities stay literal', '#quot;', '#35;quot;'],
    ['tag', '<b>', '#60;b#62;'],
    ['pipe (edge label syntax)', 'a|b', 'a#124;b'],
    ['newline', 'a\nb', 'a b']
  ])('%s', (_name, input, expected) => {
    expect(escapeMermaidLabel(input)).toBe(expected)
  })
})

describe('workflow command escaping (as @actions/core)', () => {
  test.each([
    ['command at a line start', 'x\n::error::y', 'x%0A::error::y', 'x%0A%3A%3Aerror%3A%3Ay'],
    ['set-output', '::set-output name=x::y', '::set-output name=x::y', '%3A%3Aset-output name=x%3A%3Ay'],
    ['percent first', '%0A', '%250A', '%250A'],
    ['carriage return', 'a\rb', 'a%0Db', 'a%0Db'],
    ['comma in a property', 'a,b', 'a,b', 'a%2Cb']
  ])('%s', (_name, input, data, property) => {
    expect(escapeCommandData(input)).toBe(data)
    expect(escapeCommandProperty(input)).toBe(property)
  })
})

describe('truncation', () => {
  test.each([
    ['short text is kept', 'abc', 5, 'abc'],
    ['exact length is kept', 'abcde', 5, 'abcde'],
    ['long text gets an ellipsis', 'abcdef', 5, 'abcd…'],
    ['surrogate pairs are not split', '😀😀😀😀😀😀', 3, '😀😀…'],
    ['10 kB', LONG, 100, `${'x'.repeat(99)}…`]
  ])('truncate: %s', (_name, input, max, expected) => {
    expect(truncate(input, max)).toBe(expected)
  })

  test.each([
    ['fits', 'abc', 3, 'abc'],
    ['ASCII cut', 'abcdef', 4, 'abcd'],
    ['never splits a multi-byte character', 'é✅😀', 6, 'é✅'],
    ['zero bytes', 'abc', 0, '']
  ])('truncateBytes: %s', (_name, input, max, expected) => {
    expect(truncateBytes(input, max)).toBe(expected)
    expect(Buffer.byteLength(truncateBytes(input, max))).toBeLessThanOrEqual(max)
  })
})

test.each([
  ['tabs and ANSI', 'a\tb\u001b[0m', 'a b [0m'],
  ['line separators', 'a\u2028b\u0085c', 'a b c']
])('oneLine: %s', (_name, input, expected) => {
  expect(oneLine(input)).toBe(expected)
})

test.each([
  ['plain path', '.github/workflows/ci.yml', '.github/workflows/ci.yml'],
  ['spaces and parentheses', 'docs/a (b).md', 'docs/a%20%28b%29.md'],
  ['link breakout', 'x)[y](javascript:z', 'x%29%5By%5D%28javascript%3Az']
])('encodeLinkPath: %s', (_name, input, expected) => {
  expect(encodeLinkPath(input)).toBe(expected)
})
