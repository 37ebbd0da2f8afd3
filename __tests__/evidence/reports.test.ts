import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  readCoverageFile,
  readJunitFile,
  readMetricsFile,
  ReportFileError
} from '../../src/evidence/reports.js'
import { JunitError } from '../../src/parsers/junit.js'

const JUNIT =
  '<testsuites><testsuite><testcase name="a"/><testcase name="b"><failure message="x"/></testcase></testsuite></testsuites>'

let base: string
let root: string
let outside: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'reports-test-'))
  root = join(base, 'repo')
  outside = join(base, 'outside')
  const files: Record<string, string> = {
    'reports/junit-unit.xml': JUNIT,
    'reports/junit-broken.xml': '<testsuites><testsuite>',
    'reports/sub/TEST-com.example.xml': JUNIT,
    'coverage/lcov.info': 'SF:a\nDA:1,1\nDA:2,0\nend_of_record\n',
    'metrics/candidate.yaml': 'eval:\n  auc: 0.9\n',
    'metrics/huge.json': ''
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true })
    await writeFile(join(root, file), text)
  }
  // A sparse file: larger than the read limit without writing 51 MB.
  await truncate(join(root, 'metrics/huge.json'), 51 * 1024 * 1024)
  await mkdir(outside, { recursive: true })
  await writeFile(join(outside, 'junit-secret.xml'), JUNIT)
  await symlink(join(outside, 'junit-secret.xml'), join(root, 'reports/junit-escape.xml'))
  await symlink('junit-unit.xml', join(root, 'reports/junit-alias.xml'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('report readers', () => {
  it('streams a JUnit report', async () => {
    await expect(readJunitFile(root, 'reports/sub/TEST-com.example.xml')).resolves.toMatchObject({
      tests: 2,
      failures: 1,
      failingCases: [{ name: 'b', message: 'x' }]
    })
  })

  // A monorepo leaves thousands of small reports, read all at once (workspaceReports): holding each open until
  // the others were read ran out of file descriptors where the limit is 256 (macOS) and kept every parser.
  it.each(existsSync('/proc/self/fd') ? ['/proc/self/fd'] : [])(
    'closes a small report before the next one is opened (%s counted)',
    async fds => {
      const before = readdirSync(fds).length
      const reading = Array.from({ length: 500 }, () => readJunitFile(root, 'reports/junit-unit.xml'))
      const during = readdirSync(fds).length
      await expect(Promise.all(reading)).resolves.toHaveLength(500)
      expect(during - before).toBeLessThan(5)
    }
  )

  it('follows a symlink that stays inside the workspace', async () => {
    await expect(readJunitFile(root, 'reports/junit-alias.xml')).resolves.toMatchObject({ tests: 2 })
  })

  it('passes parse errors through with their position', async () => {
    await expect(readJunitFile(root, 'reports/junit-broken.xml')).rejects.toThrow(JunitError)
  })

  it('reads coverage and metrics files', async () => {
    await expect(readCoverageFile(root, 'coverage/lcov.info')).resolves.toEqual({
      format: 'lcov',
      lines: 50,
      branches: null
    })
    await expect(readMetricsFile(root, 'metrics/candidate.yaml')).resolves.toEqual({ eval: { auc: 0.9 } })
  })

  const refused: Array<{ name: string; read: () => Promise<unknown>; reason: RegExp }> = [
    {
      name: 'a symlink leaving the workspace',
      read: () => readJunitFile(root, 'reports/junit-escape.xml'),
      reason: /outside the workspace/
    },
    {
      name: 'a path with ..',
      read: () => readMetricsFile(root, '../outside/junit-secret.xml'),
      reason: /'\.\.' leaves/
    },
    {
      name: 'an absolute path',
      read: () => readCoverageFile(root, join(outside, 'junit-secret.xml')),
      reason: /absolute path/
    },
    { name: 'a missing file', read: () => readCoverageFile(root, 'coverage/none.info'), reason: /not found/ },
    { name: 'a directory', read: () => readJunitFile(root, 'reports'), reason: /not a regular file/ },
    {
      name: 'a file over the size limit',
      read: () => readMetricsFile(root, 'metrics/huge.json'),
      reason: /51 MB is larger than the 50 MB/
    }
  ]

  it.each(refused)('refuses $name', async ({ read, reason }) => {
    await expect(read()).rejects.toThrow(ReportFileError)
    await expect(read()).rejects.toThrow(reason)
  })
})
