import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import type { OrgReport } from '../../src/report/org/merge-org-report.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { AUDITED, ORG, serveOrg } from '../helpers/fixture-org.js'
import { runnerEnv, spawnNode } from '../helpers/spawn.js'

/**
 * The org dashboard in a real browser: the 300-repository fixture org audited through the CLI bundle against
 * the loopback API, its org-dashboard.html opened from disk in Debian's Chromium driven by playwright-core.
 * .ci/run installs Chromium, so in CI (CI=true) a missing browser fails; elsewhere the test is skipped, saying so.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(file => existsSync(file))
if (CHROMIUM === undefined && process.env.CI)
  throw new Error('Chromium is missing: .ci/run should have installed it')
if (CHROMIUM === undefined) {
  console.warn(
    'org dashboard browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)'
  )
}
const maybe = CHROMIUM === undefined ? describe.skip : describe

const bundle = path.join(import.meta.dirname, '../../dist/cli/index.js')
const TOKEN = 'ghs_orgDashboardTokenNeverPrinted00001'

maybe('org-dashboard.html in Chromium', () => {
  let fake: FakeGitHub
  let work: string
  let browser: Browser
  let page: Page
  let report: OrgReport
  const problems: string[] = []
  const requested: string[] = []

  beforeAll(async () => {
    fake = await FakeGitHub.start(TOKEN)
    serveOrg(fake)
    work = await mkdtemp(path.join(os.tmpdir(), 'org-dashboard-'))
    const run = await spawnNode([bundle, 'audit', '--org', ORG, '--output-dir', '.'], {
      cwd: work,
      env: runnerEnv({ GITHUB_API_URL: fake.url, GH_TOKEN: TOKEN })
    })
    if (run.code !== 0) throw new Error(run.stderr)
    report = JSON.parse(await readFile(path.join(work, 'org-report.json'), 'utf8')) as OrgReport
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    page = await browser.newPage()
    page.on('console', message => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', error => problems.push(error.message))
    page.on('request', request => requested.push(request.url()))
    await page.goto(pathToFileURL(path.join(work, 'org-dashboard.html')).href)
  }, 120_000)

  afterAll(async () => {
    await browser.close()
    await fake.close()
    await rm(work, { recursive: true, force: true })
  })

  const rows = () => page.locator('#repositories tbody tr')
  const firstRow = async () => (await rows().first().locator('th, td').allTextContents()).slice(0, 6)
  const select = async (id: string, value: string) => page.selectOption(`#${id}`, value)

  it('renders every audited repository with no console error and no request but the file itself', async () => {
    expect(await rows().count()).toBe(AUDITED.length)
    expect(await page.locator('#shown').textContent()).toBe(
      `${AUDITED.length} of ${AUDITED.length} repositories shown.`
    )
    expect(await page.locator('h1').textContent()).toBe(`Maturity of ${ORG}`)
    expect(problems).toEqual([])
    expect(requested).toEqual([pathToFileURL(path.join(work, 'org-dashboard.html')).href])
  })

  it('shows the distribution of each practice', async () => {
    const practices = page.locator('#practices tbody tr')
    expect(await practices.count()).toBe(Object.keys(report.practices).length)
    const unitTests = page.locator('#practices tbody tr', { hasText: 'unit-tests' })
    const counts = report.practices['unit-tests']
    expect((await unitTests.locator('td').allTextContents()).slice(1)).toEqual(
      [counts?.pass, counts?.fail, counts?.unknown, counts?.waived, counts?.['not-applicable']].map(String)
    )
  })

  it('sorts by a column, both ways, and says so in aria-sort', async () => {
    const level = page.locator('th', { has: page.locator('button[data-key="level"]') })
    await level.locator('button').click()
    expect(await level.getAttribute('aria-sort')).toBe('ascending')
    expect((await firstRow())[2]).toBe('unreadable')
    await level.locator('button').click()
    expect(await level.getAttribute('aria-sort')).toBe('descending')
    expect((await firstRow())[2]).toBe('advanced')
    await page.click('button[data-key="repository"]')
    await page.click('button[data-key="repository"]')
    const last = [...report.entries]
      .map(e => e.repository)
      .sort()
      .at(-1)
    expect((await firstRow())[0]).toBe(last)
    await page.click('button[data-key="repository"]')
  })

  it('filters by tier, level, practice status and name', async () => {
    await select('filter-tier', 'critical')
    expect(await rows().count()).toBe(report.entries.filter(e => e.tier === 'critical').length)
    await select('filter-tier', '')
    await select('filter-level', 'advanced')
    expect(await rows().count()).toBe(report.entries.filter(e => e.level === 'advanced').length)
    await select('filter-level', '')
    await select('filter-practice', 'unit-tests')
    await select('filter-status', 'fail')
    const failing = report.entries.filter(e => e.practices['unit-tests'] === 'fail')
    expect(failing.length).toBeGreaterThan(0)
    expect(await rows().count()).toBe(failing.length)
    await select('filter-practice', '')
    await select('filter-status', '')
    await page.fill('#filter-name', 'svc-00')
    expect(await rows().count()).toBe(report.entries.filter(e => e.repository.includes('svc-00')).length)
    await page.fill('#filter-name', '')
    expect(await rows().count()).toBe(AUDITED.length)
    expect(problems).toEqual([])
  })

  it("draws each repository's trend from its history", async () => {
    const row = page.locator('#repositories tbody tr', { hasText: `${ORG}/svc-013` })
    expect(await row.locator('svg').getAttribute('aria-label')).toBe('trend: base to beginner')
  })

  it('passes the basic accessibility checks: language, labels, headers, names', async () => {
    const count = (selector: string) => page.locator(selector).count()
    const ids = await Promise.all((await page.locator('input, select').all()).map(c => c.getAttribute('id')))
    const labelled = await Promise.all(ids.map(id => count(`label[for="${id ?? ''}"]`)))
    const audit = {
      lang: await page.locator('html').getAttribute('lang'),
      title: await page.title(),
      unlabelled: ids.filter((_, i) => labelled[i] !== 1),
      headersWithoutScope: await count('thead th:not([scope])'),
      tablesWithoutCaption: await count('table:not(:has(caption))'),
      rowHeaders: await count('#repositories tbody th[scope="row"]'),
      namelessButtons: (await page.locator('button').allTextContents()).filter(text => text.trim() === '')
        .length,
      unnamedImages: await count('[role="img"]:not([aria-label])'),
      headings: [await count('h1'), await count('h2')],
      csp: await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    }
    expect(ids.length).toBe(5)
    expect(audit).toEqual({
      lang: 'en',
      title: `Maturity of ${ORG}`,
      unlabelled: [],
      headersWithoutScope: 0,
      tablesWithoutCaption: 0,
      rowHeaders: AUDITED.length,
      namelessButtons: 0,
      unnamedImages: 0,
      headings: [1, 2],
      csp: expect.stringContaining("default-src 'none'")
    })
  })
})
