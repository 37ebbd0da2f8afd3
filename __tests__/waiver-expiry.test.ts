import { describe, expect, it } from '@jest/globals'
import { EXIT, runCli } from '../src/command.js'
import { planAnnotations } from '../src/report/annotations.js'
import type { Report } from '../src/evaluate/report.js'
import { tempRepo } from './helpers/temp-repo.js'

/** The CLI on a repository with `today` pinned: expiry never depends on the day the suite runs. */
async function check(policy: string, today: string, format = 'text') {
  const repo = await tempRepo({ '.maturity.yml': policy, 'README.md': '# x\n' })
  let stdout = ''
  let stderr = ''
  try {
    const code = await runCli(['check', repo.root, '--format', format], {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      cwd: repo.root,
      today
    })
    return { code, stdout, stderr }
  } finally {
    await repo.remove()
  }
}

const policy = (waiver: string, extra = '') => `version: 1
model: custom
levels: [crawl, walk]
categories: [docs]
target: walk
${extra}practices:
  has-readme: { level: crawl, category: docs, check: files, files: [README.md] }
  has-changelog: { level: walk, category: docs, check: files, files: [CHANGELOG.md] }
waivers:
  - practice: has-changelog
    reason: first release pending (DOC-7)
    expires: ${waiver}
`

describe('waivers near and past their expiry', () => {
  it('a waiver far from its date waives silently', async () => {
    const result = await check(policy('2027-03-31'), '2027-01-01')
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).not.toMatch(/expires|lapsed/)
  })

  it('within 14 days of its date (the default) the waiver still holds, with a warning on its line', async () => {
    const result = await check(policy('2027-03-31'), '2027-03-26')
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain(
      'warning: .maturity.yml:12: the waiver for has-changelog expires in 5 days (2027-03-31): make the practice hold, or renew the waiver with a later date and a reason'
    )
  })

  it('on its last day it still holds and says "today"', async () => {
    const result = await check(policy('2027-03-31'), '2027-03-31')
    expect(result.code).toBe(EXIT.passed)
    expect(result.stdout).toContain('the waiver for has-changelog expires today (2027-03-31)')
  })

  it('waiver-warning-days moves the warning', async () => {
    const early = await check(policy('2027-03-31', 'waiver-warning-days: 30\n'), '2027-03-01')
    expect(early.stdout).toContain('expires in 30 days')
    const none = await check(policy('2027-03-31', 'waiver-warning-days: 0\n'), '2027-03-30')
    expect(none.stdout).not.toContain('expires in')
  })

  it('the day after, the waiver lapses: the practice is judged normally, with a notice, not a policy error', async () => {
    const result = await check(policy('2027-03-31'), '2027-04-01')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT.failed)
    expect(result.stdout).toContain('FAILED — level crawl reached, target walk: has-changelog does not hold')
    expect(result.stdout).toContain(
      'notice: .maturity.yml:12: the waiver for has-changelog expired on 2027-03-31 and has lapsed: the practice is judged normally'
    )
  })

  it('a lapsed waiver is in the JSON report and the job summary', async () => {
    const json = JSON.parse((await check(policy('2027-03-31'), '2027-04-02', 'json')).stdout) as Report
    expect(json.expiries).toEqual([
      {
        kind: 'waiver',
        practice: 'has-changelog',
        expires: '2027-03-31',
        state: 'lapsed',
        days: -2,
        message: expect.stringContaining('has lapsed') as unknown as string,
        location: { file: '.maturity.yml', line: 12, column: 14 }
      }
    ])
    expect(json.findings.find(f => f.practice === 'has-changelog')?.status).toBe('fail')
    const markdown = (await check(policy('2027-03-31'), '2027-04-02', 'markdown')).stdout
    expect(markdown).toContain('### Waivers and attestations running out')
    expect(markdown).toMatch(/^- ⌛ the waiver for has-changelog expired on 2027-03-31 and has lapsed/m)
  })

  it('annotates a waiver running out as a warning and a lapsed one as a notice, on its expires: line', async () => {
    const annotationsOn = async (today: string) => {
      const report = JSON.parse((await check(policy('2027-03-31'), today, 'json')).stdout) as Report
      return planAnnotations(report).annotations.filter(a => a.title.includes('waiver'))
    }
    expect(await annotationsOn('2027-03-30')).toEqual([
      expect.objectContaining({
        level: 'warning',
        title: 'maturity-gate: waiver for has-changelog expires soon',
        file: '.maturity.yml',
        startLine: 12
      })
    ])
    expect(await annotationsOn('2027-04-01')).toEqual([
      expect.objectContaining({
        level: 'notice',
        title: 'maturity-gate: waiver for has-changelog lapsed',
        startLine: 12
      })
    ])
  })

  it('max-waiver-days: a waiver reaching further is a policy error on its line (exit 2)', async () => {
    const result = await check(policy('2027-06-30', 'max-waiver-days: 60\n'), '2027-03-01')
    expect(result.code).toBe(EXIT.invalid)
    expect(result.stderr).toContain(
      '.maturity.yml:13:14: waivers[0].expires: the waiver runs 121 days from today, longer than max-waiver-days (60): set an earlier date (found "2027-06-30")'
    )
    const within = await check(policy('2027-04-30', 'max-waiver-days: 60\n'), '2027-03-01')
    expect(within.code).toBe(EXIT.passed)
  })
})

describe('attestations past their expiry', () => {
  it('lapse the same way: the practice no longer counts as attested', async () => {
    const attested = `version: 1
model: custom
levels: [crawl]
categories: [culture]
target: crawl
practices:
  stable-team: { level: crawl, category: culture, check: attest }
attestations:
  - { practice: stable-team, by: '@team', expires: 2027-01-31 }
`
    const before = await check(attested, '2027-01-31')
    expect(before.code).toBe(EXIT.passed)
    const after = await check(attested, '2027-02-01')
    expect(after.code).toBe(EXIT.failed)
    expect(after.stdout).toContain('the attestation for stable-team expired on 2027-01-31 and has lapsed')
  })
})
