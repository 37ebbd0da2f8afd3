import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Report } from '../../src/evaluate/report.js'
import type { FakeGitHub, FakeReply } from './fake-github.js'
import { forbidden, notFound, paginated, secondaryRateLimited } from './fake-github.js'
import { zipOf } from './zip.js'

/**
 * The fixture org of the audit tests: 300 repositories served by the loopback GitHub API over three pages of
 * 100. Most have a report artifact from their default branch; some only files to re-evaluate; some nothing;
 * some are archived or forks; one refuses the token (403) and one is behind a secondary rate limit once.
 */

export const ORG = 'acme'
const ROOT = path.join(import.meta.dirname, '../..')
const LIBRARY = path.join(ROOT, 'examples/library')
export const TEMPLATE = JSON.parse(readFileSync(path.join(LIBRARY, 'maturity-report.json'), 'utf8')) as Report
export const STATIC_FILES: Record<string, string> = {
  '.maturity.yml': readFileSync(path.join(LIBRARY, '.maturity.yml'), 'utf8'),
  '.github/workflows/ci.yml': readFileSync(path.join(LIBRARY, '.github/workflows/ci.yml'), 'utf8')
}
const TIERS = ['critical', 'standard', 'experimental'] as const

export interface FixtureRepository {
  name: string
  index: number
  archived: boolean
  fork: boolean
  tier: string
  /** artifact: a report artifact; static: only its policy and workflow; bare: neither; forbidden: a 403. */
  kind: 'artifact' | 'static' | 'bare' | 'forbidden'
  /** For `artifact`: the level its report says, by index in TEMPLATE.levels. */
  levelIndex: number
  history: boolean
  /** The first request for its artifacts is answered with a secondary rate limit (retry-after 1). */
  throttled: boolean
}

export const FORBIDDEN_REPOSITORY = 'svc-007'
export const THROTTLED_REPOSITORY = 'svc-149'

export const FIXTURE_REPOSITORIES: FixtureRepository[] = Array.from({ length: 300 }, (_, i) => {
  const index = i + 1
  const name = `svc-${String(index).padStart(3, '0')}`
  const kind =
    name === FORBIDDEN_REPOSITORY
      ? 'forbidden'
      : index % 10 === 0
        ? 'static'
        : index % 10 === 5
          ? 'bare'
          : 'artifact'
  return {
    name,
    index,
    archived: index % 25 === 0,
    fork: index % 40 === 3,
    tier: TIERS[index % 3] ?? 'standard',
    kind,
    levelIndex: index % 4,
    history: index % 6 === 1,
    throttled: name === THROTTLED_REPOSITORY
  }
})

/** The report a repository's gate uploaded: the library example at another level, one practice varied. */
export function fixtureReport(repository: FixtureRepository): Report {
  const level = TEMPLATE.levels[repository.levelIndex] ?? null
  return {
    ...TEMPLATE,
    target: 'intermediate',
    level,
    levelIndex: repository.levelIndex,
    passed: repository.levelIndex >= 2,
    reason: `level ${level} reached, target intermediate`,
    findings: TEMPLATE.findings.map(finding =>
      finding.practice === 'unit-tests'
        ? { ...finding, status: repository.index % 7 === 0 ? 'fail' : 'pass' }
        : finding
    )
  }
}

/** Four points, the last one the report's level: the trend climbs to it. */
export function fixtureHistory(repository: FixtureRepository): string {
  return Array.from({ length: 4 }, (_, i) => {
    const level = TEMPLATE.levels[Math.max(0, repository.levelIndex - 3 + i)]
    return JSON.stringify({
      schema: 1,
      commit: `c${i}`,
      date: `2026-0${i + 1}-01T00:00:00Z`,
      level,
      held: 100,
      practices: {}
    })
  }).join('\n')
}

/** Programs `fake` with the org: its repository list, custom properties, and each repository's routes. */
export function serveOrg(fake: FakeGitHub): void {
  const listed = FIXTURE_REPOSITORIES.map(repository => ({
    name: repository.name,
    full_name: `${ORG}/${repository.name}`,
    archived: repository.archived,
    fork: repository.fork,
    default_branch: 'main',
    topics: repository.index % 2 === 0 ? ['service'] : []
  }))
  fake.on('GET', `/orgs/${ORG}/repos`, paginated(listed))
  fake.on(
    'GET',
    `/orgs/${ORG}/properties/values`,
    paginated(
      FIXTURE_REPOSITORIES.map(repository => ({
        repository_name: repository.name,
        properties: [{ property_name: 'tier', value: repository.tier }]
      }))
    )
  )
  for (const repository of FIXTURE_REPOSITORIES) serveRepository(fake, repository)
}

function serveRepository(fake: FakeGitHub, repository: FixtureRepository): void {
  const base = `/repos/${ORG}/${repository.name}`
  const artifacts: FakeReply =
    repository.kind === 'forbidden'
      ? forbidden()
      : { body: { total_count: 0, artifacts: artifactsOf(repository) } }
  fake.on(
    'GET',
    `${base}/actions/artifacts`,
    ...(repository.throttled ? [secondaryRateLimited(1), artifacts] : [artifacts])
  )
  if (repository.kind === 'artifact') {
    const id = repository.index * 10
    fake.on('GET', `${base}/actions/artifacts/${id}/zip`, (_request, url) => ({
      status: 302,
      headers: { location: `${url}/blobs/${repository.name}.zip` }
    }))
    const files: Record<string, string> = {
      'maturity-report.json': JSON.stringify(fixtureReport(repository))
    }
    if (repository.history) files['maturity-history.jsonl'] = fixtureHistory(repository)
    fake.on('GET', `/blobs/${repository.name}.zip`, { binary: zipOf(files) })
  }
  const contents = (file: string): FakeReply =>
    repository.kind === 'static' && STATIC_FILES[file] !== undefined
      ? {
          body: {
            type: 'file',
            path: file,
            encoding: 'base64',
            content: Buffer.from(STATIC_FILES[file]).toString('base64')
          }
        }
      : notFound()
  fake.on('GET', `${base}/contents/.maturity.yml`, contents('.maturity.yml'))
  fake.on('GET', `${base}/contents/.github/workflows/ci.yml`, contents('.github/workflows/ci.yml'))
  fake.on(
    'GET',
    `${base}/contents/.github/workflows`,
    repository.kind === 'static'
      ? { body: [{ type: 'file', path: '.github/workflows/ci.yml', name: 'ci.yml' }] }
      : notFound()
  )
}

/** Its report artifact from main, behind an older one from a feature branch and an expired one. */
function artifactsOf(repository: FixtureRepository): unknown[] {
  if (repository.kind !== 'artifact') return []
  const id = repository.index * 10
  return [
    { id: id + 1, name: 'maturity-report', expired: false, workflow_run: { head_branch: 'feature' } },
    {
      id,
      name: 'maturity-report',
      expired: false,
      created_at: '2026-12-01T00:00:00Z',
      workflow_run: { head_branch: 'main' }
    },
    { id: id + 2, name: 'maturity-report', expired: true, workflow_run: { head_branch: 'main' } }
  ]
}

/** The repositories an audit with the default filter looks at. */
export const AUDITED = FIXTURE_REPOSITORIES.filter(repository => !repository.archived && !repository.fork)
