import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { practices } from '../src/practices/index.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * Every practice that looks for jobs lets a policy name them (`practices.<id>.jobs`), for in-house tools the
 * catalog cannot know; and a verdict of absence says which scripts the gate could not read, since they may
 * do what it found missing.
 */

const CLI = path.join(import.meta.dirname, '../dist/cli/index.js')
/** Practices that judge API answers or files alone, never jobs. */
const NOT_JOB_MATCHING = ['protected-default-branch']

describe('the jobs option', () => {
  it.each(practices.filter(p => !NOT_JOB_MATCHING.includes(p.meta.id)).map(p => [p.meta.id, p] as const))(
    '%s takes jobs:',
    (_id, practice) => {
      expect(Object.keys(practice.meta.options)).toContain('jobs')
    }
  )
})

/** In-house tools the catalog cannot know: `./tools/ship` deploys, `./tools/mk` builds. */
const WORKFLOW = `on:
  push:
    branches: [main]
  pull_request:
jobs:
  kiln:
    runs-on: ubuntu-latest
    steps:
      - run: ./tools/mk all
  check:
    runs-on: ubuntu-latest
    steps:
      - run: bash ../shared/ci-steps.sh
  courier:
    needs: [kiln, check]
    runs-on: ubuntu-latest
    steps:
      - run: ./tools/ship --to staging
`

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mg-jobs-option-'))
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  await mkdir(path.join(dir, 'tools'), { recursive: true })
  await writeFile(path.join(dir, '.github/workflows/ci.yml'), WORKFLOW)
  await writeFile(path.join(dir, 'tools/mk'), '#!/bin/sh\n')
  await writeFile(path.join(dir, 'tools/ship'), '#!/bin/sh\n')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function check(policy: string) {
  await writeFile(path.join(dir, '.maturity.yml'), `version: 1\nmodel: cdmm\ntarget: base\n${policy}`)
  const result = await spawnNode([CLI, 'check', '.', '--format', 'json'], {
    cwd: dir,
    env: runnerEnv({ NO_COLOR: '1' })
  })
  const report = JSON.parse(result.stdout) as Report
  return { ...result, finding: (id: string) => report.findings.find(f => f.practice === id) }
}

describe('naming jobs in the policy, through the CLI', () => {
  it('the catalog cannot tell what the in-house tools do: scripted-build and scripted-deploy fail', async () => {
    const result = await check('')
    expect(result.finding('scripted-build')).toMatchObject({ status: 'fail' })
    expect(result.finding('scripted-deploy')).toMatchObject({ status: 'fail' })
  })

  it('named in jobs:, they count, and the evidence says the policy named them', async () => {
    const result = await check(`practices:
  scripted-build: { jobs: [kiln] }
  scripted-deploy: { jobs: ['cour*'] }
`)
    expect(result.finding('scripted-build')).toMatchObject({ status: 'pass' })
    expect(result.finding('scripted-build')?.evidence[0]).toMatchObject({
      kind: 'job',
      job: 'kiln',
      why: { purpose: 'build', rule: 'policy-jobs' }
    })
    expect(result.finding('scripted-deploy')).toMatchObject({ status: 'pass' })
    // The option speaks for its practice alone: naming courier a deploy does not make it a build.
    expect(result.finding('scripted-build')?.message).not.toContain('courier')
  })
})

describe('a script the gate cannot read', () => {
  // A script named for tests (`run-tests.sh`) may run the unit tests: unknown, naming it (§10.2); one named
  // for nothing in particular leaves the practice failing, and its message says what could not be read.
  it('is named in the message of a practice that found nothing, as outside the repository', async () => {
    const result = await check('')
    expect(result.finding('unit-tests')).toMatchObject({ status: 'fail' })
    expect(result.finding('unit-tests')?.message).toBe(
      'no workflow job runs unit tests (the gate could not read `../shared/ci-steps.sh` in `check`: outside the repository, so what it runs is not counted)'
    )
    expect(result.finding('unit-tests')?.evidence).toContainEqual({
      kind: 'note',
      text: 'script ../shared/ci-steps.sh is outside the repository: `../shared/ci-steps.sh` (.github/workflows/ci.yml:13)'
    })
  })

  it('missing from the checkout, it is named as not in the repository', async () => {
    await writeFile(
      path.join(dir, '.github/workflows/ci.yml'),
      WORKFLOW.replace('bash ../shared/ci-steps.sh', './ci/test.sh')
    )
    const result = await check('')
    expect(result.finding('unit-tests')?.message).toContain(
      'the gate could not read `./ci/test.sh` in `check`: not in the repository'
    )
  })
})
