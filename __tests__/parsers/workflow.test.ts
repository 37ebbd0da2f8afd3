import { describe, expect, it } from '@jest/globals'
import { parseCompositeAction, parseWorkflow } from '../../src/parsers/workflow.js'
import { defined } from '../helpers/defined.js'

const FILE = '.github/workflows/ci.yml'
const jobs = 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'

function parse(text: string) {
  return parseWorkflow(text, FILE)
}

describe('parseWorkflow triggers', () => {
  const cases: Array<{ name: string; on: string; expected: Array<Record<string, unknown>> }> = [
    { name: 'a string', on: 'on: push\n', expected: [{ event: 'push', line: 1, column: 5 }] },
    {
      name: 'a flow list',
      on: 'on: [push, pull_request]\n',
      expected: [
        { event: 'push', line: 1, column: 6 },
        { event: 'pull_request', line: 1, column: 12 }
      ]
    },
    {
      name: 'a block list',
      on: 'on:\n  - push\n  - merge_group\n',
      expected: [
        { event: 'push', line: 2, column: 5 },
        { event: 'merge_group', line: 3, column: 5 }
      ]
    },
    {
      name: 'a map with null and filter values',
      on: [
        'on:',
        '  workflow_dispatch:',
        '  push:',
        '    branches: [main, "release/**"]',
        '    branches-ignore: wip',
        '    tags: ["v*"]',
        '    paths: [src/**]',
        '    paths-ignore: [docs/**]',
        '  pull_request:',
        '    types: [opened, synchronize]',
        ''
      ].join('\n'),
      expected: [
        { event: 'workflow_dispatch', line: 2, column: 3, branches: [] },
        {
          event: 'push',
          line: 3,
          column: 3,
          branches: ['main', 'release/**'],
          branchesIgnore: ['wip'],
          tags: ['v*'],
          paths: ['src/**'],
          pathsIgnore: ['docs/**']
        },
        { event: 'pull_request', line: 9, column: 3, types: ['opened', 'synchronize'] }
      ]
    },
    {
      name: 'schedule crons',
      on: 'on:\n  schedule:\n    - cron: "0 5 * * *"\n    - cron: "0 6 * * 1"\n',
      expected: [{ event: 'schedule', line: 2, column: 3, crons: ['0 5 * * *', '0 6 * * 1'] }]
    },
    {
      name: 'workflow_run with workflows and types',
      on: 'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\n    branches: [main]\n',
      expected: [{ event: 'workflow_run', workflows: ['CI'], types: ['completed'], branches: ['main'] }]
    },
    {
      name: 'repository_dispatch types',
      on: 'on:\n  repository_dispatch:\n    types: [deploy]\n',
      expected: [{ event: 'repository_dispatch', types: ['deploy'] }]
    }
  ]

  it.each(cases)('reads $name', ({ on, expected }) => {
    const { workflow, problems } = parse(on + jobs)
    expect(problems).toEqual([])
    const triggers = workflow?.triggers.map(t => ({ ...t, line: t.location.line, column: t.location.column }))
    expect(triggers).toHaveLength(expected.length)
    expected.forEach((fields, i) => {
      expect(triggers?.[i]).toMatchObject(fields)
    })
  })

  it('keeps workflow_call input defaults as text, numbers and booleans included', () => {
    const text = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      environment: { type: string, default: staging }',
      '      replicas: { type: number, default: 2 }',
      '      dry-run: { type: boolean, default: false }',
      '      region: { type: string, required: true }',
      ''
    ].join('\n')
    expect(parse(text + jobs).workflow?.callInputs).toEqual({
      environment: 'staging',
      replicas: '2',
      'dry-run': 'false'
    })
  })
})

