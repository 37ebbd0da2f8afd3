import { describe, expect, it } from '@jest/globals'
import { CATALOG } from '../../../src/workflow/catalog/catalog.js'
import type { NameEntry, RunEntry, UsesEntry } from '../../../src/workflow/catalog/entry.js'
import type { Classification } from '../../../src/workflow/classification.js'
import { classifyJob, classifyStep } from '../../../src/workflow/classify-step.js'
import type { Job, Step } from '../../../src/workflow/model.js'

/**
 * Every catalog entry's examples, read back through the real classification with nothing on disk: each must
 * land on the entry that gives it (`run` and `uses`: its id and purpose; `name`: its purpose, which is all a
 * name reports). A pattern edited so that it no longer matches what it was written for fails here.
 */

const at = { file: '.github/workflows/ci.yml', line: 1, column: 1 }
const step = (fields: Partial<Step>): Step => ({
  index: 0,
  with: {},
  continueOnError: false,
  location: at,
  ...fields
})
const job = (fields: Partial<Job>): Job => ({
  id: 'j',
  needs: [],
  services: [],
  outputs: {},
  with: {},
  steps: [],
  location: at,
  ...fields
})
const noFiles = (): undefined => undefined
/** A step that does something, so that the name of it or its job counts. */
const work = { run: 'some-tool --flag' }
const rules = (found: Classification[]): string[] => found.map(c => `${c.rule} ${c.purpose}`)

const runs = CATALOG.filter((e): e is RunEntry => e.kind === 'run')
const actions = CATALOG.filter((e): e is UsesEntry => e.kind === 'uses')
const names = CATALOG.filter((e): e is NameEntry => e.kind === 'name')

describe('catalog examples', () => {
  it('gives every entry at least one example', () => {
    expect(CATALOG.filter(e => e.examples.length === 0).map(e => `${e.kind} ${e.id}`)).toEqual([])
  })

  it.each(runs.flatMap(e => e.examples.map(run => [e.id, e.purpose, run] as const)))(
    'run %s (%s) recognises `%s`',
    (id, purpose, run) => {
      const found = classifyStep(step({ run }), noFiles).filter(c => c.command !== undefined)
      expect(rules(found)).toContain(`${id} ${purpose}`)
    }
  )

  it.each(
    actions.flatMap(e =>
      e.examples.map(x => [e.id, e.purpose, typeof x === 'string' ? { uses: x, with: {} } : x] as const)
    )
  )('uses %s (%s) recognises %j', (id, purpose, call) => {
    // A reusable workflow is called by a job, an action by a step.
    const found = call.uses.includes('/.github/workflows/')
      ? classifyJob(job(call), noFiles)
      : classifyStep(step(call), noFiles)
    expect(rules(found.filter(c => c.command === undefined))).toContain(`${id} ${purpose}`)
  })

  it.each(names.flatMap(e => e.examples.map(title => [e.id, e.purpose, title] as const)))(
    '%s (%s) recognises %j as a step and as a job',
    (_id, purpose, title) => {
      const asStep = classifyStep(step({ name: title, ...work }), noFiles)
      const asJob = classifyJob(job({ id: title, steps: [step(work)] }), noFiles)
      expect(rules(asStep)).toContain(`step-name ${purpose}`)
      expect(rules(asJob)).toContain(`job-name ${purpose}`)
    }
  )
})
