import { describe, expect, it } from '@jest/globals'
import { collectWorkflows } from '../../src/evidence/workflows.js'
import type { RemoteRead, RemoteRef } from '../../src/evidence/workflows.js'
import { workspaceFromFiles } from '../../src/evidence/workspace-from-files.js'
import type { Workflow } from '../../src/workflow/model.js'
import { defined } from '../helpers/defined.js'

const lines = (...text: string[]) => text.join('\n') + '\n'

function jobOf(workflows: Workflow[], file: string, id: string) {
  return workflows.find(w => w.file === file)?.jobs.find(j => j.id === id)
}

describe('which files are read', () => {
  it('reads .yml and .yaml directly under .github/workflows only, reporting problems per file', async () => {
    const { workflows, problems } = await collectWorkflows(
      workspaceFromFiles({
        '.github/workflows/a.yml': 'on: push\njobs: { a: { runs-on: x } }\n',
        '.github/workflows/b.yaml': 'on: push\njobs: { b: { runs-on: x } }\n',
        '.github/workflows/broken.yml': 'on: push\njobs:\n  c: 3\n',
        '.github/workflows/sub/d.yml': 'on: push\njobs: { d: { runs-on: x } }\n',
        '.github/workflows/readme.md': '# no',
        'other/e.yml': 'on: push\njobs: { e: { runs-on: x } }\n'
      })
    )
    expect(workflows.map(w => w.file)).toEqual([
      '.github/workflows/a.yml',
      '.github/workflows/b.yaml',
      '.github/workflows/broken.yml'
    ])
    expect(problems).toEqual([
      {
        file: '.github/workflows/broken.yml',
        message: 'job c must be a mapping',
        location: { file: '.github/workflows/broken.yml', line: 3, column: 6 }
      }
    ])
  })
})

describe('local composite actions', () => {
  const files = {
    '.github/workflows/ci.yml': lines(
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: ./.github/actions/setup',
      '      - uses: ./missing',
      '      - uses: ./.github/actions/loop',
      '      - run: npm test'
    ),
    '.github/actions/setup/action.yml': lines(
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: npm ci',
      '      shell: bash',
      '    - uses: ./.github/actions/inner'
    ),
    '.github/actions/inner/action.yaml': lines(
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: make lint'
    ),
    '.github/actions/loop/action.yml': lines(
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: ./.github/actions/loop'
    )
  }

  it('puts the action steps after the calling step, with fromAction, the caller index and their own location', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const steps = jobOf(workflows, '.github/workflows/ci.yml', 'test')?.steps ?? []
    expect(
      steps.map(s => [s.index, s.uses ?? s.run, s.fromAction, s.location.file, s.location.line])
    ).toEqual([
      [0, 'actions/checkout@v4', undefined, '.github/workflows/ci.yml', 6],
      [1, './.github/actions/setup', undefined, '.github/workflows/ci.yml', 7],
      [1, 'npm ci', '.github/actions/setup', '.github/actions/setup/action.yml', 4],
      [1, './.github/actions/inner', '.github/actions/setup', '.github/actions/setup/action.yml', 6],
      [1, 'make lint', '.github/actions/inner', '.github/actions/inner/action.yaml', 4],
      [2, './missing', undefined, '.github/workflows/ci.yml', 8],
      [3, './.github/actions/loop', undefined, '.github/workflows/ci.yml', 9],
      [3, './.github/actions/loop', '.github/actions/loop', '.github/actions/loop/action.yml', 4],
      [4, 'npm test', undefined, '.github/workflows/ci.yml', 10]
    ])
  })

  it('reports a missing action and a recursive one on the calling step', async () => {
    const { problems } = await collectWorkflows(workspaceFromFiles(files))
    expect(problems.map(p => [p.location.file, p.location.line, p.message])).toEqual([
      ['.github/workflows/ci.yml', 8, 'local action ./missing not found (no missing/action.yml)'],
      [
        '.github/actions/loop/action.yml',
        4,
        'local action ./.github/actions/loop not inlined: nested too deep or recursive'
      ]
    ])
  })

  it('reads `uses: ./` as the root action of the repository itself (a self-test job)', async () => {
    const root = {
      'action.yml': lines('name: self', 'runs:', '  using: node24', '  main: dist/index.js'),
      '.github/workflows/ci.yml': lines(
        'on: push',
        'jobs:',
        '  self:',
        '    runs-on: x',
        '    steps:',
        '      - uses: ./'
      )
    }
    const { problems, workflows } = await collectWorkflows(workspaceFromFiles(root))
    expect(problems).toEqual([])
    expect(jobOf(workflows, '.github/workflows/ci.yml', 'self')?.steps.map(s => s.uses)).toEqual(['./'])
    const missing = await collectWorkflows(
      workspaceFromFiles({ '.github/workflows/ci.yml': root['.github/workflows/ci.yml'] })
    )
    expect(missing.problems.map(p => p.message)).toEqual(['local action ./ not found (no action.yml)'])
  })
})

