import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runGate } from '../../src/gate.js'
import type { OrgReport } from '../../src/report/org/merge-org-report.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import {
  AUDITED,
  FIXTURE_REPOSITORIES,
  FORBIDDEN_REPOSITORY,
  ORG,
  STATIC_FILES,
  THROTTLED_REPOSITORY,
  fixtureReport,
  serveOrg
} from '../helpers/fixture-org.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/**
 * `maturity-gate audit --org` through the CLI bundle against the loopback GitHub API serving the 300-repository
 * fixture org: three pages of repositories, report artifacts collected, repositories without one re-evaluated
 * from their files, archived ones and forks skipped, a 403 and a secondary rate limit on the way.
 */

const bundle = path.join(import.meta.dirname, '../../dist/cli/index.js')
const TOKEN = 'ghs_orgAuditTokenNeverPrinted000000001'
let fake: FakeGitHub
let work: string

beforeAll(async () => {
  fake = await FakeGitHub.start(TOKEN)
  serveOrg(fake)
  work = await mkdtemp(path.join(os.tmpdir(), 'org-audit-'))
})

afterAll(async () => {
  await fake.close()
  await rm(work, { recursive: true, force: true })
})

const audit = (args: string[], env: Record<string, string> = { GH_TOKEN: TOKEN }) =>
  spawnNode([bundle, 'audit', ...args], { cwd: work, env: runnerEnv({ GITHUB_API_URL: fake.url, ...env }) })

const readReport = async (dir: string): Promise<OrgReport> =>
  JSON.parse(await readFile(path.join(work, dir, 'org-report.json'), 'utf8')) as OrgReport

/** The level the gate gives the static repositories' files: what their rows must say. */
async function staticLevel(): Promise<string | null> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'org-audit-static-'))
  for (const [file, text] of Object.entries(STATIC_FILES)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
  const report = await runGate({ root, policyPath: '.maturity.yml' })
  await rm(root, { recursive: true, force: true })
  return report.level
}

