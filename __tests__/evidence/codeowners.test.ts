import { describe, expect, it } from '@jest/globals'
import { codeOwnersOf } from '../../src/evidence/codeowners.js'

describe('codeOwnersOf', () => {
  const text = `# owners
*                 @everyone
/docs/            @writers
.maturity.yml     @acme/platform @alice   # the policy
/ci/*.yml         @ci
apps/**/policy.yml @apps
/unowned.yml
`
  it.each([
    ['.maturity.yml', ['@acme/platform', '@alice']],
    ['sub/.maturity.yml', ['@acme/platform', '@alice']],
    ['docs/a/b.md', ['@writers']],
    ['ci/x.yml', ['@ci']],
    ['ci/nested/x.yml', ['@everyone']],
    ['apps/a/b/policy.yml', ['@apps']],
    ['unowned.yml', []],
    ['README.md', ['@everyone']]
  ])('%s is owned by %j (the last matching line wins)', (file, owners) => {
    expect(codeOwnersOf(text, file)).toEqual(owners)
  })
})
