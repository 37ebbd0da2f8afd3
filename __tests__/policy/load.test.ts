import { describe, it, expect } from '@jest/globals'
import { formatPolicyError } from '../../src/policy/errors.js'
import { loadPolicy } from '../../src/policy/load.js'

const TODAY = '2026-11-29'
const load = (text: string) => loadPolicy(text, '.maturity.yml', { today: TODAY })

function errorsOf(text: string) {
  const result = load(text)
  if (result.ok) throw new Error('expected the policy to be invalid')
  return result.errors
}

describe('loadPolicy: valid policies', () => {
  it('fills the documented defaults', () => {
    const result = load('version: 1\nmodel: cdmm\ntarget: beginner\n')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { policy, model } = result.loaded
    expect(model.id).toBe('cdmm')
    expect(policy.mode).toBe('enforce')
    expect(policy.strict).toBe(false)
    expect(policy.regression).toBe('fail')
    expect(policy.environments.production).toContain('prod')
    expect(policy.practices).toEqual({})
    expect(policy.waivers).toEqual([])
  })

  it('accepts the design example: tuning, disabling, custom practices, waivers and attestations', () => {
    const result = load(`version: 1
model: cdmm
target: intermediate
targets:
  test-verification: advanced
mode: advise
practices:
  zero-downtime-deploy: { enabled: false }
  unit-tests: { level: beginner }
  stable-teams:
    level: beginner
    category: culture-organization
    check: attest
  lockfile:
    level: base
    category: build-deploy
    check: files
    files: ['package-lock.json']
waivers:
  - practice: performance-tests
    reason: rig rebuilt
    expires: 2027-03-31
attestations:
  - practice: stable-teams
    by: '@platform-team'
    expires: 2027-06-30
`)
    expect(result.ok ? [] : result.errors.map(formatPolicyError)).toEqual([])
  })

  it('builds a custom model from levels, categories and practices', () => {
    const result = load(`version: 1
model: custom
levels: [crawl, walk, run]
categories: [delivery]
target: walk
practices:
  readme: { level: crawl, category: delivery, check: files, files: [README.md] }
`)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.loaded.model.levels).toEqual(['crawl', 'walk', 'run'])
    expect(result.loaded.model.practices).toEqual([{ id: 'readme', level: 'crawl', category: 'delivery' }])
  })

  it('locates any key path on its line', () => {
    const result = load(
      'version: 1\nmodel: cdmm\ntarget: base\nwaivers:\n  - practice: unit-tests\n    reason: x\n    expires: 2027-01-01\n'
    )
    if (!result.ok) throw new Error(result.errors.map(formatPolicyError).join('\n'))
    expect(result.loaded.locate(['waivers', 0, 'expires'])).toEqual({
      file: '.maturity.yml',
      line: 7,
      column: 14
    })
  })
})

