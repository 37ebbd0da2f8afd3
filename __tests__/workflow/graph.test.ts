import { describe, expect, it } from '@jest/globals'
import { collectWorkflows } from '../../src/evidence/workflows.js'
import { workspaceFromFiles } from '../../src/evidence/workspace-from-files.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { createWorkflowGraph } from '../../src/workflow/graph.js'
import type { Workflow } from '../../src/workflow/model.js'
import { defined } from '../helpers/defined.js'

function workflow(file: string, text: string): Workflow {
  const { workflow: parsed, problems } = parseWorkflow(text, file)
  expect(problems).toEqual([])
  return defined(parsed, 'a workflow')
}

/** `jobs` lines are `id: needs…` shorthand; `ifs` gives jobs an `if:`. */
function pipeline(
  file: string,
  on: string,
  jobs: Record<string, string[]>,
  ifs: Record<string, string> = {}
): Workflow {
  const body = Object.entries(jobs)
    .map(([id, needs]) => {
      const condition = ifs[id] ? `\n    if: ${JSON.stringify(ifs[id])}` : ''
      return `  ${id}:\n    runs-on: x\n    needs: [${needs.join(', ')}]${condition}\n    steps: [{ run: echo }]`
    })
    .join('\n')
  return workflow(file, `${on}\njobs:\n${body}\n`)
}

const ci = pipeline('ci.yml', 'name: CI\non: [push, pull_request]', {
  build: [],
  test: ['build'],
  lint: [],
  e2e: ['test', 'lint'],
  deploy: ['e2e']
})

describe('predecessors and precedes', () => {
  const graph = createWorkflowGraph([ci])
  const ref = (job: string) => ({ workflow: 'ci.yml', job })

  it.each([
    ['build', []],
    ['test', ['build']],
    ['e2e', ['build', 'lint', 'test']],
    ['deploy', ['build', 'e2e', 'lint', 'test']]
  ])('predecessors of %s', (job, expected) => {
    expect(
      graph
        .predecessors(ref(job))
        .map(p => p.job)
        .sort()
    ).toEqual(expected)
  })

  it.each([
    ['build', 'deploy', true],
    ['lint', 'e2e', true],
    ['deploy', 'build', false],
    ['lint', 'test', false],
    ['build', 'build', false]
  ])('%s precedes %s: %s', (a, b, expected) => {
    expect(graph.precedes(ref(a), ref(b))).toBe(expected)
  })

  it('survives a needs cycle', () => {
    // The parser refuses a file with a cycle (GitHub does too); the graph still survives one built by hand.
    const acyclic = pipeline('c.yml', 'on: push', { a: [], b: ['a'] })
    const cyclic = {
      ...acyclic,
      jobs: acyclic.jobs.map(job => (job.id === 'a' ? { ...job, needs: ['b'] } : job))
    }
    const g = createWorkflowGraph([cyclic])
    expect(g.precedes({ workflow: 'c.yml', job: 'b' }, { workflow: 'c.yml', job: 'a' })).toBe(true)
  })
})

describe('workflow_run chains', () => {
  const cd = (types: string, condition?: string) =>
    pipeline(
      'cd.yml',
      `on:\n  workflow_run:\n    workflows: [CI]\n    types: ${types}`,
      { release: [], smoke: ['release'] },
      condition ? { release: condition } : {}
    )

  it.each([
    {
      name: 'completed, gated on success',
      types: '[completed]',
      condition: "github.event.workflow_run.conclusion == 'success'",
      edge: true,
      requiresSuccess: true
    },
    {
      name: 'completed, not gated',
      types: '[completed]',
      condition: undefined,
      edge: true,
      requiresSuccess: false
    },
    {
      name: 'requested only',
      types: '[requested]',
      condition: undefined,
      edge: false,
      requiresSuccess: false
    }
  ])('$name', ({ types, condition, edge, requiresSuccess }) => {
    const graph = createWorkflowGraph([ci, cd(types, condition)])
    expect(graph.precedes({ workflow: 'ci.yml', job: 'deploy' }, { workflow: 'cd.yml', job: 'smoke' })).toBe(
      edge
    )
    expect(graph.workflowRunEdges.map(e => [e.upstream, e.downstream, e.requiresSuccess])).toEqual(
      edge ? [['ci.yml', 'cd.yml', requiresSuccess]] : []
    )
  })

  it('names an unnamed upstream by its file path', () => {
    const unnamed = pipeline('.github/workflows/a.yml', 'on: push', { a: [] })
    const down = pipeline('b.yml', 'on:\n  workflow_run:\n    workflows: [.github/workflows/a.yml]', {
      b: []
    })
    const graph = createWorkflowGraph([unnamed, down])
    expect(
      graph.precedes({ workflow: '.github/workflows/a.yml', job: 'a' }, { workflow: 'b.yml', job: 'b' })
    ).toBe(true)
  })
})

