import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { collectWorkspace } from '../../src/evidence/files.js'
import { workspaceReports } from '../../src/evidence/workspace-reports.js'
import { gitRepo } from '../helpers/git-repo.js'
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
    expect(await reports.tests(['**/TEST-*.xml'])).toEqual({
      searched: ['**/TEST-*.xml'],
      files: [],
      committed: []
    })
  })
})

describe('workspaceReports in a git checkout', () => {
  it('does not read a report HEAD holds unchanged: no run wrote it; it names it instead', async () => {
    const repo = gitRepo()
    try {
      repo.commit({ 'src/testcases/TEST-sample.xml': JUNIT, 'coverage/lcov.info': LCOV })
      writeFileSync(path.join(repo.root, 'TEST-run.xml'), '<testsuite><testcase name="a"/></testsuite>')
      const reports = workspaceReports(collectWorkspace(repo.root))
      const tests = await reports.tests(['**/TEST-*.xml'])
      expect(tests.files.map(f => f.file)).toEqual(['TEST-run.xml'])
      expect(tests.committed).toEqual(['src/testcases/TEST-sample.xml'])
      expect(await reports.coverage(['**/lcov.info'])).toEqual({
        searched: ['**/lcov.info'],
        files: [],
        committed: ['coverage/lcov.info']
      })
    } finally {
      repo.remove()
    }
  })

  it('reads a committed report the run rewrote', async () => {
    const repo = gitRepo()
    try {
      repo.commit({ 'reports/junit.xml': JUNIT })
      writeFileSync(path.join(repo.root, 'reports/junit.xml'), '<testsuite><testcase name="a"/></testsuite>')
      const tests = await workspaceReports(collectWorkspace(repo.root)).tests(['**/junit*.xml'])
      expect(tests.files).toEqual([
        expect.objectContaining({
          file: 'reports/junit.xml',
          summary: expect.objectContaining({ failures: 0 })
        })
      ])
      expect(tests.committed).toEqual([])
    } finally {
      repo.remove()
    }
  })

  it('asks git once, and only when a search matches a file', async () => {
    let asked = 0
    const repo = await tempRepo({ 'junit.xml': JUNIT })
    remove = repo.remove
    const reports = workspaceReports(collectWorkspace(repo.root), () => {
      asked++
      return Promise.resolve(new Set<string>())
    })
    await reports.tests(['none/**/*.xml'])
    expect(asked).toBe(0)
    await Promise.all([reports.tests(['junit.xml']), reports.coverage(['*.xml'])])
    expect(asked).toBe(1)
  })
})
