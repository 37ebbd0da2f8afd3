import { expect, it } from '@jest/globals'
import path from 'node:path'
import { VERSION } from '../src/core/version.js'
import { readJson } from './helpers/read-json.js'

it('VERSION is the version in package.json', () => {
  const pkg = readJson(path.join(import.meta.dirname, '../package.json')) as { version: string }
  expect(VERSION).toBe(pkg.version)
})
