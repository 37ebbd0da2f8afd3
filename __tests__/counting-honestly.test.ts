import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { gitRepo } from './helpers/git-repo.js'
import type { GitRepo } from './helpers/git-repo.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * What the CLI bundle counts, as a user reads it: regressed practices apart from the level and category drops
 * they caused, and a category with no judged practice shown as "–" rather than as a level it was never
 * checked for.
 */

const CLI = path.join(import.meta.dirname, '../dist/cli/index.js')

const BASE_WORKFLOW = `on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm run lint && npm run build
      - uses: actions/upload-artifact@v4
        with: { name: dist, path: dist/ }
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npx jest --ci && npm run test:integration
`
/** The head drops the linter and the integration suite: two practices, and the category they held up. */
const HEAD_WORKFLOW = BASE_WORKFLOW.replace('npm run lint && ', '').replace(
  ' && npm run test:integration',
  ''
)

/** infrastructure-as-code, design-architecture's only practice, is off: that category judges nothing. */
const POLICY = `version: 1
model: cdmm
target: base
practices:
  infrastructure-as-code: { enabled: false }
`

const repos: GitRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove()
})

async function check(format: string) {
  const repo = gitRepo()
  repos.push(repo)
  const base = repo.commit(
    {
      '.maturity.yml': POLICY,
      '.github/workflows/ci.yml': BASE_WORKFLOW,
      'package.json': JSON.stringify({
        scripts: { 'test:integration': 'jest -c jest.integration.config.js' }
      })
    },
    'base'
  )
  repo.commit({ '.github/workflows/ci.yml': HEAD_WORKFLOW }, 'head')
  return spawnNode([CLI, 'check', '.', '--base', base, '--format', format], {
    cwd: repo.root,
    env: runnerEnv({ NO_COLOR: '1' })
  })
}

describe('counting honestly', () => {
  it('text: practices regressed are counted apart from the category drop, and "–" for a category judging nothing', async () => {
    const result = await check('text')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe(
      'maturity-gate: FAILED — level base reached, target base: 2 practices regressed; category information-reporting dropped'
    )
    expect(lines).toContain('  design-architecture: – (no practice judged)')
    expect(lines).toContain('  build-deploy: base (target base)')
    expect(result.code).toBe(1)
  })

  it('Markdown: the same count in the headline, and "–" in the category table', async () => {
    const result = await check('markdown')
    expect(result.stdout).toContain(
      'Against the base commit, 2 practices regressed and category information-reporting dropped'
    )
    expect(result.stdout).toContain('| design-architecture | – | base | ➖ |')
    expect(result.stdout).not.toMatch(/3 (fatal regressions|practices regressed)/)
  })
})
