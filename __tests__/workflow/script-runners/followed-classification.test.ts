import { describe, expect, it } from '@jest/globals'
import { classifyJob } from '../../../src/workflow/classify-step.js'
import type { Job, Step } from '../../../src/workflow/model.js'

const at = { file: '.github/workflows/train.yml', line: 1, column: 1 }
const step = (fields: Partial<Step>): Step => ({
  index: 0,
  with: {},
  continueOnError: false,
  location: at,
  ...fields
})
const job = (steps: Step[]): Job => ({
  id: 'workloads',
  needs: [],
  services: [],
  outputs: {},
  with: {},
  steps,
  location: at
})
const purposes = (steps: Step[], files: Record<string, string>): string[] =>
  [...new Set(classifyJob(job(steps), file => files[file]).map(r => `${r.purpose} by ${r.rule}`))].sort()

describe('what followed definitions add to a step classification', () => {
  it('a purpose a definition states outright is evidence, with its place in the chain', () => {
    const results = classifyJob(
      job([step({ name: 'Submit', run: 'az ml job create -f jobs/train.yml' })]),
      file => ({ 'jobs/train.yml': 'experiment_name: taxi\ncommand: python fit.py\n' })[file]
    )
    expect(results.find(r => r.rule === 'definition')).toEqual({
      purpose: 'experiment-tracking',
      rule: 'definition',
      command: 'experiment_name: taxi',
      via: ['az ml job create -f jobs/train.yml', 'jobs/train.yml:1 experiment_name: taxi'],
      // Second in the step's order: the submit command comes first, then what its spec states.
      order: 1,
      step: 0
    })
  })

  it('a test a followed script swallows (no set -e, output to a file, and it goes on) is no test (§11)', () => {
    const files = { 'ci/run.sh': 'pytest tests > out.txt 2>&1\npython train.py\n' }
    expect(purposes([step({ name: 'Run', run: 'bash ci/run.sh' })], files)).toEqual([
      'training by train-script'
    ])
  })

  it('the same test under set -e is a unit test', () => {
    const files = { 'ci/run.sh': 'set -e\npytest tests > out.txt 2>&1\npython train.py\n' }
    expect(purposes([step({ name: 'Run', run: 'bash ci/run.sh' })], files)).toEqual([
      'training by train-script',
      'unit-test by pytest'
    ])
  })
})
