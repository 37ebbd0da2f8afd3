import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import { remoteWorkflowReader } from '../../src/evidence/remote-workflow-reader.js'
import type { RemoteRead } from '../../src/evidence/workflows.js'
import { FakeGitHub, forbidden, notFound, serverError } from '../helpers/fake-github.js'
import type { FakeReply } from '../helpers/fake-github.js'
import { contentFileShape } from '../helpers/github-shapes.js'

/**
 * A remote reusable workflow read through the contents API of a real HTTP server on 127.0.0.1: its text, or
 * why GitHub did not give it, with the status, so that the report can say which file and what went wrong.
 */

const TOKEN = 'ghs_remoteReaderTokenForTheFake000000001'
const REF = { owner: 'octo', repo: 'platform', path: '.github/workflows/deploy.yml', ref: 'v1' }
const ROUTE = '/repos/octo/platform/contents/.github/workflows/deploy.yml'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
})
afterEach(() => fake.close())

function read(apiUrl = fake.url): Promise<RemoteRead> {
  const client = createGitHubClient({ token: TOKEN, apiUrl, maxRetries: 1, retryDelayMs: 1 })
  return remoteWorkflowReader(client)(REF)
}

describe('remoteWorkflowReader', () => {
  it('gives the text of the file at the ref', async () => {
    fake.on('GET', ROUTE, { body: contentFileShape({ ...REF, text: 'on: workflow_call\n' }) })
    expect(await read()).toEqual({ ok: true, text: 'on: workflow_call\n' })
    expect(fake.requests[0]?.query.get('ref')).toBe('v1')
  })

  it.each<[string, FakeReply, RemoteRead]>([
    [
      'hidden or missing (404)',
      notFound(),
      {
        ok: false,
        status: 404,
        reason: '404 not found (no such file at that ref, or the token cannot see that repository?)'
      }
    ],
    [
      'refused (403)',
      forbidden(),
      {
        ok: false,
        status: 403,
        reason: '403 resource not accessible by integration (the token may not read that repository)'
      }
    ],
    [
      'failing (5xx), after the client retried',
      serverError(502),
      { ok: false, status: 502, reason: 'GitHub answered 502; gave up after 2 attempts' }
    ],
    ['a directory', { body: [] }, { ok: false, reason: 'a directory, not a file' }],
    ['a submodule', { body: { type: 'submodule' } }, { ok: false, reason: 'a submodule, not a file' }],
    [
      'too large for the contents API',
      { body: { type: 'file', encoding: 'none', content: '' } },
      { ok: false, reason: 'its text was not sent (encoding none; over 1 MB?)' }
    ]
  ])('says why when the file is %s', async (_name, reply, expected) => {
    fake.on('GET', ROUTE, reply)
    expect(await read()).toEqual(expected)
  })

  it('says the request failed, with no status, when nothing answers', async () => {
    const closed = fake.url
    await fake.close()
    fake = await FakeGitHub.start(TOKEN)
    const answer = await read(closed)
    expect(answer).toEqual({
      ok: false,
      status: undefined,
      reason: expect.stringMatching(/^request failed: .+; gave up after 2 attempts$/)
    })
  })
})
