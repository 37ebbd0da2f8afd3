import { expect, test } from '@jest/globals'
import { renderBadge } from '../../src/report/badge.js'
import { CASES } from './cases.js'

const report = CASES['failing-e2e']

test.each([
  ['above the target', 'expert', 4, 'brightgreen'],
  ['at the target', 'advanced', 3, 'brightgreen'],
  ['one below', 'intermediate', 2, 'yellow'],
  ['two below', 'beginner', 1, 'orange'],
  ['three below', 'base', 0, 'orange'],
  ['no level', null, -1, 'red']
] as const)('%s: %s', (_name, level, levelIndex, color) => {
  expect(renderBadge({ ...report, target: 'advanced', level, levelIndex })).toEqual({
    schemaVersion: 1,
    label: 'maturity',
    message: level ?? 'none',
    color
  })
})