describe('maturity-gate audit --org (loopback GitHub API)', () => {
  let report: OrgReport
  let run: Awaited<ReturnType<typeof audit>>

  beforeAll(async () => {
    run = await audit(['--org', ORG, '--output-dir', 'all', '--csv'])
    report = await readReport('all')
  }, 120_000)

  it('audits every page of repositories except archived ones and forks, and says what it wrote', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(fake.requests.filter(r => r.path === `/orgs/${ORG}/repos`)).toHaveLength(3)
    expect(report.repositories).toBe(AUDITED.length)
    expect(AUDITED.length).toBeLessThan(FIXTURE_REPOSITORIES.length)
    const skipped = FIXTURE_REPOSITORIES.filter(r => r.archived || r.fork)
    for (const repository of skipped)
      expect(fake.count(`/repos/${ORG}/${repository.name}/actions/artifacts`)).toBe(0)
    const count = (kind: string) => AUDITED.filter(r => r.kind === kind).length
    expect(report.sources).toEqual({
      artifact: count('artifact'),
      static: count('static'),
      unreadable: count('bare') + count('forbidden')
    })
    expect(run.stdout).toBe(
      `${ORG}: ${AUDITED.length} repositories (${count('artifact')} from their report artifact, ${count('static')} re-evaluated, ${count('bare') + 1} unreadable), ${report.passed} reach their target\n` +
        'wrote all/org-report.json, all/org-summary.md, all/org-dashboard.html, all/org-report.csv\n'
    )
  })

  it('collects the newest default-branch artifact, with its history as the trend', () => {
    const fixture = AUDITED.find(r => r.kind === 'artifact' && r.history && r.levelIndex === 3)
    const entry = report.entries.find(e => e.repository === `${ORG}/${fixture?.name}`)
    expect(entry).toMatchObject({
      source: 'artifact',
      tier: fixture?.tier,
      level: 'advanced',
      target: 'intermediate',
      passed: true
    })
    expect(entry?.history.map(point => point.level)).toEqual(['base', 'beginner', 'intermediate', 'advanced'])
    expect(
      fake.count(`/repos/${ORG}/${fixture?.name}/actions/artifacts/${(fixture?.index ?? 0) * 10}/zip`)
    ).toBe(1)
  })

  it('re-evaluates a repository without an artifact from its policy and workflow, and names the ones it cannot judge', async () => {
    const level = await staticLevel()
    for (const entry of report.entries.filter(e => e.source === 'static')) expect(entry.level).toBe(level)
    const bare = report.entries.find(e => e.repository === `${ORG}/svc-005`)
    expect(bare).toMatchObject({ source: 'unreadable', reason: 'no report artifact and no .maturity.yml' })
    const refused = report.entries.find(e => e.repository === `${ORG}/${FORBIDDEN_REPOSITORY}`)
    expect(refused?.source).toBe('unreadable')
    expect(refused?.reason).toMatch(
      /^the artifacts could not be listed: 403 Resource not accessible by integration \(the token needs `actions: read`/
    )
  })

  it('waits out a secondary rate limit (retry-after) and still collects that repository', () => {
    expect(fake.count(`/repos/${ORG}/${THROTTLED_REPOSITORY}/actions/artifacts`)).toBe(2)
    expect(report.entries.find(e => e.repository === `${ORG}/${THROTTLED_REPOSITORY}`)?.source).toBe(
      'artifact'
    )
  })

  it('adds up levels and practices as the fixture says', async () => {
    const level = await staticLevel()
    const expected: Record<string, number> = {}
    for (const repository of AUDITED) {
      const name =
        repository.kind === 'artifact'
          ? fixtureReport(repository).level
          : repository.kind === 'static'
            ? level
            : undefined
      if (name !== undefined) expected[name ?? 'none'] = (expected[name ?? 'none'] ?? 0) + 1
    }
    expect(report.levels).toEqual({ cdmm: expected })
    const artifacts = AUDITED.filter(r => r.kind === 'artifact')
    const unitFails = artifacts.filter(r => r.index % 7 === 0).length
    expect(report.practices['unit-tests']?.fail).toBeGreaterThanOrEqual(unitFails)
    expect(report.practices['unit-tests']?.pass).toBe(
      artifacts.length -
        unitFails +
        report.entries.filter(e => e.source === 'static' && e.practices['unit-tests'] === 'pass').length
    )
    expect(report.belowTarget[0]).toMatchObject({ level: 'base', target: 'intermediate', levelsBelow: 2 })
  })

  it('writes the Markdown summary and the CSV for the same rows', async () => {
    const summary = await readFile(path.join(work, 'all/org-summary.md'), 'utf8')
    expect(summary).toContain(`## Maturity of ${ORG}: ${AUDITED.length} repositories`)
    expect(summary).toContain('### Furthest below target')
    expect(summary).toMatch(
      /\| acme\/svc-001 \| standard \| beginner \| intermediate \| ❌ below target \| artifact \| base → beginner \|/
    )
    const csv = (await readFile(path.join(work, 'all/org-report.csv'), 'utf8')).trimEnd().split('\r\n')
    expect(csv).toHaveLength(AUDITED.length + 1)
    expect(csv[0]).toMatch(/^"repository","tier","source","model","level","target","passed","reason","/)
  })
})

describe('maturity-gate audit: mistakes', () => {
  it('--help lists the options, and the main help names the command', async () => {
    const help = await audit(['--help'])
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: maturity-gate audit --org ORG/)
    for (const option of [
      '--topic',
      '--property',
      '--include-archived',
      '--plan',
      '--shard',
      '--merge',
      '--csv'
    ]) {
      expect(help.stdout).toContain(option)
    }
    const main = await spawnNode([bundle, '--help'], { cwd: work, env: runnerEnv({}) })
    expect(main.stdout).toContain('maturity-gate audit --org ORG')
  })

  it('refuses two steps at once and a malformed shard', async () => {
    const both = await audit(['--org', ORG, '--plan', '3', '--merge'])
    expect(both).toMatchObject({
      code: 2,
      stderr: 'maturity-gate audit: --plan, --shard and --merge are steps of their own: give at most one\n'
    })
    const shard = await audit(['--org', ORG, '--shard', '4/3'])
    expect(shard.code).toBe(2)
    expect(shard.stderr).toContain("--shard is '4/3'; expected I/N with 1 ≤ I ≤ N ≤ 20, such as 2/5")
  })

  it('refuses more than 20 shards, naming the range', async () => {
    const run = await audit(['--org', ORG, '--plan', '21'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      "maturity-gate audit: --plan is '21'; expected a whole number from 1 to 20 (21)\n"
    )
  })

  it('needs a token', async () => {
    const run = await audit(['--org', ORG], {})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'maturity-gate audit: audit reads the GitHub API: set GITHUB_TOKEN or GH_TOKEN to a token that may read the org\n'
    )
  })
})
