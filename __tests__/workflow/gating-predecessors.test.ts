import { describe, expect, it } from '@jest/globals'
import { createWorkflowGraph } from '../../src/workflow/graph.js'
import { gatingPredecessors } from '../../src/workflow/gating-predecessors.js'
import { evidenceFrom, workflow } from '../helpers/evidence.js'

const chain = (deployIf: string, promoteIf = ''): Record<string, string> =>
  workflow(
    `on: push\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npx playwright test\n  promote:\n    needs: e2e\n${promoteIf}    runs-on: x\n    steps:\n      - run: echo ok\n  deploy:\n    needs: promote\n${deployIf}    runs-on: x\n    steps:\n      - run: ./deploy.sh\n`
  )
const chained = (entryIf: string): Record<string, string> => ({
  ...workflow('name: CI\non: push\njobs:\n  e2e:\n    runs-on: x\n    steps:\n      - run: npm test\n'),
  ...workflow(
    `on:\n  workflow_run:\n    workflows: [CI]\njobs:\n  deploy:\n${entryIf}    runs-on: x\n    steps:\n      - run: ./deploy.sh\n`,
    'deploy.yml'
  )
})

describe('gatingPredecessors', () => {
  const table: Array<[string, Record<string, string>, string, string[], string[]]> = [
    ['needs without conditions gate', chain(''), 'ci.yml', ['promote', 'e2e'], []],
    ['success() is not a status function', chain('    if: success()\n'), 'ci.yml', ['promote', 'e2e'], []],
    ['always() on the deploy gates nothing', chain('    if: always()\n'), 'ci.yml', [], ['deploy']],
    [
      '!cancelled() on a job between stops the gate there',
      chain('', '    if: ${{ !cancelled() }}\n'),
      'ci.yml',
      ['promote'],
      ['promote']
    ],
    [
      'workflow_run that checks success',
      chained("    if: github.event.workflow_run.conclusion == 'success'\n"),
      'deploy.yml',
      ['e2e'],
      []
    ],
    ['workflow_run that does not', chained(''), 'deploy.yml', [], ['workflow_run']]
  ]
  it.each(table)('%s', async (_name, files, file, gating, blockers) => {
    const evidence = await evidenceFrom(files)
    const graph = createWorkflowGraph(evidence.workflows)
    const found = gatingPredecessors(graph, evidence.workflows, {
      workflow: `.github/workflows/${file}`,
      job: 'deploy'
    })
    expect(found.refs.map(r => r.job)).toEqual(gating)
    expect(found.blockers.map(b => (b.kind === 'status-function' ? b.job.job : 'workflow_run'))).toEqual(
      blockers
    )
  })
})
