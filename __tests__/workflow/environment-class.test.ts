import { compilePolicyRegex } from '../../src/core/safe-regex.js'
import { describe, expect, it } from '@jest/globals'
import { classifyEnvironment, DEFAULT_ENVIRONMENT_PATTERNS } from '../../src/workflow/environment-class.js'

describe('classifyEnvironment with the default patterns', () => {
  it.each([
    ['production', 'production'],
    ['Production', 'production'],
    ['prod', 'production'],
    ['prd', 'production'],
    ['live', 'production'],
    ['production-deploy', 'production'],
    ['prod_eu', 'production'],
    ['euProd', 'production'],
    ['gke-staging', 'preproduction'],
    ['staging', 'preproduction'],
    ['stg', 'preproduction'],
    ['api-preview-42', 'preproduction'],
    ['pre-prod', 'preproduction'],
    ['preprod', 'preproduction'],
    ['preProd', 'preproduction'],
    ['UAT', 'preproduction'],
    ['dev', 'preproduction'],
    ['api-preview-${{ github.event.number }}', 'preproduction'],
    ['prod-${{ inputs.region }}', 'production'],
    ['${{ inputs.environment }}', 'unresolved'],
    ['${{ inputs.environment }}-db', 'unresolved'],
    ['github-pages', 'other'],
    ['products', 'other'],
    ['devops-tools', 'other'],
    ['pypi', 'other']
  ])('%s → %s', (name, expected) => {
    expect(classifyEnvironment(name, DEFAULT_ENVIRONMENT_PATTERNS)).toBe(expected)
  })
})

describe('classifyEnvironment with policy patterns', () => {
  it.each([
    {
      name: 'blue',
      patterns: { production: '^(blue|green)$', preproduction: 'canary' },
      expected: 'production'
    },
    {
      name: 'canary-1',
      patterns: { production: '^(blue|green)$', preproduction: 'canary' },
      expected: 'preproduction'
    },
    { name: 'prod', patterns: { production: '^main$', preproduction: '^never$' }, expected: 'other' }
  ])('$name → $expected', ({ name, patterns, expected }) => {
    expect(classifyEnvironment(name, patterns)).toBe(expected)
  })
})

describe('compilePolicyRegex', () => {
  it.each([
    { pattern: 'smoke|synthetic', input: 'run SMOKE tests', matches: true },
    { pattern: '^deploy$', input: 'deploy-now', matches: false }
  ])('compiles $pattern case-insensitively', ({ pattern, input, matches }) => {
    expect(compilePolicyRegex(pattern).test(input)).toBe(matches)
  })

  it.each([
    { pattern: '(unclosed', error: /regex does not compile/ },
    { pattern: 'a'.repeat(201), error: /the limit is 200/ },
    { pattern: '(a+)+$', error: /nests quantifiers/ }
  ])('rejects $error', ({ pattern, error }) => {
    expect(() => compilePolicyRegex(pattern)).toThrow(error)
  })
})
