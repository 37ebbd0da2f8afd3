import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectWorkflows } from '../src/evidence/workflows.js'
import { workspaceFromFiles } from '../src/evidence/workspace-from-files.js'
import type { Workflow, WorkflowProblem } from '../src/workflow/model.js'

/**
 * Golden summaries of real workflow sets (copied from the shared corpus, see each PROVENANCE.md):
 * every file must parse without problems, and the parsed jobs, needs, environments and calls must stay
 * as a human checked them. `UPDATE_GOLDEN=1` rewrites the goldens; review the diff before committing.
 */

const corpus = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url))
const sets = readdirSync(corpus, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()

function filesUnder(root: string, dir = join(root, '.github')): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) Object.assign(files, filesUnder(root, path))
    else files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8')
  }
  return files
}

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
    const { workflows, problems } = await collectWorkflows(workspaceFromFiles(filesUnder(join(corpus, set))))
    expect(workflows.length).toBeGreaterThan(0)
    const actual = summary(workflows, problems)
    const golden = join(corpus, set, 'workflows.golden.json')
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n')
    }
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
    expect(problems).toEqual([])
  })
})
