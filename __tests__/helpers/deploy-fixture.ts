import type { DeployRecord } from '../../src/evidence/deploy-record.js'
import { paginated } from './fake-github.js'
import type { FakeGitHub, Responder } from './fake-github.js'
import { deploymentShape } from './github-shapes.js'

/**
 * A month of production deploys of octo/shop whose DORA values are worked out by hand in
 * __tests__/evaluate/dora.test.ts: statuses listed out of order, `inactive` statuses arriving days later, a
 * rollback, a failed deploy re-run, a hotfix from a non-default branch, one SHA deployed twice, a revert, a
 * staging deploy and one still in progress. The window is 2026-11-01 to 2026-12-01.
 */
export const WINDOW = { since: '2026-11-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' }

interface FixtureCommit {
  sha: string
  date: string
  message: string
}

interface FixtureDeploy {
  id: number
  sha: string
  ref?: string
  environment?: string
  createdAt: string
  statuses: Array<[state: string, createdAt: string]>
}

const T = (day: number, time: string): string => `2026-11-${String(day).padStart(2, '0')}T${time}:00Z`

export const DEPLOYS: FixtureDeploy[] = [
  // Before the window: the base of the first comparison.
  { id: 1, sha: 'a0', createdAt: '2026-10-30T10:00:00Z', statuses: [['success', '2026-10-30T10:10:00Z']] },
  // Listed newest first, as GitHub does; the inactive status came when D2 replaced it.
  {
    id: 2,
    sha: 'a1',
    createdAt: T(2, '10:00'),
    statuses: [
      ['inactive', T(5, '09:00')],
      ['success', T(2, '10:30')],
      ['in_progress', T(2, '10:05')]
    ]
  },
  {
    id: 3,
    sha: 'a2',
    createdAt: T(5, '08:00'),
    statuses: [
      ['success', T(5, '09:00')],
      ['inactive', T(10, '12:00')]
    ]
  },
  { id: 4, sha: 'a3', createdAt: T(10, '10:00'), statuses: [['success', T(10, '12:00')]] },
  // Rollback to a2: D4 failed.
  { id: 5, sha: 'a2', createdAt: T(10, '14:00'), statuses: [['success', T(10, '15:00')]] },
  { id: 6, sha: 'a4', createdAt: T(12, '10:00'), statuses: [['failure', T(12, '10:20')]] },
  // The same SHA again after the failure: not a re-deploy of something shipped.
  { id: 7, sha: 'a4', createdAt: T(12, '11:00'), statuses: [['success', T(12, '11:40')]] },
  {
    id: 8,
    sha: 'a5',
    ref: 'hotfix/login',
    createdAt: T(20, '10:00'),
    statuses: [['success', T(20, '10:30')]]
  },
  { id: 9, sha: 'a5', createdAt: T(21, '10:00'), statuses: [['success', T(21, '10:10')]] },
  // Ships a revert of what D9 shipped: D9 failed.
  { id: 10, sha: 'a6', createdAt: T(25, '10:00'), statuses: [['success', T(25, '11:00')]] },
  {
    id: 11,
    sha: 'a6',
    environment: 'staging',
    createdAt: T(24, '10:00'),
    statuses: [['success', T(24, '10:05')]]
  },
  { id: 12, sha: 'a7', createdAt: T(30, '10:00'), statuses: [['in_progress', T(30, '10:01')]] }
]

/** compare base...head → the commits GitHub lists (oldest first). */
export const COMPARISONS: Record<string, FixtureCommit[]> = {
  'a0...a1': [
    { sha: 'c1', date: T(1, '10:30'), message: 'Add the basket' },
    { sha: 'c2', date: T(2, '08:30'), message: 'Fix the basket total\n\nRounding.' }
  ],
  'a1...a2': [{ sha: 'c3', date: T(4, '09:00'), message: 'Search by tag' }],
  'a2...a3': [{ sha: 'c4', date: T(10, '06:00'), message: 'New checkout' }],
  'a3...a2': [],
  'a2...a4': [
    { sha: 'c4', date: T(10, '06:00'), message: 'New checkout' },
    { sha: 'c5', date: T(12, '09:40'), message: 'New checkout, fixed' }
  ],
  'a4...a5': [{ sha: 'c6', date: T(20, '09:30'), message: 'Hotfix: login loop' }],
  'a5...a6': [{ sha: 'c7', date: T(25, '10:00'), message: 'Revert "Hotfix: login loop"' }]
}