describe('loadPolicy: every error class, positioned', () => {
  it.each([
    {
      name: 'YAML syntax error',
      text: 'version: 1\nmodel: [cdmm\n',
      expected: { line: 3, path: '' }
    },
    {
      name: 'duplicate key',
      text: 'version: 1\nmodel: cdmm\ntarget: base\ntarget: beginner\n',
      expected: { line: 4, column: 1, message: /^duplicate key 'target' on lines 3 and 4; keep one$/ }
    },
    {
      name: 'unknown top-level key with a suggestion',
      text: 'version: 1\nmodel: cdmm\ntarget: base\ntargte: base\n',
      expected: {
        line: 4,
        column: 1,
        path: 'targte',
        message: /unknown key 'targte' \(did you mean 'target'\?\)/
      }
    },
    {
      name: 'unknown model',
      text: 'version: 1\nmodel: cmmi\ntarget: base\n',
      expected: { line: 2, column: 8, path: 'model', value: '"cmmi"', allowed: ['custom', 'cdmm', 'mlops'] }
    },
    {
      name: 'target that is not a level of the model',
      text: 'version: 1\nmodel: mlops\ntarget: advanced\n',
      expected: {
        line: 3,
        column: 9,
        path: 'target',
        allowed: ['manual', 'pipeline-automation', 'cicd-automation']
      }
    },
    {
      name: 'targets naming a category of another model',
      text: 'version: 1\nmodel: cdmm\ntarget: base\ntargets:\n  delivery: advanced\n',
      expected: { line: 5, column: 3, path: 'targets.delivery', message: /unknown key 'delivery'/ }
    },
    {
      name: 'wrong type',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nstrict: yes please\n',
      expected: { line: 4, column: 9, path: 'strict', message: /expected boolean/, value: '"yes please"' }
    },
    {
      name: 'missing required key',
      text: 'version: 1\nmodel: cdmm\n',
      expected: { line: 1, column: 1, path: 'target', message: /required key 'target' is missing/ }
    },
    {
      name: 'typo inside a built-in practice',
      text: 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  unit-tests:\n    enabeld: false\n',
      expected: {
        line: 6,
        column: 5,
        path: 'practices.unit-tests.enabeld',
        message: /did you mean 'enabled'/
      }
    },
    {
      name: 'custom practice without a check',
      text: 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  smoke:\n    level: advanced\n    category: test-verification\n',
      expected: {
        line: 6,
        column: 5,
        path: 'practices.smoke.check',
        allowed: ['attest', 'command', 'files', 'metrics', 'reports', 'workflow']
      }
    },
    {
      name: 'a misspelt built-in practice, not a custom one missing its check',
      text: 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  unit-test:\n    min-tests: 5\n',
      expected: {
        line: 5,
        column: 3,
        path: 'practices.unit-test',
        message: /unknown practice 'unit-test' \(did you mean 'unit-tests'\?\)/
      }
    },
    {
      name: 'custom practice naming an unknown check',
      text: 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  smoke:\n    check: magic\n    level: base\n    category: build-deploy\n',
      expected: { line: 6, column: 12, path: 'practices.smoke.check', value: '"magic"' }
    },
    {
      name: 'waiver for an unknown practice',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nwaivers:\n  - practice: unit-test\n    reason: x\n    expires: 2027-01-01\n',
      expected: { line: 5, column: 15, path: 'waivers[0].practice', value: '"unit-test"' }
    },
    {
      name: 'waiver longer than max-waiver-days',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nmax-waiver-days: 90\nwaivers:\n  - practice: unit-tests\n    reason: x\n    expires: 2099-01-31\n',
      expected: {
        line: 8,
        column: 14,
        path: 'waivers[0].expires',
        value: '"2099-01-31"',
        message: /runs \d+ days from today, longer than max-waiver-days \(90\)/
      }
    },
    {
      name: 'waiver-warning-days below zero',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nwaiver-warning-days: -1\n',
      expected: { line: 4, column: 22, path: 'waiver-warning-days' }
    },
    {
      name: 'attestation without expiry',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nattestations:\n  - practice: unit-tests\n    by: me\n',
      expected: { line: 5, column: 5, path: 'attestations[0].expires', message: /missing/ }
    },
    {
      name: 'unsafe environment regex',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nenvironments:\n  production: "(a+)+$"\n',
      expected: { line: 5, column: 15, path: 'environments.production', message: /nests quantifiers/ }
    },
    {
      name: 'glob leaving the workspace',
      text: 'version: 1\nmodel: cdmm\ntarget: base\npractices:\n  x: { check: files, level: base, category: build-deploy, files: ["../secrets"] }\n',
      expected: { line: 5, column: 67, path: 'practices.x.files[0]', message: /must not contain '\.\.'/ }
    },
    {
      name: 'levels on a built-in model',
      text: 'version: 1\nmodel: cdmm\ntarget: base\nlevels: [a]\n',
      expected: { line: 4, column: 9, path: 'levels', message: /only allowed with model: custom/ }
    },
    {
      name: 'custom model without levels',
      text: 'version: 1\nmodel: custom\ntarget: base\ncategories: [x]\n',
      expected: { line: 2, column: 8, path: 'levels', message: /needs a `levels:` list/ }
    },
    {
      name: 'billion laughs through aliases',
      text: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      expected: { line: 1, column: 1, message: /alias/i }
    },
    {
      name: 'a document that is not a mapping',
      text: '- version: 1\n',
      expected: { line: 1, column: 1, message: /must be a YAML mapping/ }
    }
  ])('$name', ({ text, expected }) => {
    const errors = errorsOf(text)
    const { message, ...fields } = expected
    expect(errors[0]).toMatchObject({ file: '.maturity.yml', ...fields })
    if (message) expect(errors[0]?.message).toMatch(message)
  })

  it('reports a nested typo, a bad level and a waiver too long together, in file order', () => {
    const errors = errorsOf(`version: 1
model: cdmm
target: intermediat
practices:
  unit-tests:
    min-test: 3
max-waiver-days: 30
waivers:
  - practice: security-tests
    reason: scanner licence
    expires: 2099-06-30
`)
    expect(errors.map(formatPolicyError)).toEqual([
      '.maturity.yml:3:9: target: value not allowed (did you mean \'intermediate\'?) (found "intermediat"); allowed: base, beginner, intermediate, advanced, expert',
      ".maturity.yml:6:5: practices.unit-tests.min-test: unknown key 'min-test' (did you mean 'min-tests'?); allowed: enabled, level, category, reports, min-tests, jobs",
      expect.stringMatching(
        /^\.maturity\.yml:11:14: waivers\[0\]\.expires: the waiver runs \d+ days from today, longer than max-waiver-days \(30\): set an earlier date \(found "2099-06-30"\)$/
      )
    ])
  })
})
