import { describe, expect, it } from '@jest/globals'
import { formatPolicyError } from '../../src/policy/errors.js'
import { extendsName } from '../../src/policy/extends-ref.js'
import { loadPolicyChain, MAX_EXTENDS_DEPTH } from '../../src/policy/load-policy-chain.js'
import type { PolicyReader } from '../../src/policy/load-policy-chain.js'
import { mergePolicyData } from '../../src/policy/merge-policy-data.js'

const TODAY = '2026-11-29'

/** Bases from a map of name → text, as the gate's reader would give them. */
function reader(files: Record<string, string>): PolicyReader {
  return ref => {
    const text = files[extendsName(ref)]
    return Promise.resolve(text === undefined ? { ok: false, reason: 'not found' } : { ok: true, text })
  }
}

const load = (text: string, files: Record<string, string>) =>
  loadPolicyChain(text, '.maturity.yml', reader(files), { today: TODAY })

async function errorsOf(text: string, files: Record<string, string>): Promise<string[]> {
  const result = await load(text, files)
  if (result.ok) throw new Error('expected the policy to be invalid')
  return result.errors.map(formatPolicyError)
}

describe('merge rules', () => {
  it('scalars override, maps merge key by key, lists replace, locked accumulates', () => {
    const merged = mergePolicyData([
      {
        target: 'beginner',
        practices: {
          'unit-tests': { 'min-tests': 5, reports: ['a.xml'] },
          'performance-tests': { level: 'expert' }
        },
        waivers: [{ practice: 'x' }],
        locked: ['target']
      },
      {
        target: 'advanced',
        practices: { 'unit-tests': { reports: ['b.xml'] } },
        waivers: [],
        locked: ['mode', 'target']
      }
    ])
    expect(merged).toEqual({
      target: 'advanced',
      practices: {
        'unit-tests': { 'min-tests': 5, reports: ['b.xml'] },
        'performance-tests': { level: 'expert' }
      },
      waivers: [],
      locked: ['target', 'mode']
    })
  })

  it('later entries of extends take precedence over earlier ones, and the file over both', async () => {
    const result = await load('extends: [./a.yml, ./b.yml]\nstrict: true\n', {
      'a.yml': 'version: 1\nmodel: cdmm\ntarget: beginner\nmode: advise\nstrict: false\n',
      'b.yml': 'target: advanced\n'
    })
    expect(result.ok && result.loaded.policy).toMatchObject({
      target: 'advanced',
      mode: 'advise',
      strict: true
    })
  })

  it('a key set in a base is located in the base (policy changes point there)', async () => {
    const result = await load('extends: [./a.yml]\n', {
      'a.yml': 'version: 1\nmodel: cdmm\n\ntarget: beginner\n'
    })
    expect(result.ok && result.loaded.locate(['target'])).toEqual({ file: 'a.yml', line: 4, column: 9 })
  })
})

describe('chain limits', () => {
  it(`a chain deeper than ${MAX_EXTENDS_DEPTH} files is an error at the entry that deepens it`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_EXTENDS_DEPTH + 1 }, (_, i) => [`p${i}.yml`, `extends: [./p${i + 1}.yml]\n`])
    )
    const errors = await errorsOf('version: 1\nmodel: cdmm\ntarget: base\nextends: [./p0.yml]\n', files)
    expect(errors).toEqual([
      `p4.yml:1:11: extends[0]: extends is nested more than ${MAX_EXTENDS_DEPTH} files deep; flatten the chain — ` +
        'extended by p3.yml line 1, extended by p2.yml line 1, extended by p1.yml line 1, extended by p0.yml line 1, ' +
        'extended by .maturity.yml line 4'
    ])
  })

  it('a local path may not leave the repository', async () => {
    const errors = await errorsOf('extends: [./../org.yml]\n', {})
    expect(errors[0]).toContain("extends[0]: '../org.yml' must be a relative path inside the repository")
  })

  it('a remote repository named . or .. is refused (it would name another API path)', async () => {
    const errors = await errorsOf('extends: [github>acme/..:base.yml@v1]\n', {})
    expect(errors[0]).toContain("extends[0]: '..' must be a relative path inside the repository")
  })

  it('a remote base needs a ref', async () => {
    const errors = await errorsOf('extends: [github>acme/.github:base.yml]\n', {})
    expect(errors[0]).toContain('a remote base is written github>OWNER/REPO:PATH@REF (the ref is required)')
  })

  it('./PATH inside a remote base is read from that repository at the same ref', async () => {
    const result = await load('extends: [github>acme/.github:maturity/base.yml@v1]\n', {
      'github>acme/.github:maturity/base.yml@v1':
        'extends: [./maturity/levels.yml]\nversion: 1\nmodel: cdmm\n',
      'github>acme/.github:maturity/levels.yml@v1': 'target: expert\n'
    })
    expect(result.ok && result.loaded.policy.target).toBe('expert')
  })
})

describe('locked: entries', () => {
  it('must start with a top-level key', async () => {
    const errors = await errorsOf('version: 1\nmodel: cdmm\ntarget: base\nlocked: [targt]\n', {})
    expect(errors[0]).toMatch(
      /^\.maturity\.yml:4:10: locked\[0\]: a locked key path starts with a top-level key/
    )
  })
})