describe('local reusable workflows', () => {
  const files = {
    '.github/workflows/main.yml': lines(
      'on: push',
      'jobs:',
      '  build: { runs-on: x }',
      '  deploy:',
      '    needs: build',
      '    uses: ./.github/workflows/deploy.yml',
      '    with: { environment: production, replicas: 3 }',
      '  smoke: { needs: deploy, runs-on: x }',
      '  preview:',
      '    uses: ./.github/workflows/deploy.yml'
    ),
    '.github/workflows/deploy.yml': lines(
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      environment: { type: string, default: staging }',
      '      replicas: { type: number }',
      'jobs:',
      '  plan: { runs-on: x }',
      '  apply:',
      '    needs: plan',
      '    name: Apply to ${{ inputs.environment }}',
      "    if: inputs.environment != '' && ${{ inputs.replicas }} > 0",
      '    environment: { name: "${{ inputs.environment }}", url: "https://${{ inputs.environment }}.example" }',
      '    runs-on: x',
      '    steps:',
      '      - run: ./scale ${{ inputs.replicas }} ${{ inputs.unknown }}',
      '        with: { target: "${{ inputs.environment }}" }',
      '  notify:',
      '    needs: plan',
      '    uses: ./.github/workflows/notify.yml',
      '    with: { channel: "${{ inputs.environment }}" }'
    ),
    '.github/workflows/notify.yml': lines(
      'on: { workflow_call: { inputs: { channel: { type: string } } } }',
      'jobs:',
      '  send: { runs-on: x, environment: "notify-${{ inputs.channel }}" }'
    ),
    '.github/workflows/self.yml': lines(
      'on: workflow_call',
      'jobs:',
      '  again: { uses: ./.github/workflows/self.yml }'
    ),
    '.github/workflows/lost.yml': lines('on: push', 'jobs:', '  gone: { uses: ./.github/workflows/nope.yml }')
  }

  it('adds the callee jobs as caller/job with calledBy and rewritten needs, keeping the caller as a node', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const main = defined(
      workflows.find(w => w.file === '.github/workflows/main.yml'),
      'main.yml'
    )
    expect(main.jobs.map(j => [j.id, j.needs, j.calledBy?.job, j.calledBy?.workflow])).toEqual([
      ['build', [], undefined, undefined],
      ['deploy/plan', ['build'], 'deploy', '.github/workflows/deploy.yml'],
      ['deploy/apply', ['deploy/plan'], 'deploy', '.github/workflows/deploy.yml'],
      ['deploy/notify/send', ['deploy/plan'], 'deploy/notify', '.github/workflows/notify.yml'],
      ['deploy/notify', ['deploy/notify/send'], 'deploy', '.github/workflows/deploy.yml'],
      ['deploy', ['deploy/apply', 'deploy/notify'], undefined, undefined],
      ['smoke', ['deploy'], undefined, undefined],
      ['preview/plan', [], 'preview', '.github/workflows/deploy.yml'],
      ['preview/apply', ['preview/plan'], 'preview', '.github/workflows/deploy.yml'],
      ['preview/notify/send', ['preview/plan'], 'preview/notify', '.github/workflows/notify.yml'],
      ['preview/notify', ['preview/notify/send'], 'preview', '.github/workflows/deploy.yml'],
      ['preview', ['preview/apply', 'preview/notify'], undefined, undefined]
    ])
  })

  it.each([
    {
      job: 'deploy/apply',
      expected: {
        name: 'Apply to production',
        if: "inputs.environment != '' && 3 > 0",
        environment: { name: 'production', url: 'https://production.example' },
        steps: [{ run: './scale 3 ${{ inputs.unknown }}', with: { target: 'production' } }]
      }
    },
    {
      job: 'preview/apply',
      expected: {
        environment: { name: 'staging' },
        steps: [{ run: './scale ${{ inputs.replicas }} ${{ inputs.unknown }}' }]
      }
    },
    { job: 'deploy/notify/send', expected: { environment: { name: 'notify-production' } } },
    { job: 'preview/notify/send', expected: { environment: { name: 'notify-staging' } } }
  ])('substitutes inputs into $job', async ({ job, expected }) => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    expect(jobOf(workflows, '.github/workflows/main.yml', job)).toMatchObject(expected)
  })

  it('keeps the callee as a workflow of its own, with its workflow_call trigger and raw inputs', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    const callee = defined(
      workflows.find(w => w.file === '.github/workflows/deploy.yml'),
      'deploy.yml'
    )
    expect(callee.triggers.map(t => t.event)).toEqual(['workflow_call'])
    expect(callee.callInputs).toEqual({ environment: 'staging' })
    expect(jobOf(workflows, '.github/workflows/deploy.yml', 'apply')?.environment?.name).toBe(
      '${{ inputs.environment }}'
    )
  })

  it.each([
    {
      file: '.github/workflows/self.yml',
      job: 'again',
      reason: 'reusable workflow ./.github/workflows/self.yml not inlined: nested too deep or recursive'
    },
    {
      file: '.github/workflows/lost.yml',
      job: 'gone',
      reason: 'reusable workflow ./.github/workflows/nope.yml not found in the workspace'
    }
  ])('leaves $job opaque: $reason', async ({ file, job, reason }) => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    expect(workflows.find(w => w.file === file)?.jobs.map(j => [j.id, j.opaqueReason])).toEqual([
      [job, reason]
    ])
  })
})

