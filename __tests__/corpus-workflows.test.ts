import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir, corpusFiles, corpusSets } from './helpers/corpus.js'
import { collectWorkflows } from '../src/evidence/workflows.js'
import { workspaceFromFiles } from '../src/evidence/workspace-from-files.js'
import type { Workflow, WorkflowProblem } from '../src/workflow/model.js'

/**
 * Golden summaries of real workflow sets (copied from the shared corpus, see each PROVENANCE.md):
 * every file must parse with exactly the problems a human checked (none, for most sets), and the parsed jobs, needs, environments and calls must stay
 * as a human checked them. `UPDATE_GOLDEN=1` rewrites the goldens; review the diff before committing.
 */

const sets = corpusSets()

function summary(workflows: Workflow[], problems: WorkflowProblem[]) {
  return {
    problems: problems.map(p => `${p.location.file}:${p.location.line}:${p.location.column} ${p.message}`),
    workflows: workflows.map(w => ({
      file: w.file,
      name: w.name,
      triggers: w.triggers.map(t =>
        [
          t.event,
          ...Object.entries({
            branches: t.branches,
            'branches-ignore': t.branchesIgnore,
            tags: t.tags,
            paths: t.paths,
            'paths-ignore': t.pathsIgnore,
            types: t.types,
            workflows: t.workflows,
            crons: t.crons
          })
            .filter(([, values]) => values.length > 0)
            .map(([key, values]) => `${key}=${values.join(',')}`)
        ].join(' ')
      ),
      jobs: w.jobs.map(j => ({
        id: j.id,
        at: `${j.location.file}:${j.location.line}:${j.location.column}`,
        ...(j.needs.length > 0 && { needs: j.needs }),
        ...(j.environment && { environment: j.environment.name }),
        ...(j.uses && { uses: j.uses }),
        ...(j.opaqueReason && { opaque: j.opaqueReason }),
        steps: j.steps.length,
        ...(j.steps.some(s => s.fromAction) && { inlinedSteps: j.steps.filter(s => s.fromAction).length })
      }))
    }))
  }
}

describe.each(sets)('corpus workflow set %s', set => {
  it('parses without problems and matches its golden summary', async () => {
    const { workflows, problems } = await collectWorkflows(workspaceFromFiles(corpusFiles(set)))
    expect(workflows.length).toBeGreaterThan(0)
    const actual = summary(workflows, problems)
    const golden = join(corpusDir, set, 'workflows.golden.json')
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n')
    }
    // The problems are part of the golden: a set may hold a workflow GitHub itself cannot run (novu's steps
    // that `uses:` a workflow file), and the gate must say so rather than crash or stay silent.
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
  })
})