describe('parseWorkflow jobs', () => {
  const text = [
    'name: CI', //                                         1
    'on: push', //                                         2
    'jobs:', //                                            3
    '  build:', //                                         4
    '    name: Build ${{ matrix.node }}', //               5
    '    runs-on: [self-hosted, linux]', //                6
    '    strategy:', //                                    7
    '      matrix:', //                                    8
    '        node: [18, 20]', //                           9
    '    services:', //                                   10
    '      postgres: { image: postgres }', //             11
    '      redis: { image: redis }', //                   12
    '    outputs:', //                                    13
    '      digest: ${{ steps.push.outputs.digest }}', //  14
    '    steps:', //                                      15
    '      - uses: actions/checkout@v4', //               16
    '      - id: push', //                                17
    '        name: Push', //                              18
    '        uses: docker/build-push-action@v6', //       19
    '        with: { push: true, retries: 3 }', //        20
    "        if: github.ref == 'refs/heads/main'", //   21
    '        continue-on-error: true', //                 22
    '      - run: |', //                                  23
    '          npm ci', //                                24
    '          npm test', //                              25
    '  deploy:', //                                       26
    '    needs: build', //                                27
    "    if: ${{ github.event_name == 'push' }}", //    28
    '    environment:', //                                29
    '      name: production', //                          30
    '      url: ${{ steps.d.outputs.url }}', //           31
    '    runs-on: ubuntu-latest', //                      32
    '    steps: [{ run: ./deploy.sh }]', //               33
    '  release:', //                                      34
    '    needs: [build, deploy]', //                      35
    '    environment: prod-eu', //                        36
    '    uses: ./.github/workflows/release.yml', //       37
    '    with: { version: 1.10, env: "${{ inputs.e }}" }', // 38
    '  matrixed:', //                                     39
    '    runs-on: ubuntu-latest', //                      40
    '    strategy: { matrix: "${{ fromJSON(needs.x.outputs.m) }}" }', // 41
    '    continue-on-error: ${{ matrix.experimental }}', // 42
    ''
  ].join('\n')
  const { workflow, problems } = parse(text)
  const job = (id: string) => workflow?.jobs.find(j => j.id === id)

  it('parses without problems', () => {
    expect(problems).toEqual([])
    expect(workflow?.name).toBe('CI')
    expect(workflow?.jobs.map(j => j.id)).toEqual(['build', 'deploy', 'release', 'matrixed'])
  })

  it.each([
    { id: 'build', field: 'location', expected: { file: FILE, line: 4, column: 3 } },
    { id: 'build', field: 'name', expected: 'Build ${{ matrix.node }}' },
    { id: 'build', field: 'runsOn', expected: 'self-hosted, linux' },
    { id: 'build', field: 'matrix', expected: { node: [18, 20] } },
    { id: 'build', field: 'services', expected: ['postgres', 'redis'] },
    { id: 'build', field: 'outputs', expected: { digest: '${{ steps.push.outputs.digest }}' } },
    { id: 'build', field: 'needs', expected: [] },
    { id: 'deploy', field: 'needs', expected: ['build'] },
    { id: 'deploy', field: 'if', expected: "${{ github.event_name == 'push' }}" },
    {
      id: 'deploy',
      field: 'environment',
      expected: {
        name: 'production',
        url: '${{ steps.d.outputs.url }}',
        location: { file: FILE, line: 30, column: 7 }
      }
    },
    { id: 'release', field: 'needs', expected: ['build', 'deploy'] },
    {
      id: 'release',
      field: 'environment',
      expected: { name: 'prod-eu', location: { file: FILE, line: 36, column: 18 } }
    },
    { id: 'release', field: 'uses', expected: './.github/workflows/release.yml' },
    { id: 'release', field: 'with', expected: { version: '1.1', env: '${{ inputs.e }}' } },
    { id: 'matrixed', field: 'matrix', expected: { $expression: '${{ fromJSON(needs.x.outputs.m) }}' } },
    { id: 'matrixed', field: 'continueOnError', expected: '${{ matrix.experimental }}' },
    { id: 'build', field: 'continueOnError', expected: undefined }
  ])('$id.$field', ({ id, field, expected }) => {
    expect(job(id)?.[field as keyof NonNullable<ReturnType<typeof job>>]).toEqual(expected)
  })

  it.each([
    { index: 0, expected: { uses: 'actions/checkout@v4', location: { file: FILE, line: 16, column: 9 } } },
    {
      index: 1,
      expected: {
        id: 'push',
        name: 'Push',
        with: { push: 'true', retries: '3' },
        if: "github.ref == 'refs/heads/main'",
        continueOnError: true,
        location: { file: FILE, line: 17, column: 9 }
      }
    },
    { index: 2, expected: { run: 'npm ci\nnpm test\n', continueOnError: false, with: {} } }
  ])('build step $index', ({ index, expected }) => {
    expect(job('build')?.steps[index]).toMatchObject({ index, ...expected })
  })

  it('gives the same model through the fast reader and the yaml package', () => {
    expect(parseWorkflow(text, FILE, { fast: false })).toEqual({ workflow, problems })
  })

  it("reads a job's continue-on-error: true as a boolean", () => {
    const parsed = parse(
      'on: push\njobs:\n  lint:\n    runs-on: x\n    continue-on-error: true\n    steps: []\n'
    )
    expect(parsed.workflow?.jobs[0]?.continueOnError).toBe(true)
  })

  it('reads flow-style steps', () => {
    expect(job('deploy')?.steps).toMatchObject([
      { index: 0, run: './deploy.sh', location: { line: 33, column: 13 } }
    ])
  })
})

