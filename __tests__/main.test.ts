import { jest, describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { readJson } from './helpers/read-json.js'
import type * as coreModule from '@actions/core'

// Typed mocks of the toolkit (ESM: mock before importing the module under test).
const core = {
  getInput: jest.fn<typeof coreModule.getInput>(),
  setOutput: jest.fn<typeof coreModule.setOutput>(),
  setFailed: jest.fn<typeof coreModule.setFailed>(),
  setSecret: jest.fn<typeof coreModule.setSecret>(),
  info: jest.fn<typeof coreModule.info>(),
  warning: jest.fn<typeof coreModule.warning>(),
  error: jest.fn<typeof coreModule.error>(),
  notice: jest.fn<typeof coreModule.notice>(),
  summary: { addRaw: jest.fn(), write: jest.fn() }
}
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const POLICY = `version: 1
model: custom
levels: [one]
categories: [docs]
target: one
practices:
  policy-exists: { level: one, category: docs, check: files, files: [.maturity.yml] }
`

describe('run()', () => {
  let workspace: string
  let inputs: Record<string, string>

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mg-main-'))
    await writeFile(path.join(workspace, '.maturity.yml'), POLICY)
    process.env.GITHUB_WORKSPACE = workspace
    delete process.env.GITHUB_STEP_SUMMARY
    inputs = { policy: '.maturity.yml', token: 'ghs_secret', 'report-path': 'out/report.json' }
    core.getInput.mockImplementation(name => inputs[name] ?? '')
  })
  afterEach(async () => {
    jest.clearAllMocks()
    delete process.env.GITHUB_WORKSPACE
    await rm(workspace, { recursive: true, force: true })
  })

  it('registers the token as a secret, writes the report and sets every output', async () => {
    await run()
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret')
    const report = readJson(path.join(workspace, 'out/report.json')) as Report
    expect(report.version).toBe(1)
    const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))
    expect(Object.keys(outputs).sort()).toEqual(
      ['level', 'level-index', 'passed', 'regressions', 'report-path', 'target'].sort()
    )
    expect(outputs['report-path']).toBe(path.join(workspace, 'out/report.json'))
    expect(outputs).toMatchObject({
      level: 'one',
      'level-index': '0',
      target: 'one',
      passed: 'true',
      regressions: '0'
    })
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('fails the step when the gate fails in enforce mode', async () => {
    await writeFile(path.join(workspace, '.maturity.yml'), POLICY.replace('[.maturity.yml]', '[missing.txt]'))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith('level none reached, target one: policy-exists does not hold')
  })

  it('annotates each policy error on its line and fails once', async () => {
    await writeFile(
      path.join(workspace, '.maturity.yml'),
      'version: 1\nmodel: cdmm\ntarget: expret\nstrict: maybe\n'
    )
    await run()
    expect(core.error.mock.calls.map(([, properties]) => properties)).toEqual([
      { title: 'maturity-gate: invalid policy', file: '.maturity.yml', startLine: 3, startColumn: 9 },
      { title: 'maturity-gate: invalid policy', file: '.maturity.yml', startLine: 4, startColumn: 9 }
    ])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(/the policy is invalid \(2 errors in .maturity.yml\)/)
  })

  it('writes the outputs relative to the workspace, whatever the working directory', async () => {
    await mkdir(path.join(workspace, 'service'), { recursive: true })
    await writeFile(path.join(workspace, 'service/.maturity.yml'), POLICY)
    inputs['working-directory'] = 'service'
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const report = readJson(path.join(workspace, 'out/report.json')) as Report
    expect(report.passed).toBe(true)
  })

  it('writes SARIF and the badge where the inputs say', async () => {
    inputs['sarif-path'] = 'out/maturity.sarif'
    inputs['badge-path'] = 'out/badge.json'
    await run()
    const sarif = readJson(path.join(workspace, 'out/maturity.sarif')) as { version: string }
    expect(sarif.version).toBe('2.1.0')
    const badge = readJson(path.join(workspace, 'out/badge.json'))
    expect(badge).toMatchObject({ schemaVersion: 1, label: 'maturity', message: 'one' })
  })

  it('annotates a failing required practice on its line', async () => {
    await writeFile(path.join(workspace, '.maturity.yml'), POLICY.replace('[.maturity.yml]', '[missing.txt]'))
    await run()
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining('no file matches missing.txt'),
      expect.objectContaining({ title: expect.stringContaining('policy-exists') })
    )
  })

  it('fails the step when an input has a value outside its choices', async () => {
    inputs.mode = 'strict'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("Input 'mode' is 'strict'; expected one of: enforce, advise.")
  })
})
