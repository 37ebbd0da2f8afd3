import { describe, expect, it } from '@jest/globals'
import { matchJobs } from '../../src/evidence/match-jobs.js'
import type { RunJob } from '../../src/evidence/run-evidence.js'
import type { Job, Workflow } from '../../src/workflow/model.js'

const FILE = '.github/workflows/ci.yml'

function job(id: string, extra: Partial<Job> = {}): Job {
  return {
    id,
    needs: [],
    services: [],
    outputs: {},
    with: {},
    steps: [],
    location: { file: FILE, line: 1, column: 1 },
    ...extra
  }
}

function workflow(jobs: Job[]): Workflow {
  return { file: FILE, triggers: [], jobs, callInputs: {}, location: { file: FILE, line: 1, column: 1 } }
}

function runJob(name: string, id = 0): RunJob {
  return {
    id,
    name,
    status: 'completed',
    conclusion: 'success',
    startedAt: '2026-11-29T10:01:00Z',
    completedAt: '2026-11-29T10:02:00Z',
    steps: []
  }
}

/** A reusable workflow's job as the workflow collector inlines it. */
function callee(caller: string, id: string, extra: Partial<Job> = {}): Job {
  return job(`${caller}/${id}`, {
    calledBy: { job: caller, workflow: '.github/workflows/deploy.yml' },
    ...extra
  })
}

