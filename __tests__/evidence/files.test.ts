import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { collectWorkspace } from '../../src/evidence/files.js'
import { tempRepo } from '../helpers/temp-repo.js'

/** The checkout's listing is bounded; when the bound cuts it short, the workspace names what was not walked. */

let repo: { root: string; remove: () => Promise<void> }
beforeEach(async () => {
  repo = await tempRepo({
    'a.txt': 'a',
    'b.txt': 'b',
    'c.txt': 'c',
    '.github/workflows/ci.yml': 'on: push',
    'src/index.ts': 'export {}'
  })
})
afterEach(() => repo.remove())

describe('collectWorkspace', () => {
  it('lists every file when they fit the limit, and says nothing was left out', () => {
    const workspace = collectWorkspace(repo.root, 5)
    expect(workspace.files).toEqual(['.github/workflows/ci.yml', 'a.txt', 'b.txt', 'c.txt', 'src/index.ts'])
    expect(workspace.unlisted).toBeUndefined()
  })

  it('stops at the limit and names the folders it did not walk, with the limit', () => {
    const workspace = collectWorkspace(repo.root, 3)
    expect(workspace.files).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(workspace.unlisted).toEqual({ limit: 3, folders: ['.github', 'src'] })
  })
})
