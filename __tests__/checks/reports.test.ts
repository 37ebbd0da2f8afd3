import { describe, expect, it } from '@jest/globals'
import { reportsCheck } from '../../src/checks/reports.js'
import { contextFor, evidenceFrom } from '../helpers/evidence.js'
import { reportsFrom } from '../helpers/reports-from.js'

const suite = (cases: string) => `<testsuite>${cases}</testsuite>`
const PASSING = suite('<testcase name="a"/><testcase name="b"/>')
const FAILING = suite(
  '<testcase name="a"/><testcase classname="Cart" name="adds"><failure message="x"/></testcase>'
)

describe('the reports check', () => {
  it.each<{
    name: string
    reports: Record<string, string>
    committed?: string[]
    min: number
    status: string
    messageId: string
    mention?: string
  }>([
    {
      name: 'passing reports',
      reports: { 'out/junit.xml': PASSING },
      min: 1,
      status: 'pass',
      messageId: 'passing'
    },
    { name: 'none found', reports: {}, min: 1, status: 'fail', messageId: 'none' },
    {
      name: 'only committed reports: none of this run, the committed ones named',
      reports: {},
      committed: ['e2e/junit.xml', 'old/junit.xml'],
      min: 1,
      status: 'fail',
      messageId: 'none',
      mention:
        'no test report matches **/junit.xml; the 2 files matching them are committed unchanged (e2e/junit.xml, old/junit.xml): no run wrote them, and they were not read'
    },
    {
      name: 'a failing case, named',
      reports: { 'out/junit.xml': FAILING },
      min: 1,
      status: 'fail',
      messageId: 'failing',
      mention: '`Cart.adds`'
    },
    {
      name: 'an unreadable report is unknown',
      reports: { 'out/junit.xml': '<html>' },
      min: 1,
      status: 'unknown',
      messageId: 'unreadable'
    },
    {
      name: 'fewer tests than min-tests',
      reports: { 'out/junit.xml': PASSING },
      min: 3,
      status: 'fail',
      messageId: 'too-few'
    }
  ])('$name', async ({ reports, committed, min, status, messageId, mention }) => {
    const evidence = await evidenceFrom({}, { reports: reportsFrom(reports, committed) })
    const finding = await reportsCheck.check(contextFor('e2e-results', evidence), {
      reports: ['**/junit.xml'],
      'min-tests': min
    })
    expect(finding).toMatchObject({ status, messageId })
    if (mention) expect(finding.message).toContain(mention)
  })
})

describe('skipped cases', () => {
  it('a report of skips only does not satisfy min-tests', async () => {
    const skipped = suite('<testcase name="a"><skipped/></testcase><testcase name="b"><skipped/></testcase>')
    const evidence = await evidenceFrom({}, { reports: reportsFrom({ 'junit.xml': skipped }) })
    const finding = await reportsCheck.check(contextFor('x', evidence), {
      reports: ['junit.xml'],
      'min-tests': 1
    })
    expect(finding).toMatchObject({ status: 'fail', messageId: 'too-few' })
    expect(finding.message).toContain('hold 0 executed test(s)')
  })
})
