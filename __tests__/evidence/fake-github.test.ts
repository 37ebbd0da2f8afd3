import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import type { GitHubClient } from '../../src/evidence/github-client.js'
import { FakeGitHub, paginated } from '../helpers/fake-github.js'
import { contentFileShape } from '../helpers/github-shapes.js'

/** The fake itself, through the real client: what other collectors' tests can rely on. */
const TOKEN = 'ghs_fake0123456789'
let fake: FakeGitHub
let client: GitHubClient

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  client = createGitHubClient({ token: TOKEN, apiUrl: fake.url, maxRetries: 0 })
})
afterEach(() => fake.close())

describe('FakeGitHub', () => {
  it('serves a file of the contents API as GitHub does: base64 in 60-column lines', async () => {
    const text = 'level: 3\n'.repeat(20) + 'ünïcode ✓\n'
    const path = '.maturity.yml'
    fake.on('GET', `/repos/o/r/contents/${path}`, {
      body: contentFileShape({ owner: 'o', repo: 'r', path, ref: 'abc', text })
    })
    const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'o',
      repo: 'r',
      path,
      ref: 'abc'
    })
    const file = data as { encoding: string; content: string; size: number }

    expect(file.encoding).toBe('base64')
    expect(file.content.split('\n').every(line => line.length <= 60)).toBe(true)
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(text)
    expect(file.size).toBe(Buffer.byteLength(text))
    expect(fake.requests[0]?.query.get('ref')).toBe('abc')
  })

  it('pages a list with Link headers: first, prev, next, last', async () => {
    fake.on('GET', '/repos/o/r/items', paginated([1, 2, 3, 4, 5]))
    const pages = await Promise.all(
      [1, 2, 3].map(page => client.request('GET /repos/o/r/items', { per_page: 2, page }))
    )
    const rels = pages.map(p => [...(p.headers.link ?? '').matchAll(/rel="(\w+)"/g)].map(m => m[1]))

    expect(pages.map(p => p.data as unknown)).toEqual([[1, 2], [3, 4], [5]])
    expect(rels).toEqual([
      ['next', 'last'],
      ['prev', 'first', 'next', 'last'],
      ['prev', 'first']
    ])
    expect(pages[0]?.headers.link).toContain(`<${fake.url}/repos/o/r/items?per_page=2&page=2>; rel="next"`)
  })

  it.each([
    ['an unknown route', TOKEN, '/repos/o/r/nothing', 404, /Not Found/],
    ['a wrong token', 'ghs_other', '/repos/o/r/items', 401, /Bad credentials/]
  ])('answers %s like GitHub', async (_name, token, path, status, message) => {
    fake.on('GET', '/repos/o/r/items', { body: [] })
    const other = createGitHubClient({ token, apiUrl: fake.url, maxRetries: 0 })

    await expect(other.request(`GET ${path}`)).rejects.toMatchObject({
      status,
      message: expect.stringMatching(message)
    })
    expect(fake.count(path)).toBe(1)
  })
})
