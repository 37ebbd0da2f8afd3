import { describe, expect, it } from '@jest/globals'
import { lookupMetric, MetricsError, parseMetrics } from '../../src/parsers/metrics.js'

describe('parseMetrics', () => {
  const valid: Array<{ name: string; text: string; fileName?: string; expected: unknown }> = [
    {
      name: 'JSON, nested',
      text: '{"eval": {"auc": 0.91, "loss": 0.2}, "slices": {"eu": {"auc": 0.9}}}',
      fileName: 'metrics.json',
      expected: { eval: { auc: 0.91, loss: 0.2 }, slices: { eu: { auc: 0.9 } } }
    },
    {
      name: "JSON with Python's bare NaN and Infinity (strings left alone)",
      text: '{"auc": NaN, "loss": Infinity, "min": -Infinity, "note": "NaN stays a string"}',
      expected: { auc: NaN, loss: Infinity, min: -Infinity, note: 'NaN stays a string' }
    },
    {
      name: 'YAML with .nan/.inf and an alias',
      text: 'base: &b {auc: 0.8}\ncandidate: *b\nloss: .nan\nlatency: .inf\n',
      fileName: 'metrics.yaml',
      expected: { base: { auc: 0.8 }, candidate: { auc: 0.8 }, loss: NaN, latency: Infinity }
    },
    {
      name: 'YAML detected from content',
      text: 'eval:\n  auc: 0.93\n',
      expected: { eval: { auc: 0.93 } }
    },
    {
      name: 'CSV with header, quoted name, special values',
      text: 'metric,value\r\neval.auc,0.91\n"latency, p95",250\nloss,nan\ngain,-inf\nlabel,good\n\n',
      fileName: 'metrics.csv',
      expected: { 'eval.auc': 0.91, 'latency, p95': 250, loss: NaN, gain: -Infinity, label: 'good' }
    },
    {
      name: 'CSV without header, detected from content',
      text: 'auc,0.9\nloss,0.1\n',
      expected: { auc: 0.9, loss: 0.1 }
    }
  ]

  it.each(valid)('$name', ({ text, fileName, expected }) => {
    expect(parseMetrics(text, fileName)).toEqual(expected)
  })

  const invalid: Array<{ name: string; text: string; fileName?: string; message: RegExp }> = [
    {
      name: 'broken JSON',
      text: '{"auc": ',
      fileName: 'm.json',
      message: /JSON metrics file does not parse/
    },
    { name: 'JSON array', text: '[1, 2]', fileName: 'm.json', message: /must hold a mapping/ },
    { name: 'YAML scalar', text: 'just text', fileName: 'm.yml', message: /must hold a mapping/ },
    {
      name: 'YAML syntax error',
      text: 'a: [1, 2\n',
      fileName: 'm.yml',
      message: /YAML metrics file: .*line/
    },
    {
      name: 'YAML custom tag',
      text: 'auc: !!python/object:x 1\n',
      fileName: 'm.yml',
      message: /custom YAML tags/
    },
    { name: 'YAML duplicate key', text: 'auc: 1\nauc: 2\n', fileName: 'm.yml', message: /unique|duplicate/i },
    {
      name: 'YAML alias blow-up',
      text:
        'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      fileName: 'm.yml',
      message: /alias/i
    },
    {
      name: 'CSV with three columns',
      text: 'metric,value\nauc,0.9,extra\n',
      fileName: 'm.csv',
      message: /line 2: expected 2 columns/
    },
    {
      name: 'CSV repeated metric',
      text: 'auc,0.9\nauc,0.8\n',
      fileName: 'm.csv',
      message: /line 2: metric "auc" repeated/
    }
  ]

  it.each(invalid)('$name', ({ text, fileName, message }) => {
    expect(() => parseMetrics(text, fileName)).toThrow(MetricsError)
    expect(() => parseMetrics(text, fileName)).toThrow(message)
  })
})

describe('lookupMetric', () => {
  const data = {
    eval: { auc: 0.91 },
    'flat.key': 3,
    slices: { us: { auc: 0.9 }, eu: { auc: 0.8 }, apac: { loss: 1 } },
    empty: {},
    list: [{ auc: 0.1 }, { auc: 0.2 }]
  }
  const table: Array<{ path: string; expected: unknown }> = [
    { path: 'eval.auc', expected: [{ path: 'eval.auc', value: 0.91 }] },
    { path: 'eval', expected: [{ path: 'eval', value: { auc: 0.91 } }] },
    { path: 'flat.key', expected: [{ path: 'flat.key', value: 3 }] },
    { path: 'eval.missing', expected: [{ path: 'eval.missing', value: undefined }] },
    { path: 'eval.auc.deeper', expected: [{ path: 'eval.auc.deeper', value: undefined }] },
    {
      path: 'slices.*.auc',
      expected: [
        { path: 'slices.apac.auc', value: undefined },
        { path: 'slices.eu.auc', value: 0.8 },
        { path: 'slices.us.auc', value: 0.9 }
      ]
    },
    { path: 'empty.*.auc', expected: [] },
    { path: 'nothing.*.auc', expected: [{ path: 'nothing.*.auc', value: undefined }] },
    {
      path: 'list.*.auc',
      expected: [
        { path: 'list.0.auc', value: 0.1 },
        { path: 'list.1.auc', value: 0.2 }
      ]
    }
  ]

  it.each(table)('$path', ({ path, expected }) => {
    expect(lookupMetric(data, path)).toEqual(expected)
  })
})
