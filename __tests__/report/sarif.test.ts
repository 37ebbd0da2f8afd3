import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/evaluate/report.js'
import { renderSarif } from '../../src/report/sarif.js'
import { CASE_NAMES, CASES } from './cases.js'
import { defined } from '../helpers/defined.js'

type Json = Record<string, unknown>

/**
 * The SARIF 2.1.0 schema's required properties and value constraints for what renderSarif emits, checked by
 * hand (the schema itself would need a network fetch or a vendored copy): sarifLog, run, tool, toolComponent,
 * reportingDescriptor, result, message, location, physicalLocation, artifactLocation, region.
 */
function sarifProblems(log: Json): string[] {
  const problems: string[] = []
  const need = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what)
  }
  need(log.version === '2.1.0', 'version is "2.1.0"')
  need(typeof log.$schema === 'string', '$schema is a string')
  need(Array.isArray(log.runs), 'runs is an array')
  for (const run of (log.runs ?? []) as Json[]) {
    const driver = (run.tool as Json | undefined)?.driver as Json | undefined
    need(typeof driver?.name === 'string' && driver.name !== '', 'tool.driver.name is a non-empty string')
    const rules = (driver?.rules ?? []) as Json[]
    const ids = rules.map(rule => rule.id)
    need(new Set(ids).size === ids.length, 'rule ids are unique')
    for (const rule of rules) {
      need(typeof rule.id === 'string', 'rule.id is a string')
      for (const key of ['shortDescription', 'fullDescription', 'help']) {
        const text = (rule[key] as Json | undefined)?.text
        need(rule[key] === undefined || (typeof text === 'string' && text !== ''), `rule.${key}.text is set`)
      }
      need(
        rule.helpUri === undefined || (typeof rule.helpUri === 'string' && /^https?:\/\//.test(rule.helpUri)),
        'helpUri is absolute'
      )
    }
    for (const result of (run.results ?? []) as Json[]) {
      const text = (result.message as Json | undefined)?.text
      need(typeof text === 'string' && text !== '', 'result.message.text is set')
      need(
        ['none', 'note', 'warning', 'error'].includes(String(result.level)),
        'result.level is a SARIF level'
      )
      const index = result.ruleIndex as number
      need(rules[index]?.id === result.ruleId, 'result.ruleIndex points at result.ruleId')
      const locations = (result.locations ?? []) as Json[]
      need(locations.length > 0, 'a result has a location (code scanning needs one)')
      for (const location of locations) {
        const physical = location.physicalLocation as Json
        const uri = String((physical.artifactLocation as Json).uri)
        need(!/^[a-z]+:|^\//i.test(uri) && !/[\s]/.test(uri), `uri ${uri} is relative and encoded`)
        const region = physical.region as Json
        need(Number.isInteger(region.startLine) && (region.startLine as number) >= 1, 'startLine ≥ 1')
        need(Number.isInteger(region.startColumn) && (region.startColumn as number) >= 1, 'startColumn ≥ 1')
      }
      const fingerprints = Object.values((result.partialFingerprints ?? {}) as Record<string, unknown>)
      need(
        fingerprints.length > 0 && fingerprints.every(value => typeof value === 'string'),
        'a result has fingerprints'
      )
    }
  }
  return problems
}

const sarif = (report: Report): Json =>
  renderSarif(report, '1.2.3', { docsUrl: 'https://example.com/p.md' }) as Json
const results = (log: Json): Json[] => (defined((log.runs as Json[])[0], 'a run').results ?? []) as Json[]

describe('renderSarif', () => {
  test.each(CASE_NAMES)('%s is valid SARIF 2.1.0', name => {
    expect(sarifProblems(sarif(CASES[name]))).toEqual([])
  })

  test('the validator catches what it checks', () => {
    const broken = {
      version: '2.1.0',
      $schema: 'x',
      runs: [
        {
          tool: { driver: { name: '', rules: [] } },
          results: [{ ruleId: 'x', ruleIndex: 0, level: 'fatal', message: { text: '' }, locations: [] }]
        }
      ]
    }
    expect(sarifProblems(broken)).toEqual([
      'tool.driver.name is a non-empty string',
      'result.message.text is set',
      'result.level is a SARIF level',
      'result.ruleIndex points at result.ruleId',
      'a result has a location (code scanning needs one)',
      'a result has fingerprints'
    ])
  })

  test('one rule per practice, one result per practice that does not hold', () => {
    const log = sarif(CASES['failing-e2e'])
    const run = defined((log.runs as Json[])[0], 'a run')
    expect(((run.tool as Json).driver as Json).rules).toHaveLength(22)
    expect(results(log).map(r => [r.ruleId, r.level])).toEqual([
      ['acceptance-tests', 'error'],
      ['protected-default-branch', 'warning'],
      ['security-tests', 'error'],
      ['coverage-threshold', 'error'],
      ['infrastructure-as-code', 'note'],
      ['post-deploy-verification', 'note']
    ])
  })

  test('fingerprints survive moved lines and differ between practices and files', () => {
    const report = CASES['failing-e2e']
    const moved: Report = {
      ...report,
      findings: report.findings.map(f => ({
        ...f,
        locations: f.locations.map(l => ({ ...l, line: l.line + 7 }))
      }))
    }
    const prints = (r: Report): unknown[] => results(sarif(r)).map(result => result.partialFingerprints)
    expect(prints(moved)).toEqual(prints(report))
    expect(new Set(prints(report).map(p => JSON.stringify(p))).size).toBe(prints(report).length)
  })

  test('paths become relative URIs', () => {
    const report = CASES['failing-e2e']
    const odd: Report = {
      ...report,
      findings: report.findings.map(f => ({
        ...f,
        locations: [{ file: './dir/a b#c.yml', line: 1, column: 1 }]
      }))
    }
    const location = (defined(results(sarif(odd))[0], 'a result').locations as Json[])[0]
    expect(location).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'dir/a%20b%23c.yml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1 }
      }
    })
  })
})