/** The fixture as collected evidence, every time moved by `shiftMs` (the CLI measures up to now). */
export function fixtureRecords(shiftMs = 0): DeployRecord[] {
  const at = shifter(shiftMs)
  const production = DEPLOYS.filter(d => (d.environment ?? 'production') === 'production')
  return production.map(d => {
    const previous = production
      .filter(p => p.id < d.id && p.statuses.some(([state]) => state === 'success'))
      .at(-1)
    const range =
      previous && d.statuses.some(([state]) => state === 'success') ? `${previous.sha}...${d.sha}` : ''
    const commits = d.id === 1 || range === '' ? undefined : previous?.sha === d.sha ? [] : COMPARISONS[range]
    return {
      id: d.id,
      sha: d.sha,
      ref: d.ref ?? 'main',
      task: 'deploy',
      description: '',
      environment: 'production',
      createdAt: at(d.createdAt),
      statuses: d.statuses.map(([state, createdAt]) => ({ state, createdAt: at(createdAt) })),
      ...(commits === undefined
        ? {}
        : {
            commits: commits.map(c => ({
              sha: c.sha,
              date: at(c.date),
              subject: c.message.split('\n')[0] ?? ''
            }))
          })
    }
  })
}

/** Programs the fake with the fixture: deployments (newest first), their statuses and the comparisons. */
export function serveDeployFixture(
  fake: FakeGitHub,
  shiftMs = 0,
  extra: Partial<Record<number, Responder>> = {}
): void {
  const at = shifter(shiftMs)
  const newestFirst = [...DEPLOYS].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  fake.on(
    'GET',
    '/repos/octo/shop/deployments',
    paginated(
      newestFirst.map(d => ({
        ...deploymentShape({
          owner: 'octo',
          repo: 'shop',
          id: d.id,
          sha: d.sha,
          environment: d.environment ?? 'production'
        }),
        ref: d.ref ?? 'main',
        created_at: at(d.createdAt),
        // Moved by every status, inactive ones included: the metrics must not read it.
        updated_at: at(
          d.statuses
            .map(s => s[1])
            .sort()
            .at(-1) ?? d.createdAt
        )
      }))
    )
  )
  for (const d of DEPLOYS) {
    fake.on(
      'GET',
      `/repos/octo/shop/deployments/${d.id}/statuses`,
      extra[d.id] ?? {
        body: d.statuses.map(([state, createdAt], i) => statusShape(d.id * 10 + i, state, at(createdAt)))
      }
    )
  }
  for (const [range, commits] of Object.entries(COMPARISONS)) {
    fake.on('GET', `/repos/octo/shop/compare/${range}`, { body: comparisonShape(commits, at) })
  }
}

/** One element of `GET /repos/{o}/{r}/deployments/{id}/statuses` (schema `deployment-status`, abridged). */
export function statusShape(id: number, state: string, createdAt: string): Record<string, unknown> {
  return {
    id,
    node_id: 'MDE2OkRlcGxveW1lbnRTdGF0dXMx',
    state,
    creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    description: '',
    environment: 'production',
    target_url: '',
    log_url: '',
    created_at: createdAt,
    updated_at: createdAt,
    environment_url: ''
  }
}

/** `GET /repos/{o}/{r}/compare/{basehead}` (schema `commit-comparison`, abridged). */
export function comparisonShape(
  commits: FixtureCommit[],
  at: (iso: string) => string = iso => iso
): Record<string, unknown> {
  return {
    status: commits.length === 0 ? 'behind' : 'ahead',
    ahead_by: commits.length,
    behind_by: commits.length === 0 ? 1 : 0,
    total_commits: commits.length,
    commits: commits.map(c => ({
      sha: c.sha,
      commit: {
        message: c.message,
        author: { name: 'Dev', email: 'dev@example.com', date: at(c.date) },
        committer: { name: 'GitHub', email: 'noreply@github.com', date: at(c.date) }
      }
    })),
    files: []
  }
}

function shifter(shiftMs: number): (iso: string) => string {
  return iso => new Date(Date.parse(iso) + shiftMs).toISOString()
}
