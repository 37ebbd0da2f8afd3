import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/evidence/github-client.js'
import { SharedBackoff } from '../../src/evidence/shared-backoff.js'
import { FakeGitHub, secondaryRateLimited } from '../helpers/fake-github.js'

/**
 * The org audit's requests share one pause: a rate limit met by one request holds back the others of the
 * process until GitHub's time, instead of each finding the limit for itself. Clocks are simulated.
 */

const TOKEN = 'ghs_sharedBackoffTokenNeverPrinted0001'
let fake: FakeGitHub
let clock: number
let waits: Array<[string, number]>

beforeEach(async () => {
  fake = await FakeGitHub.start(TOKEN)
  clock = 1_800_000_000_000
  waits = []
})

afterEach(async () => {
  await fake.close()
})

const tick = () => new Promise(resolve => setTimeout(resolve, 5))

function client(clientSleep: (ms: number) => Promise<void>) {
  const backoff = new SharedBackoff(
    () => clock,
    ms => {
      waits.push(['held back', ms])
      clock += ms
      return Promise.resolve()
    }
  )
  return createGitHubClient({ token: TOKEN, apiUrl: fake.url, now: () => clock, sleep: clientSleep, backoff })
}

describe('one backoff shared by every request', () => {
  it('holds back a concurrent request while another waits out retry-after', async () => {
    let release = () => {}
    const github = client(ms => {
      waits.push(['retrying', ms])
      return new Promise<void>(resolve => (release = resolve))
    })
    fake.on('GET', '/repos/o/a', secondaryRateLimited(3), { body: { name: 'a' } })
    fake.on('GET', '/repos/o/b', { body: { name: 'b' } })
    const first = github.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'a' })
    while (waits.length === 0) await tick()
    const second = await github.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'b' })
    expect(second.data).toMatchObject({ name: 'b' })
    expect(waits).toEqual([
      ['retrying', 3000],
      ['held back', 3000]
    ])
    release()
    expect((await first).data).toMatchObject({ name: 'a' })
    expect(fake.count('/repos/o/a')).toBe(2)
  })

  it('after the last request of the quota, the next one waits for x-ratelimit-reset', async () => {
    const github = client(() => Promise.resolve())
    const reset = clock / 1000 + 42
    fake.on('GET', '/repos/o/a', {
      body: {},
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
    })
    fake.on('GET', '/repos/o/b', { body: {} })
    await github.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'a' })
    await github.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'b' })
    expect(waits).toEqual([['held back', 42_000]])
  })
})