describe('eventsOf and isAutomatic', () => {
  const on = 'on:\n  push:\n    branches: [main]\n  pull_request:\n  workflow_dispatch:'
  const cases: Array<{ condition?: string; on?: string; events: string[]; automatic: boolean }> = [
    { condition: undefined, events: ['pull_request', 'push', 'workflow_dispatch'], automatic: true },
    { condition: "github.event_name == 'push'", events: ['push'], automatic: true },
    { condition: "${{ 'push' == github.event_name }}", events: ['push'], automatic: true },
    {
      condition: "github.event_name != 'pull_request'",
      events: ['push', 'workflow_dispatch'],
      automatic: true
    },
    { condition: "github.ref == 'refs/heads/main'", events: ['push', 'workflow_dispatch'], automatic: true },
    {
      condition: "github.event_name == 'workflow_dispatch'",
      events: ['workflow_dispatch'],
      automatic: false
    },
    {
      condition: "github.event_name == 'push' || github.event_name == 'workflow_dispatch'",
      events: ['push', 'workflow_dispatch'],
      automatic: true
    },
    {
      condition: "github.event_name == 'push' && github.event_name == 'workflow_dispatch'",
      events: [],
      automatic: false
    },
    { condition: "startsWith(github.ref, 'refs/tags/')", events: ['workflow_dispatch'], automatic: false },
    {
      condition: "startsWith(github.ref, 'refs/tags/')",
      on: 'on:\n  push:\n    tags: [v*]\n  pull_request:',
      events: ['push'],
      automatic: true
    },
    {
      condition: "github.ref == 'refs/heads/main'",
      on: 'on:\n  push:\n    tags: [v*]\n  release:',
      events: [],
      automatic: false
    },
    {
      condition: "startsWith(github.ref, 'refs/tags/')",
      on: 'on:\n  push:\n    branches: [main]\n  pull_request:',
      events: [],
      automatic: false
    },
    {
      condition: "(github.event_name == 'push')",
      events: ['pull_request', 'push', 'workflow_dispatch'],
      automatic: true
    },
    {
      condition: 'contains(github.event.head_commit.message, "deploy")',
      events: ['pull_request', 'push', 'workflow_dispatch'],
      automatic: true
    },
    { condition: undefined, on: 'on: workflow_dispatch', events: ['workflow_dispatch'], automatic: false },
    {
      condition: undefined,
      on: 'on:\n  schedule:\n    - cron: "0 0 * * *"',
      events: ['schedule'],
      automatic: true
    },
    {
      condition: undefined,
      on: 'on:\n  release:\n    types: [published]',
      events: ['release'],
      automatic: true
    },
    {
      condition: "github.event.action == 'closed' && github.event.pull_request.merged == true",
      on: 'on:\n  pull_request:\n    types: [opened, closed]\n  workflow_dispatch:',
      events: ['pull_request (merged)', 'workflow_dispatch'],
      automatic: true
    },
    {
      condition: '${{ github.event.pull_request.merged }}',
      on: 'on:\n  pull_request_target:\n    types: [closed]',
      events: ['pull_request (merged)'],
      automatic: true
    },
    {
      // Without `closed` activity a pull request never arrives merged: the job runs only on push.
      condition: 'github.event.pull_request.merged == true',
      on: 'on:\n  push:\n  pull_request:',
      events: ['push'],
      automatic: true
    },
    {
      // Merged or not, in the other order: no narrowing of the pull request.
      condition: 'github.event.pull_request.merged == false',
      on: 'on:\n  pull_request:\n    types: [closed]',
      events: ['pull_request'],
      automatic: true
    }
  ]

  it.each(cases)('case %# — if: $condition', ({ condition, on: trigger, events, automatic }) => {
    const w = pipeline('w.yml', trigger ?? on, { job: [] }, condition ? { job: condition } : {})
    const graph = createWorkflowGraph([w])
    expect([...graph.eventsOf({ workflow: 'w.yml', job: 'job' })].sort()).toEqual(events)
    expect(graph.isAutomatic({ workflow: 'w.yml', job: 'job' })).toBe(automatic)
  })

  it('skips a job on the events its needs do not run on, unless its if uses a status function', () => {
    const w = pipeline(
      'w.yml',
      'on: [push, pull_request]',
      { build: [], deploy: ['build'], notify: ['build'] },
      { build: "github.event_name == 'push'", notify: 'always()' }
    )
    const graph = createWorkflowGraph([w])
    expect([...graph.eventsOf({ workflow: 'w.yml', job: 'deploy' })]).toEqual(['push'])
    expect([...graph.eventsOf({ workflow: 'w.yml', job: 'notify' })].sort()).toEqual(['pull_request', 'push'])
  })

  it('treats workflow_run as automatic only when an upstream is', () => {
    const manual = pipeline('m.yml', 'name: Manual\non: workflow_dispatch', { a: [] })
    const auto = pipeline('p.yml', 'name: Auto\non: push', { a: [] })
    const after = (name: string) =>
      pipeline('d.yml', `on:\n  workflow_run:\n    workflows: [${name}]`, { d: [] })
    const ref = { workflow: 'd.yml', job: 'd' }
    expect(createWorkflowGraph([manual, after('Manual')]).isAutomatic(ref)).toBe(false)
    expect(createWorkflowGraph([auto, after('Auto')]).isAutomatic(ref)).toBe(true)
    expect(createWorkflowGraph([after('Elsewhere')]).isAutomatic(ref)).toBe(true)
  })

  it('treats repository_dispatch as automatic unless only manually started jobs here send its types', () => {
    const sender = (file: string, on: string, step: string) =>
      workflow(file, `${on}\njobs:\n  send:\n    runs-on: x\n    steps:\n${step}`)
    const viaAction = (type: string, repository = '') =>
      `      - uses: peter-evans/repository-dispatch@v3\n        with:\n${repository}          event-type: ${type}\n`
    const listener = workflow(
      'l.yml',
      'on:\n  repository_dispatch:\n    types: [build-image]\njobs:\n  build:\n    runs-on: x\n    steps: [{ run: make }]'
    )
    const ref = { workflow: 'l.yml', job: 'build' }
    const automatic = (...senders: Workflow[]) => createWorkflowGraph([listener, ...senders]).isAutomatic(ref)
    expect(automatic(sender('m.yml', 'on: workflow_dispatch', viaAction('build-image')))).toBe(false)
    expect(
      automatic(
        sender(
          'm.yml',
          'on: workflow_dispatch',
          '      - run: gh api repos/${{ github.repository }}/dispatches -f event_type=build-image\n'
        )
      )
    ).toBe(false)
    expect(automatic(sender('p.yml', 'on: push', viaAction('build-image')))).toBe(true)
    // Near misses: a manual sender of another type, or one that dispatches to another repository.
    expect(automatic(sender('m.yml', 'on: workflow_dispatch', viaAction('other')))).toBe(true)
    expect(
      automatic(
        sender(
          'm.yml',
          'on: workflow_dispatch',
          viaAction('build-image', '          repository: acme/infra\n')
        )
      )
    ).toBe(true)
    expect(automatic()).toBe(true)
    // A listener that dispatches its own type again (a loop) has no start here: started from outside.
    const loop = workflow(
      'l.yml',
      `on:\n  repository_dispatch:\n    types: [build-image]\njobs:\n  build:\n    runs-on: x\n    steps:\n${viaAction('build-image')}`
    )
    expect(createWorkflowGraph([loop]).isAutomatic(ref)).toBe(true)
  })
})

