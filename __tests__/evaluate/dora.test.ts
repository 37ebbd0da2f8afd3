import { describe, expect, it } from '@jest/globals'
import { dora } from '../../src/evaluate/dora.js'
import type { DoraEnvironment } from '../../src/evaluate/dora.js'
import { doraBucket } from '../../src/evaluate/dora-bucket.js'
import { fixtureRecords, WINDOW } from '../helpers/deploy-fixture.js'

const HOUR = 3_600_000

/**
 * The fixture's values, worked out by hand (times in __tests__/helpers/deploy-fixture.ts; D<n> is deployment
 * id n+1, D0 precedes the window):
 *
 * - completed in the window: D1–D9 (the in-progress deploy and the staging one do not count): 9;
 *   shipped (a success status): all but D5 → 8 deploys / 30 days = 0.2667 a day.
 * - failed: D3 (rolled back by D4, which re-deploys D2's a2), D5 (failure status), D8 (D9 ships a revert) →
 *   3 of 9 = 33.3 %.
 * - recovery: D3 11-10 12:00 → D4 15:00 = 3 h; D5 11-12 10:20 → D6 11:40 = 1 h 20 min; D8 11-21 10:10 →
 *   D9 11-25 11:00 = 96 h 50 min; median 3 h.
 * - rework: D4 (a2 shipped before), D7 (ref hotfix/login), D8 (a5 shipped by D7) → 3 of 9 = 33.3 %. D6 is not
 *   rework: a4 never shipped before (D5 failed).
 * - lead time, each commit to the first successful deploy shipping it: c1 24 h, c2 2 h (D1), c3 24 h (D2),
 *   c4 6 h (D3; D6 ships it again and does not count it twice), c5 2 h (D6), c6 1 h (D7), c7 1 h (D9):
 *   sorted 1, 1, 2, 2, 6, 24, 24 → median 2 h, p90 (nearest rank 7 of 7) 24 h.
 */
describe('DORA metrics on the fixture history', () => {
  const production = (): DoraEnvironment => {
    const result = dora({ ...WINDOW, source: 'Deployments', deployments: fixtureRecords(), requests: 0 })
    expect(result.environments.map(e => e.environment)).toEqual(['production'])
    return result.environments[0] as DoraEnvironment
  }

  it('deployment frequency counts the success statuses in the window', () => {
    expect(production().deploymentFrequency).toEqual({
      status: 'known',
      value: 8 / 30,
      bucket: 'between once per day and once per week',
      basis: 8
    })
  })

  it('change lead time is commit → first successful deploy shipping it', () => {
    expect(production().leadTime).toEqual({
      status: 'known',
      value: 2,
      p90: 24,
      bucket: 'between one hour and one day',
      basis: 7
    })
  })

  it('change fail rate counts rollbacks, failure statuses and reverts', () => {
    expect(production().changeFailRate).toEqual({
      status: 'known',
      value: 100 / 3,
      bucket: '31–45%',
      basis: 9
    })
  })

  it('recovery time runs from a failed deploy to the next good one', () => {
    expect(production().recoveryTime).toEqual({
      status: 'known',
      value: 3,
      bucket: 'between one hour and one day',
      basis: 3
    })
  })

  it('rework rate counts hotfixes and re-deploys of an earlier SHA', () => {
    expect(production().reworkRate).toEqual({ status: 'known', value: 100 / 3, bucket: '31–45%', basis: 9 })
  })

  it('takes completion from the success status, never from a later inactive one', () => {
    const records = fixtureRecords().map(r =>
      r.id === 2 ? { ...r, statuses: r.statuses.filter(s => s.state !== 'success') } : r
    )
    // D1 keeps its in_progress and later inactive statuses (and an updated_at they moved): not a deploy.
    const env = dora({ ...WINDOW, source: 'Deployments', deployments: records, requests: 0 }).environments[0]
    expect(env?.deploymentFrequency).toMatchObject({ basis: 7 })
  })
})

describe('no signal is unknown, never 0', () => {
  it('says so for a repository without production deployments', () => {
    const result = dora({ ...WINDOW, source: 'Deployments', deployments: [], requests: 1 })
    expect(result).toEqual({
      windowDays: 30,
      ...WINDOW,
      source: 'Deployments',
      environments: [],
      unknown: 'no deployment to a production environment'
    })
  })

  it('says why when neither Deployments nor deploy-job runs have a deploy', () => {
    const none = 'no completed run of `deploy` on main'
    const result = dora({
      ...WINDOW,
      source: 'deploy-job runs of .github/workflows/cd.yml',
      deployments: [],
      requests: 2,
      none
    })
    expect(result).toMatchObject({
      source: 'deploy-job runs of .github/workflows/cd.yml',
      environments: [],
      unknown: none
    })
  })

  it('carries the reason the history could not be read', () => {
    const result = dora({
      ...WINDOW,
      source: 'Deployments',
      deployments: [],
      requests: 1,
      gap: '403 Forbidden'
    })
    expect(result.unknown).toBe('403 Forbidden')
  })

  it('leaves recovery time unknown when nothing failed, and lead time when no range was compared', () => {
    const only = fixtureRecords()
      .filter(r => r.id === 3)
      .map(r => ({ ...r, commits: undefined }))
    const env = dora({ ...WINDOW, source: 'Deployments', deployments: only, requests: 0 }).environments[0]
    expect(env?.changeFailRate).toMatchObject({ status: 'known', value: 0, basis: 1 })
    expect(env?.recoveryTime).toEqual({ status: 'unknown', reason: 'no failed deployment in the window' })
    expect(env?.leadTime).toMatchObject({ status: 'unknown' })
  })

  it('reports zero deploys in the window as none in the window, not a survey bucket', () => {
    const before = fixtureRecords().filter(r => r.id === 1)
    const env = dora({ ...WINDOW, source: 'Deployments', deployments: before, requests: 0 }).environments[0]
    expect(env?.deploymentFrequency).toEqual({
      status: 'known',
      value: 0,
      bucket: 'none in the 30-day window',
      basis: 0
    })
    expect(env?.changeFailRate).toMatchObject({ status: 'unknown' })
  })
})

describe('doraBucket', () => {
  it.each([
    [2, 'on demand (multiple deploys per day)'],
    [1, 'between once per day and once per week'],
    [1 / 7, 'between once per day and once per week'],
    [1 / 8, 'between once per week and once per month'],
    [1 / 60, 'between once per month and once every six months'],
    [1 / 400, 'fewer than once every six months']
  ])('frequency %p a day is %s', (perDay, bucket) => {
    expect(doraBucket('frequency', perDay)).toBe(bucket)
  })

  it.each([
    [0.5 * HOUR, 'less than one hour'],
    [HOUR, 'between one hour and one day'],
    [30 * HOUR, 'between one day and one week'],
    [10 * 24 * HOUR, 'between one week and one month'],
    [60 * 24 * HOUR, 'between one month and six months'],
    [200 * 24 * HOUR, 'more than six months']
  ])('duration %p ms is %s', (ms, bucket) => {
    expect(doraBucket('duration', ms)).toBe(bucket)
  })

  it.each([
    [15.4, '0–15%'],
    [15.5, '16–30%'],
    [45, '31–45%'],
    [60, '46–60%'],
    [61, 'more than 60%']
  ])('rate %p%% is %s', (percent, bucket) => {
    expect(doraBucket('rate', percent)).toBe(bucket)
  })
})
