import { afterEach, describe, expect, it } from '@jest/globals'
import { collectWorkspace } from '../../src/evidence/files.js'
import { workspaceReports } from '../../src/evidence/workspace-reports.js'
import { tempRepo } from '../helpers/temp-repo.js'

const JUNIT =
  '<testsuite tests="2"><testcase name="a"/><testcase name="b"><failure message="boom"/></testcase></testsuite>'
const LCOV = 'SF:a.js\nLF:10\nLH:8\nend_of_record\n'

let remove: (() => Promise<void>) | undefined
afterEach(async () => remove?.())

async function reportsOf(files: Record<string, string>) {
  const repo = await tempRepo(files)
  remove = repo.remove
  return workspaceReports(collectWorkspace(repo.root))
}

describe('workspaceReports', () => {
  it('finds reports by glob among the workspace files and parses them', async () => {
    const reports = await reportsOf({ 'out/junit.xml': JUNIT, 'coverage/lcov.info': LCOV, 'src/a.ts': '' })
    const tests = await reports.tests(['**/junit*.xml'])
    expect(tests.searched).toEqual(['**/junit*.xml'])
    expect(tests.files).toEqual([
      expect.objectContaining({
        file: 'out/junit.xml',
        summary: expect.objectContaining({ tests: 2, failures: 1 })
      })
    ])
    const coverage = await reports.coverage(['**/lcov.info'])
    expect(coverage.files[0]?.summary).toMatchObject({ lines: 80 })
  })

  it('keeps a report that does not parse, with its error', async () => {
    const reports = await reportsOf({ 'junit.xml': '<testsuite><testcase' })
    const { files } = await reports.tests(['junit.xml'])
    expect(files[0]?.summary).toBeUndefined()
    expect(files[0]?.error).toMatch(/JUnit/)
  })

  it('answers the same promise to every practice that asks (each file read once)', async () => {
    const reports = await reportsOf({ 'junit.xml': JUNIT })
    const [first, second] = await Promise.all([reports.tests(['*.xml']), reports.tests(['junit.xml'])])
    expect(first.files[0]).toBe(second.files[0])
  })

  it('finds nothing where nothing matches, and says what it searched', async () => {
    const reports = await reportsOf({ 'README.md': '' })
    expect(await reports.tests(['**/TEST-*.xml'])).toEqual({ searched: ['**/TEST-*.xml'], files: [] })
  })
})
