import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { OrgReport } from '../../src/report/org/merge-org-report.js'
import { FakeGitHub, forbidden } from '../helpers/fake-github.js'
import { AUDITED, FIXTURE_REPOSITORIES, ORG, STATIC_FILES, serveOrg } from '../helpers/fixture-org.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/** The audit's choices of repositories and policies, through the CLI bundle on the fixture org. */

const bundle = path.join(import.meta.dirname, '../../dist/cli/index.js')
const TOKEN = 'ghs_orgAuditFiltersTokenNeverPrinted01'
let fake: FakeGitHub
let work: string

beforeAll(async () => {
  fake = await FakeGitHub.start(TOKEN)
  serveOrg(fake)
  work = await mkdtemp(path.join(os.tmpdir(), 'org-audit-filters-'))
})

afterAll(async () => {
  await fake.close()
  await rm(work, { recursive: true, force: true })
})

async function audit(
  dir: string,
  args: string[]
): Promise<{ code: number | null; stderr: string; report?: OrgReport }> {
  const run = await spawnNode([bundle, 'audit', '--org', ORG, '--output-dir', dir, ...args], {
    cwd: work,
    env: runnerEnv({ GITHUB_API_URL: fake.url, GH_TOKEN: TOKEN })
  })
  if (run.code !== 0) return run
  return {
    ...run,
    report: JSON.parse(await readFile(path.join(work, dir, 'org-report.json'), 'utf8')) as OrgReport
  }
}

describe('maturity-gate audit: which repositories', () => {
  it('--topic keeps the repositories with that topic', async () => {
    const { report } = await audit('topic', ['--topic', 'service'])
    expect(report?.repositories).toBe(AUDITED.filter(r => r.index % 2 === 0).length)
  }, 60_000)

  it('--property keeps the repositories whose custom property has that value; --include-archived and --include-forks add the rest', async () => {
    const { report } = await audit('critical', [
      '--property',
      'tier=critical',
      '--include-archived',
      '--include-forks'
    ])
    const critical = FIXTURE_REPOSITORIES.filter(r => r.tier === 'critical')
    expect(report?.repositories).toBe(critical.length)
    expect(report?.entries.every(entry => entry.tier === 'critical')).toBe(true)
  }, 60_000)

  it('--policies judges a repository without a policy by its tier policy, else the default one', async () => {
    await mkdir(path.join(work, 'policies'))
    const policy = STATIC_FILES['.maturity.yml'] ?? ''
    await writeFile(path.join(work, 'policies/default.yml'), policy)
    await writeFile(
      path.join(work, 'policies/critical.yml'),
      policy.replace('target: base', 'target: beginner')
    )
    const { report } = await audit('tiers', ['--policies', 'policies'])
    const bare = report?.entries.filter(entry => /^acme\/svc-\d\d5$/.test(entry.repository)) ?? []
    expect(bare.length).toBeGreaterThan(0)
    for (const entry of bare) {
      expect(entry).toMatchObject({
        source: 'static',
        target: entry.tier === 'critical' ? 'beginner' : 'base'
      })
    }
  }, 60_000)
})

describe('maturity-gate audit: an org it cannot read', () => {
  it('a property filter without readable custom properties is refused rather than ignored', async () => {
    const other = await FakeGitHub.start(TOKEN)
    other.on('GET', '/orgs/acme/repos', { body: [] })
    other.on('GET', '/orgs/acme/properties/values', forbidden())
    const run = await spawnNode([bundle, 'audit', '--org', ORG, '--property', 'tier=critical'], {
      cwd: work,
      env: runnerEnv({ GITHUB_API_URL: other.url, GH_TOKEN: TOKEN })
    })
    await other.close()
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'maturity-gate audit: --property cannot be applied: the org\'s custom properties could not be read (Resource not accessible by integration); the App needs the organization permission "Custom properties: read" (tier)\n'
    )
  })
})
