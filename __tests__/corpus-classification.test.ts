import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir, corpusFiles, corpusSets } from './helpers/corpus.js'
import { collectWorkflows } from '../src/evidence/workflows.js'
import { workspaceFromFiles } from '../src/evidence/workspace-from-files.js'
import { classifyJob } from '../src/workflow/classify-step.js'
import type { Workflow } from '../src/workflow/model.js'

/**
 * What every job of the real workflow sets (copied from the shared corpus, see each PROVENANCE.md) is
 * classified as, with the rule and command behind each purpose, checked by a human against the corpus
 * labels' `why` texts. `UPDATE_GOLDEN=1` rewrites the goldens; review the diff before committing.
 */

const sets = corpusSets()

function classification(workflows: Workflow[], read: (file: string) => string | undefined) {
  return Object.fromEntries(
    workflows.map(w => [
      w.file,
      Object.fromEntries(
        w.jobs.map(job => {
          const results = classifyJob(job, read)
          const evidence = results.map(r => {
            const s = r.step === undefined ? undefined : job.steps[r.step]
            const where = s
              ? `step ${r.step} '${s.name ?? s.id ?? s.uses ?? ''}' l.${s.location.line}`
              : 'job'
            const what = r.command === undefined ? '' : `: ${r.command}`
            const via = r.via.length > 0 ? ` (via ${r.via.join(' > ')})` : ''
            return `${r.purpose} by ${r.rule} at ${where}${what}${via}`
          })
          return [job.id, { purposes: [...new Set(results.map(r => r.purpose))], evidence }]
        })
      )
    ])
  )
}

describe.each(sets)('corpus classification %s', set => {
  it('matches its golden classification', async () => {
    const files = corpusFiles(set)
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const actual = classification(workflows, file => files[file])
    const golden = join(corpusDir, set, 'classification.golden.json')
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n')
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
  })
})
