import { expect } from '@jest/globals'

/**
 * No code is generated at run time (design §11: no eval): zod would compile a fast path for each object schema
 * with `new Function` unless told not to before the first schema is built, so each entry must say so before
 * any of its imports builds one. Jest gives every test file its own modules, and zod keeps its setting per
 * load: one test file per entry, each watching `Function` from its start.
 */

const generated: string[] = []
globalThis.Function = new Proxy(Function, {
  construct(target, args, newTarget) {
    generated.push(String(args.at(-1)).slice(0, 80))
    return Reflect.construct(target, args, newTarget) as object
  }
})

const POLICY = `version: 1
model: cdmm
target: expert
practices:
  coverage-threshold: { min: 80 }
  smoke:
    level: intermediate
    category: test-verification
    check: workflow
    run: 'npm test'
`

/** Loads an entry, then parses a policy with built-in and custom practice options: no `new Function` on the way. */
export async function expectNoCodeGenerated(loadEntry: () => Promise<unknown>): Promise<void> {
  await loadEntry()
  const { loadPolicy } = await import('../../src/policy/load.js')
  expect(loadPolicy(POLICY, '.maturity.yml', { today: '2026-11-29' })).toMatchObject({ ok: true })
  expect(generated).toEqual([])
}
