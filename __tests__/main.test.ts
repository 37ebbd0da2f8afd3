import { jest, describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
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

describe('run()', () => {
  let workspace: string
  let inputs: Record<string, string>

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mg-main-'))
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
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report.json'), 'utf8'))
    expect(report.version).toBe(1)
    const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))
    expect(Object.keys(outputs).sort()).toEqual(
      ['level', 'level-index', 'passed', 'regressions', 'report-path', 'target'].sort()
    )
    expect(outputs['report-path']).toBe(path.join(workspace, 'out/report.json'))
  })

  it('fails the step once with the input error when an unsupported input is set', async () => {
    inputs['sarif-path'] = 'out.sarif'
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(/sarif-path: out\.sarif.*not supported/)
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  it('fails the step when an input has a value outside its choices', async () => {
    inputs.mode = 'strict'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("Input 'mode' is 'strict'; expected one of: enforce, advise.")
  })
})
