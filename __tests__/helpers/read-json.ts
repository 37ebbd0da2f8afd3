import { readFileSync } from 'node:fs'

/** A JSON file's value, for the test to assert the shape it expects (`readJson(file) as Report`). */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}
