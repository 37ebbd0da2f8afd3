import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { VERSION } from '../src/core/version.js'

it('VERSION is the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../package.json'), 'utf8'))
  expect(VERSION).toBe(pkg.version)
})