describe('matchJobs', () => {
  it.each<{
    name: string
    jobs: Job[]
    api: string[]
    matched: Record<string, string[]>
    unmatched?: Array<[string, RegExp]>
  }>([
    {
      name: 'plain ids and names',
      jobs: [job('build'), job('e2e', { name: 'End-to-end tests' })],
      api: ['build', 'End-to-end tests'],
      matched: { build: ['build'], e2e: ['End-to-end tests'] }
    },
    {
      name: 'a job with a name is not rendered as its id',
      jobs: [job('e2e', { name: 'End-to-end tests' })],
      api: ['e2e'],
      matched: { e2e: [] },
      unmatched: [['e2e', /^no job of \.github\/workflows\/ci\.yml renders as this name$/]]
    },
    {
      name: 'matrix instances gather under their job, skipped instance included',
      jobs: [job('test', { matrix: { os: ['ubuntu-latest', 'windows-latest'], node: [20] } }), job('lint')],
      api: ['test (ubuntu-latest, 20)', 'test (windows-latest, 20)', 'test', 'lint'],
      matched: { test: ['test (ubuntu-latest, 20)', 'test (windows-latest, 20)', 'test'], lint: ['lint'] }
    },
    {
      name: 'a job without a matrix takes no suffix',
      jobs: [job('lint')],
      api: ['lint (extra)'],
      matched: { lint: [] },
      unmatched: [['lint (extra)', /no job/]]
    },
    {
      name: 'expressions in name: match any text, unrendered when skipped',
      jobs: [
        job('test', { name: 'Test ${{ matrix.os }} on node ${{ matrix.node }}', matrix: { os: ['a'] } })
      ],
      api: ['Test ubuntu-latest on node 20', 'Test ${{ matrix.os }} on node ${{ matrix.node }}'],
      matched: { test: ['Test ubuntu-latest on node 20', 'Test ${{ matrix.os }} on node ${{ matrix.node }}'] }
    },
    {
      name: 'a literal name beats an expression that also fits',
      jobs: [
        job('matrix', { name: 'Test ${{ matrix.suite }}', matrix: { suite: ['unit'] } }),
        job('docs', { name: 'Test docs' })
      ],
      api: ['Test unit', 'Test docs'],
      matched: { matrix: ['Test unit'], docs: ['Test docs'] }
    },
    {
      name: 'reusable workflow: caller / callee, by name or id, the inlined caller left out',
      jobs: [
        job('build'),
        callee('deploy', 'release'),
        callee('deploy', 'smoke', { name: 'Smoke test ${{ inputs.environment }}' }),
        job('deploy', { uses: './.github/workflows/deploy.yml', needs: ['build'] })
      ],
      api: ['build', 'deploy / release', 'deploy / Smoke test production'],
      matched: {
        build: ['build'],
        'deploy/release': ['deploy / release'],
        'deploy/smoke': ['deploy / Smoke test production']
      }
    },
    {
      name: 'reusable workflow: a named caller with a matrix, nested twice',
      jobs: [
        callee('ship', 'stage', { name: 'Stage' }),
        job('ship/prod/apply', { calledBy: { job: 'ship/prod', workflow: '.github/workflows/apply.yml' } }),
        callee('ship', 'prod', { uses: './.github/workflows/apply.yml' }),
        job('ship', { name: 'Ship', uses: './.github/workflows/ship.yml', matrix: { region: ['eu', 'us'] } })
      ],
      api: ['Ship (eu) / Stage', 'Ship (us) / Stage', 'Ship (eu) / prod / apply'],
      matched: {
        'ship/stage': ['Ship (eu) / Stage', 'Ship (us) / Stage'],
        'ship/prod/apply': ['Ship (eu) / prod / apply']
      }
    },
    {
      name: 'reusable workflow that could not be read: its jobs gather under the caller',
      jobs: [
        job('deploy', {
          uses: 'octo-org/pipelines/.github/workflows/deploy.yml@v1',
          opaqueReason: 'no token'
        })
      ],
      api: ['deploy / plan', 'deploy / apply', 'deploy'],
      matched: { deploy: ['deploy / plan', 'deploy / apply'] },
      unmatched: [['deploy', /no job/]]
    },
    {
      name: 'two jobs with one name are ambiguous',
      jobs: [job('a', { name: 'Build' }), job('b', { name: 'Build' })],
      api: ['Build'],
      matched: { a: [], b: [] },
      unmatched: [['Build', /^ambiguous: jobs a, b of \.github\/workflows\/ci\.yml all render as this name$/]]
    },
    {
      name: 'jobs absent from the run are listed with no run jobs',
      jobs: [job('build'), job('deploy', { if: "github.ref == 'refs/heads/main'" })],
      api: ['build'],
      matched: { build: ['build'], deploy: [] }
    },
    {
      name: 'regex characters in names are literal',
      jobs: [job('x', { name: 'a.b [c] (d)+' })],
      api: ['a.b [c] (d)+', 'aXb [c] (d)+'],
      matched: { x: ['a.b [c] (d)+'] },
      unmatched: [['aXb [c] (d)+', /no job/]]
    }
  ])('$name', ({ jobs, api, matched, unmatched = [] }) => {
    const result = matchJobs(workflow(jobs), api.map(runJob))

    expect(
      Object.fromEntries(result.matched.map(m => [m.workflowJob.job, m.runJobs.map(j => j.name)]))
    ).toEqual(matched)
    expect(result.matched.every(m => m.workflowJob.workflow === FILE)).toBe(true)
    expect(result.unmatched.map(u => [u.runJob.name, u.reason])).toEqual(
      unmatched.map(([name, reason]) => [name, expect.stringMatching(reason)])
    )
  })

  it.each([
    ['left out', 'maturity', ['maturity'], { build: ['build'] }],
    ['left out with all its matrix instances', 'gate', ['gate (a)', 'gate (b)'], { build: ['build'] }],
    ['none given, nothing left out', undefined, ['maturity'], { build: ['build'], maturity: ['maturity'] }]
  ])('own job: %s', (_name, ownJob, ownApiNames, matched) => {
    const jobs = [job('build'), job('maturity'), job('gate', { matrix: { x: ['a', 'b'] } })]
    const result = matchJobs(workflow(jobs), ['build', ...ownApiNames].map(runJob), ownJob)
    const nonEmpty = result.matched.filter(m => m.runJobs.length > 0)

    expect(Object.fromEntries(nonEmpty.map(m => [m.workflowJob.job, m.runJobs.map(j => j.name)]))).toEqual(
      matched
    )
    expect(result.matched.map(m => m.workflowJob.job)).not.toContain(ownJob)
    expect(result.unmatched).toEqual([])
  })

  it('keeps the API jobs themselves, ids and all', () => {
    const api = [runJob('test (a)', 11), runJob('test (b)', 12)]
    const result = matchJobs(workflow([job('test', { matrix: { x: ['a', 'b'] } })]), api)

    expect(result.matched).toEqual([{ workflowJob: { workflow: FILE, job: 'test' }, runJobs: api }])
  })
})
