import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import { latestReportArtifact } from '../../src/evidence/report-artifact.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { zipOf } from '../helpers/zip.js'

/** Reading one repository's report artifact: which one is taken, and what is refused without downloading. */

const TOKEN = 'ghs_reportArtifactTokenNeverPrinted001'
const TARGET = { owner: 'o', repo: 'r', defaultBranch: 'trunk' }
const LIST = '/repos/o/r/actions/artifacts'
let fake: FakeGitHub

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})

afterEach(async () => {
  await fake.close()
})

const read = () =>
  latestReportArtifact(createGitHubClient({ token: TOKEN, apiUrl: fake.url }), TARGET, 'maturity-report')

describe('latestReportArtifact', () => {
  it('takes the newest unexpired artifact of the default branch, with the history beside the report', async () => {
    fake.on('GET', LIST, {
      body: {
        artifacts: [
          { id: 1, expired: false, workflow_run: { head_branch: 'feature' } },
          { id: 2, expired: true, workflow_run: { head_branch: 'trunk' } },
          {
            id: 3,
            expired: false,
            created_at: '2026-12-01T00:00:00Z',
            workflow_run: { head_branch: 'trunk' }
          }
        ]
      }
    })
    fake.on('GET', `${LIST}/3/zip`, {
      binary: zipOf({ 'maturity-report.json': '{}', 'maturity-history.jsonl': '{}' })
    })
    expect(await read()).toEqual({
      found: true,
      report: '{}',
      history: '{}',
      createdAt: '2026-12-01T00:00:00Z'
    })
    expect(fake.requests.find(r => r.path === LIST)?.query.get('name')).toBe('maturity-report')
  })

  it('a repository without one is not found; an artifact too large, or without the report, is an error', async () => {
    fake.on('GET', LIST, { body: { artifacts: [] } })
    expect(await read()).toEqual({ found: false })
    fake.on('GET', LIST, {
      body: { artifacts: [{ id: 4, size_in_bytes: 2e9, workflow_run: { head_branch: 'trunk' } }] }
    })
    expect(await read()).toEqual({
      found: false,
      error: 'artifact 4 is 2000000000 bytes, too large to be a report'
    })
    expect(fake.count(`${LIST}/4/zip`)).toBe(0)
    fake.on('GET', LIST, { body: { artifacts: [{ id: 5, workflow_run: { head_branch: 'trunk' } }] } })
    fake.on('GET', `${LIST}/5/zip`, { binary: zipOf({ 'other.json': '{}' }) })
    expect(await read()).toEqual({ found: false, error: 'artifact 5 holds no maturity-report.json' })
  })
})
