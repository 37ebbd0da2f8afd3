import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** A first install and test run on the oldest supported Node says nothing alarming (issue 19, item 13). */

const root = path.join(import.meta.dirname, '..')
const semver = createRequire(import.meta.url)('semver') as {
  satisfies: (v: string, range: string) => boolean
}
/** The oldest Node 20 the dev tools (eslint 10, typescript-eslint) install on. */
const OLDEST_NODE_20 = '20.19.0'

interface Lock {
  packages: Record<string, { engines?: { node?: string } | string[] }>
}

describe('npm ci on Node 20', () => {
  it('every locked package admits Node 20, so npm ci prints no EBADENGINE warning', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock
    const refusing = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
      return range === undefined || semver.satisfies(OLDEST_NODE_20, range) ? [] : [`${name} (${range})`]
    })
    expect(refusing).toEqual([])
  })
})

describe('npm test', () => {
  it('prints no ExperimentalWarning for the VM modules jest runs on', () => {
    const run = spawnSync('npm', ['test', '--', '--maxWorkers=1', '__tests__/version.test.ts'], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('1 passed')
    expect(run.stderr).not.toContain('ExperimentalWarning')
  })
})
