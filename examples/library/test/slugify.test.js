import assert from 'node:assert/strict'
import { test } from 'node:test'
import { slugify } from '../dist/index.js'

test('slugify', () => {
  assert.equal(slugify('Hello, World!'), 'hello-world')
  assert.equal(slugify('Crème brûlée'), 'creme-brulee')
})
