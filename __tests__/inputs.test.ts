import { describe, it, expect } from '@jest/globals'
import { parseInputs } from '../src/inputs.js'

const getter = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('parseInputs', () => {
  it('applies the documented defaults when inputs are empty', () => {
    expect(parseInputs(getter({}))).toEqual({
      policyPath: '.maturity.yml',
      token: '',
      workingDirectory: '.',
      mode: undefined,
      policySource: 'auto',
      allowPolicyChanges: false,
      comment: false,
      reportPath: 'maturity-report.json',
      sarifPath: '',
      badgePath: ''
    })
  })

  it.each([
    ['mode', 'sometimes', "Input 'mode' is 'sometimes'; expected one of: enforce, advise."],
    ['policy-source', 'branch', "Input 'policy-source' is 'branch'; expected one of: auto, base, head."],
    ['comment', 'yes', "Input 'comment' is 'yes'; expected true or false."]
  ])('rejects %s: %s and echoes the allowed values', (name, value, message) => {
    expect(() => parseInputs(getter({ [name]: value }))).toThrow(message)
  })

  it('reads every output and comparison input', () => {
    const settings = parseInputs(
      getter({
        comment: 'true',
        'sarif-path': 'out/maturity.sarif',
        'badge-path': 'badge.json',
        'allow-policy-changes': 'TRUE',
        'policy-source': 'base'
      })
    )
    expect(settings).toMatchObject({
      comment: true,
      sarifPath: 'out/maturity.sarif',
      badgePath: 'badge.json',
      allowPolicyChanges: true,
      policySource: 'base'
    })
  })

  it('trims values and keeps the mode override', () => {
    const settings = parseInputs(getter({ mode: ' advise ', policy: ' ci/maturity.yml ' }))
    expect(settings.mode).toBe('advise')
    expect(settings.policyPath).toBe('ci/maturity.yml')
  })
})
