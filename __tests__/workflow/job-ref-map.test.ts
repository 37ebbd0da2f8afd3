import { describe, expect, it } from '@jest/globals'
import { JobRefMap, jobRefKey } from '../../src/workflow/job-ref-map.js'

describe('JobRefMap', () => {
  it('finds a job by its workflow and id, whichever object names it', () => {
    const map = new JobRefMap<number>()
    map.set({ workflow: 'ci.yml', job: 'test' }, 1)
    map.set({ workflow: 'cd.yml', job: 'test' }, 2)
    expect(map.get({ workflow: 'ci.yml', job: 'test' })).toBe(1)
    expect(map.get({ workflow: 'cd.yml', job: 'test' })).toBe(2)
    expect(map.get({ workflow: 'ci.yml', job: 'deploy' })).toBeUndefined()
    expect(map.get({ workflow: 'release.yml', job: 'test' })).toBeUndefined()
  })

  it('keeps the last value set for a job', () => {
    const map = new JobRefMap<string>()
    map.set({ workflow: 'ci.yml', job: 'test' }, 'first')
    map.set({ workflow: 'ci.yml', job: 'test' }, 'second')
    expect(map.get({ workflow: 'ci.yml', job: 'test' })).toBe('second')
  })
})

describe('jobRefKey', () => {
  it('tells apart jobs whose file and id join to the same text', () => {
    expect(jobRefKey({ workflow: 'a/b', job: 'c' })).not.toBe(jobRefKey({ workflow: 'a', job: 'b/c' }))
    expect(jobRefKey({ workflow: 'ci.yml', job: 'test' })).toBe(
      jobRefKey({ workflow: 'ci.yml', job: 'test' })
    )
  })
})