describe('reusable workflows', () => {
  const files = {
    '.github/workflows/main.yml': [
      'on:',
      '  push:',
      '  pull_request:',
      '  workflow_dispatch:',
      'jobs:',
      '  build: { runs-on: x, steps: [{ run: make }] }',
      '  deploy:',
      '    needs: build',
      "    if: github.event_name != 'pull_request'",
      '    uses: ./.github/workflows/deploy.yml',
      '    with: { environment: production }',
      '  after: { needs: deploy, runs-on: x, steps: [{ run: smoke }] }',
      ''
    ].join('\n'),
    '.github/workflows/manual.yml': [
      'on: workflow_dispatch',
      'jobs:',
      '  go: { uses: ./.github/workflows/deploy.yml, with: { environment: staging } }',
      ''
    ].join('\n'),
    '.github/workflows/deploy.yml': [
      'on:',
      '  workflow_call:',
      '    inputs: { environment: { type: string } }',
      'jobs:',
      '  plan: { runs-on: x, steps: [{ run: plan }] }',
      '  apply: { needs: plan, runs-on: x, environment: "${{ inputs.environment }}", steps: [{ run: apply }] }',
      ''
    ].join('\n')
  }

  it('orders inlined jobs between the caller needs and the jobs that need the caller', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const graph = createWorkflowGraph(workflows)
    const main = (job: string) => ({ workflow: '.github/workflows/main.yml', job })
    expect(graph.precedes(main('build'), main('deploy/plan'))).toBe(true)
    expect(graph.precedes(main('deploy/apply'), main('after'))).toBe(true)
    expect(graph.precedes(main('deploy/apply'), main('deploy'))).toBe(true)
  })

  it.each([
    { job: 'deploy/apply', events: ['push', 'workflow_dispatch'] },
    { job: 'after', events: ['push', 'workflow_dispatch'] },
    { job: 'build', events: ['pull_request', 'push', 'workflow_dispatch'] }
  ])("narrows $job by the caller's if", async ({ job, events }) => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const graph = createWorkflowGraph(workflows)
    expect([...graph.eventsOf({ workflow: '.github/workflows/main.yml', job })].sort()).toEqual(events)
  })

  it("gives a workflow_call file its callers' events", async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const graph = createWorkflowGraph(workflows)
    const ref = { workflow: '.github/workflows/deploy.yml', job: 'apply' }
    expect([...graph.eventsOf(ref)].sort()).toEqual(['push', 'workflow_dispatch'])
    expect(graph.isAutomatic(ref)).toBe(true)
    const alone = createWorkflowGraph(workflows.filter(w => w.file === '.github/workflows/deploy.yml'))
    expect(alone.isAutomatic(ref)).toBe(false)
  })

  it('gives callee jobs of a call made only for merged pull requests the merged event', async () => {
    const merged = {
      '.github/workflows/release.yml': [
        'on: { pull_request: { branches: [main], types: [opened, closed] } }',
        'jobs:',
        '  cd:',
        "    if: github.event.action == 'closed' && github.event.pull_request.merged == true",
        '    uses: ./.github/workflows/task.yml',
        ''
      ].join('\n'),
      '.github/workflows/task.yml':
        'on: workflow_call\njobs:\n  build: { runs-on: x, steps: [{ run: dbx deploy }] }\n'
    }
    const { workflows } = await collectWorkflows(workspaceFromFiles(merged))
    const graph = createWorkflowGraph(workflows)
    const callee = { workflow: '.github/workflows/release.yml', job: 'cd/build' }
    expect([...graph.eventsOf(callee)]).toEqual(['pull_request (merged)'])
  })

  it('keeps a call and the jobs after it running when one callee job is skipped on that event', async () => {
    const withTests = {
      '.github/workflows/ci.yml': [
        'on: { push: { branches: [main] }, pull_request: {} }',
        'jobs:',
        '  test: { uses: ./.github/workflows/test.yml }',
        '  deploy: { needs: test, runs-on: x, steps: [{ run: flyctl deploy }] }',
        ''
      ].join('\n'),
      '.github/workflows/test.yml': [
        'on: workflow_call',
        'jobs:',
        '  cargo_test: { runs-on: x, steps: [{ run: cargo nextest run }] }',
        '  nightly_bench:',
        "    if: github.event_name == 'schedule'",
        '    runs-on: x',
        '    steps: [{ run: cargo bench }]',
        ''
      ].join('\n')
    }
    const { workflows } = await collectWorkflows(workspaceFromFiles(withTests))
    const graph = createWorkflowGraph(workflows)
    const ci = (job: string) => ({ workflow: '.github/workflows/ci.yml', job })
    expect([...graph.eventsOf(ci('test/nightly_bench'))]).toEqual([])
    expect([...graph.eventsOf(ci('test'))].sort()).toEqual(['pull_request', 'push'])
    expect([...graph.eventsOf(ci('deploy'))].sort()).toEqual(['pull_request', 'push'])
    expect(graph.isAutomatic(ci('deploy'))).toBe(true)
  })
})