describe('remote reusable workflows', () => {
  const files = {
    '.github/workflows/ml.yml': lines(
      'on: push',
      'jobs:',
      '  train:',
      '    uses: Azure/mlops-templates/.github/workflows/train.yml@main',
      '    with: { environment: dev }',
      '  again:',
      '    uses: Azure/mlops-templates/.github/workflows/train.yml@main',
      '  other:',
      '    uses: docker://alpine'
    )
  }
  const remote = lines(
    'on: { workflow_call: { inputs: { environment: { type: string, default: prod } } } }',
    'jobs:',
    '  fit: { runs-on: x, environment: "${{ inputs.environment }}" }',
    '  register: { needs: fit, uses: ./.github/workflows/register.yml }'
  )
  const register = lines('on: workflow_call', 'jobs:', '  push: { runs-on: x }')

  it('keeps them opaque with the reason when there is no token', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files))
    expect(workflows[0]?.jobs.map(j => [j.id, j.opaqueReason])).toEqual([
      [
        'train',
        'remote reusable workflow Azure/mlops-templates/.github/workflows/train.yml@main not read: no token'
      ],
      [
        'again',
        'remote reusable workflow Azure/mlops-templates/.github/workflows/train.yml@main not read: no token'
      ],
      ['other', 'reusable workflow docker://alpine not understood']
    ])
  })

  it('reads them once per ref through readRemote, resolving their ./ calls in their repository', async () => {
    const reads: string[] = []
    const readRemote = (ref: RemoteRef): Promise<RemoteRead> => {
      reads.push(`${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`)
      const text = ref.path.endsWith('train.yml')
        ? remote
        : ref.path.endsWith('register.yml')
          ? register
          : undefined
      return Promise.resolve(text === undefined ? { ok: false, reason: 'not found' } : { ok: true, text })
    }
    const { workflows } = await collectWorkflows(workspaceFromFiles(files), { readRemote })
    expect(reads).toEqual([
      'Azure/mlops-templates/.github/workflows/train.yml@main',
      'Azure/mlops-templates/.github/workflows/register.yml@main'
    ])
    const label = 'Azure/mlops-templates/.github/workflows/train.yml@main'
    expect(
      workflows[0]?.jobs.map(j => [j.id, j.environment?.name, j.calledBy?.workflow, j.location.file])
    ).toEqual([
      ['train/fit', 'dev', label, label],
      [
        'train/register/push',
        undefined,
        'Azure/mlops-templates/.github/workflows/register.yml@main',
        'Azure/mlops-templates/.github/workflows/register.yml@main'
      ],
      ['train/register', undefined, label, label],
      ['train', undefined, undefined, '.github/workflows/ml.yml'],
      ['again/fit', 'prod', label, label],
      [
        'again/register/push',
        undefined,
        'Azure/mlops-templates/.github/workflows/register.yml@main',
        'Azure/mlops-templates/.github/workflows/register.yml@main'
      ],
      ['again/register', undefined, label, label],
      ['again', undefined, undefined, '.github/workflows/ml.yml'],
      ['other', undefined, undefined, '.github/workflows/ml.yml']
    ])
  })

  it('says when readRemote could not read one, and why, at each calling job', async () => {
    const { workflows, problems } = await collectWorkflows(workspaceFromFiles(files), {
      readRemote: () => Promise.resolve({ ok: false, status: 403, reason: '403 forbidden' })
    })
    const message = 'could not read Azure/mlops-templates/.github/workflows/train.yml@main: 403 forbidden'
    expect(workflows[0]?.jobs.slice(0, 2).map(j => j.opaqueReason)).toEqual([message, message])
    expect(problems).toEqual([
      { file: '.github/workflows/ml.yml', message, location: workflows[0]?.jobs[0]?.location },
      { file: '.github/workflows/ml.yml', message, location: workflows[0]?.jobs[1]?.location }
    ])
    expect(problems.map(p => p.location.line)).toEqual([3, 6])
  })

  it('says when a remote workflow was read but is not a workflow', async () => {
    const { workflows } = await collectWorkflows(workspaceFromFiles(files), {
      readRemote: () => Promise.resolve({ ok: true, text: '- a list' })
    })
    expect(workflows[0]?.jobs[0]?.opaqueReason).toBe(
      'reusable workflow Azure/mlops-templates/.github/workflows/train.yml@main could not be read'
    )
  })
})
