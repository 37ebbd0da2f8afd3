import { describe, expect, it } from '@jest/globals'
import { planPractices } from '../../src/evaluate/effective-practices.js'
import { evaluate } from '../../src/evaluate/evaluate.js'
import { loadPolicy } from '../../src/policy/load.js'
import { evidenceFrom } from '../helpers/evidence.js'

const result = loadPolicy('version: 1\nmodel: cdmm\ntarget: base\n', '.maturity.yml', { today: '2026-11-29' })
if (!result.ok) throw new Error('the test policy is invalid')
const { loaded } = result

async function warningsFor(folders: string[]) {
  const evidence = await evidenceFrom({})
  const workspace = { ...evidence.workspace, unlisted: { limit: 200_000, folders } }
  const report = await evaluate({
    loaded,
    plan: planPractices(loaded),
    evidence: { ...evidence, workspace },
    policySource: 'head'
  })
  return report.warnings
}

describe('evaluate: a workspace listing cut short by its limit', () => {
  it('is a warning naming the limit and the folders not read', async () => {
    expect(await warningsFor(['.github', 'src'])).toEqual([
      {
        message:
          'the workspace listing stopped at its limit of 200000 files, so no evidence was judged in the folders it did not read: .github, src'
      }
    ])
  })

  it('names five folders and counts the rest', async () => {
    const [warning] = await warningsFor(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(warning?.message).toMatch(/did not read: a, b, c, d, e and 2 more$/)
  })
})
