import { describe, expect, it } from '@jest/globals'
import { baseReading } from '../../src/evidence/base-reading.js'
import type { BaseCommit } from '../../src/evidence/git.js'
import { recordingReads } from '../../src/evidence/recording-reads.js'

/** A base commit holding `files`, of which `upFront` were read up front; counts the files read on demand. */
function baseHolding(files: Record<string, string>, upFront: readonly string[]) {
  const readOnDemand: string[] = []
  const base: BaseCommit = {
    ok: true,
    sha: 'a'.repeat(40),
    workspace: {
      root: '/repo',
      files: Object.keys(files).sort(),
      read: file => (upFront.includes(file) ? files[file] : undefined)
    },
    readFile: file => {
      readOnDemand.push(file)
      return Promise.resolve(files[file])
    }
  }
  return { base, readOnDemand }
}

describe('baseReading', () => {
  it('reads what the head read and the base holds but did not read up front; nothing else', async () => {
    const { base, readOnDemand } = baseHolding(
      { '.github/workflows/ci.yml': 'on: push', 'scripts/ci.sh': 'make build', Makefile: 'build:' },
      ['.github/workflows/ci.yml', 'Makefile']
    )
    const workspace = await baseReading(base, ['scripts/ci.sh', 'Makefile', 'scripts/only-at-head.sh'])
    expect(readOnDemand).toEqual(['scripts/ci.sh'])
    expect(workspace.read('scripts/ci.sh')).toBe('make build')
    expect(workspace.read('Makefile')).toBe('build:')
    expect(workspace.read('scripts/only-at-head.sh')).toBeUndefined()
  })

  it('is the base workspace itself when there is nothing more to read', async () => {
    const { base } = baseHolding({ Makefile: 'build:' }, ['Makefile'])
    expect(await baseReading(base, ['Makefile', 'missing.sh'])).toBe(base.workspace)
  })

  it('reads at most 50 files on demand (one request each through the API fallback)', async () => {
    const files = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`scripts/s${i}.sh`, 'true']))
    const { base, readOnDemand } = baseHolding(files, [])
    await baseReading(base, Object.keys(files))
    expect(readOnDemand).toHaveLength(50)
  })
})

describe('recordingReads', () => {
  it('answers as the workspace does and notes every file asked for', () => {
    const { workspace, asked } = recordingReads({
      root: '/repo',
      files: ['a.sh'],
      read: file => (file === 'a.sh' ? 'echo a' : undefined)
    })
    expect(workspace.read('a.sh')).toBe('echo a')
    expect(workspace.read('b.sh')).toBeUndefined()
    expect([...asked]).toEqual(['a.sh', 'b.sh'])
  })
})