describe('parseWorkflow working directories, env and dispatch inputs', () => {
  const text = [
    'on:',
    '  workflow_dispatch:',
    '    inputs:',
    '      target: { type: choice, options: [dev, prod], default: dev }',
    '      region: { type: choice, options: [[EU, US], US] }',
    'env: { TIER: web }',
    'defaults: { run: { working-directory: app } }',
    'jobs:',
    '  inherit:',
    '    runs-on: x',
    '    env: { STAGE: prod }',
    '    steps:',
    '      - run: make test',
    '      - run: make lint',
    '        working-directory: tools',
    '        env: { CI: "true" }',
    '  own:',
    '    runs-on: x',
    '    defaults: { run: { working-directory: ml/jobs } }',
    '    steps: [{ run: az ml job create --file train.yml }]',
    ''
  ].join('\n')
  const { workflow, problems } = parseWorkflow(text, FILE)

  it('gives each step the working-directory it runs in: its own, else the job default, else the workflow default', () => {
    expect(problems).toEqual([])
    const dirs = workflow?.jobs.map(j => j.steps.map(s => s.workingDirectory))
    expect(dirs).toEqual([['app', 'tools'], ['ml/jobs']])
  })

  it('keeps env at every level and the choices of dispatch inputs (an option that is a list names nothing)', () => {
    expect(workflow?.env).toEqual({ TIER: 'web' })
    expect(workflow?.jobs[0]?.env).toEqual({ STAGE: 'prod' })
    expect(workflow?.jobs[0]?.steps[1]?.env).toEqual({ CI: 'true' })
    expect(workflow?.dispatchInputs).toEqual({
      target: { type: 'choice', options: ['dev', 'prod'], default: 'dev' },
      region: { type: 'choice', options: ['US'] }
    })
  })
})

describe('parseWorkflow problems', () => {
  const cases: Array<{
    name: string
    text: string
    problems: Array<{ line: number; message: RegExp }>
    jobs?: string[]
  }> = [
    {
      name: 'invalid YAML, where the parser noticed it, and no job of it',
      text: 'on: push\njobs:\n  a: [unclosed\n',
      problems: [
        {
          line: 4,
          message:
            /^invalid YAML, so GitHub cannot run this workflow and none of it counts as evidence: a `\[` list is not closed with `\]`/
        }
      ],
      jobs: []
    },
    {
      name: 'duplicate job ids, naming both lines, and no job of it',
      text: 'on: push\njobs:\n  a:\n    name: first\n  a:\n    name: second\n',
      problems: [{ line: 5, message: /duplicate key 'a' on lines 3 and 5; keep one$/ }],
      jobs: []
    },
    {
      name: 'a top level that is not a mapping',
      text: '- just\n- a list\n',
      problems: [{ line: 1, message: /mapping at the top/ }]
    },
    { name: 'an empty file', text: '', problems: [{ line: 1, message: /mapping at the top/ }] },
    {
      name: 'a job that is not a mapping, the others still read',
      text: 'on: push\njobs:\n  bad: 3\n  good:\n    runs-on: x\n',
      problems: [{ line: 3, message: /job bad must be a mapping/ }],
      jobs: ['good']
    },
    {
      name: 'steps that are not a list',
      text: 'on: push\njobs:\n  a:\n    steps: { run: x }\n',
      problems: [{ line: 4, message: /steps.*list/ }],
      jobs: ['a']
    },
    {
      name: 'a step that is not a mapping',
      text: 'on: push\njobs:\n  a:\n    steps:\n      - run: ok\n      - oops\n',
      problems: [{ line: 6, message: /step must be a mapping/ }],
      jobs: ['a']
    },
    {
      name: 'missing on and jobs',
      text: 'name: nothing\n',
      problems: [
        { line: 1, message: /no `on:`/ },
        { line: 1, message: /no `jobs:`/ }
      ],
      jobs: []
    },
    {
      name: 'a mapping where a single value belongs',
      text: 'on: push\njobs:\n  a:\n    needs: { x: 1 }\n',
      problems: [{ line: 4, message: /needs must be a single value/ }],
      jobs: ['a']
    },
    {
      name: 'an environment mapping without a name',
      text: 'on: push\njobs:\n  a:\n    environment: { url: x }\n',
      problems: [{ line: 4, message: /environment needs a name/ }],
      jobs: ['a']
    },
    {
      name: 'a bad schedule item',
      text: 'on:\n  schedule:\n    - "0 5 * * *"\njobs: {}\n',
      problems: [{ line: 3, message: /cron/ }],
      jobs: []
    }
  ]

  it.each(cases)('reports $name on its line without throwing', ({ text, problems: expected, jobs: ids }) => {
    const { workflow, problems } = parse(text)
    expect(problems.map(p => p.location.line)).toEqual(expected.map(p => p.line))
    problems.forEach((p, i) => {
      expect(p.message).toMatch(defined(expected[i], 'an expected problem').message)
      expect(p.file).toBe(FILE)
      expect(p.location.column).toBeGreaterThanOrEqual(1)
    })
    if (ids) expect((workflow?.jobs ?? []).map(j => j.id)).toEqual(ids)
  })
})

describe('parseCompositeAction', () => {
  it.each([
    {
      name: 'a composite action',
      text: 'name: x\nruns:\n  using: composite\n  steps:\n    - run: make lint\n      shell: bash\n',
      steps: [{ run: 'make lint', location: { file: 'a/action.yml', line: 5, column: 7 } }]
    },
    { name: 'a JavaScript action', text: 'runs:\n  using: node20\n  main: index.js\n', steps: [] },
    { name: 'not an action', text: '[1, 2]\n', steps: [] }
  ])('reads $name', ({ text, steps }) => {
    expect(parseCompositeAction(text, 'a/action.yml').steps).toMatchObject(steps)
  })
})
