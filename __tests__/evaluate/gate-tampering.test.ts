import { describe, expect, it } from '@jest/globals'
import { findGateTampering, isMaturityGateStep } from '../../src/evaluate/gate-tampering.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import type { Step, Workflow } from '../../src/workflow/model.js'

const lines = (...text: string[]) => text.join('\n') + '\n'

function parse(files: Record<string, string>): Workflow[] {
  return Object.entries(files).map(([file, text]) => {
    const { workflow, problems } = parseWorkflow(text, file)
    if (!workflow || problems.length > 0) throw new Error(JSON.stringify(problems))
    return workflow
  })
}

const CI = '.github/workflows/ci.yml'

const BASE = lines(
  'on: pull_request', //                                  1
  'jobs:', //                                             2
  '  test:', //                                           3
  '    runs-on: ubuntu-latest', //                        4
  '    steps: [{ run: npm test }]', //                    5
  '  gate:', //                                           6
  '    needs: test', //                                   7
  '    runs-on: ubuntu-latest', //                        8
  '    steps:', //                                        9
  '      - uses: actions/checkout@v4', //                10
  '      - uses: acme/maturity-gate@v1', //              11
  '        with:', //                                    12
  '          mode: enforce', //                          13
  '          policy: .maturity.yml' //                   14
)

/** [kind, message, line] of each change for the base above against `head` (ci.yml). */
function tampering(head: string, files: Record<string, string> = {}) {
  return findGateTampering(parse({ [CI]: BASE }), parse({ [CI]: head, ...files })).map(c => [
    c.kind,
    c.message,
    c.location.file,
    c.location.line,
    c.severity
  ])
}

describe('findGateTampering', () => {
  it.each<[string, string, Record<string, string>, Array<[string, string, string, number, string]>]>([
    ['an unchanged gate', BASE, {}, []],
    [
      "a job dropped from the gate job's needs",
      BASE.replace('    needs: test', '    needs: []'),
      {},
      [['weakened', 'job gate of the maturity-gate step no longer needs test', CI, 6, 'error']]
    ],
    [
      "a job added to the gate job's needs",
      BASE.replace('    needs: test', '    needs: [test, lint]').replace(
        '  gate:',
        '  lint:\n    runs-on: x\n    steps: [{ run: npx eslint . }]\n  gate:'
      ),
      {},
      [['strengthened', 'job gate of the maturity-gate step now also needs lint', CI, 9, 'notice']]
    ],
    [
      'other steps changed only',
      BASE.replace('npm test', 'npm run test:ci').replace('checkout@v4', 'checkout@v5'),
      {},
      []
    ],
    [
      'inputs changed, added and removed',
      BASE.replace('mode: enforce', 'mode: advise').replace(
        'policy: .maturity.yml',
        "allow-policy-changes: 'true'"
      ),
      {},
      [
        ['weakened', 'maturity-gate step input allow-policy-changes added: "true"', CI, 11, 'error'],
        ['weakened', 'maturity-gate step input mode changed from "enforce" to "advise"', CI, 11, 'error'],
        ['weakened', 'maturity-gate step input policy removed (was ".maturity.yml")', CI, 11, 'error']
      ]
    ],
    [
      'continue-on-error added',
      BASE.replace(
        '      - uses: acme/maturity-gate@v1',
        '      - uses: acme/maturity-gate@v1\n        continue-on-error: true'
      ),
      {},
      [['weakened', 'maturity-gate step continue-on-error added: "true"', CI, 11, 'error']]
    ],
    [
      'continue-on-error as an expression',
      BASE.replace(
        '      - uses: acme/maturity-gate@v1',
        "      - uses: acme/maturity-gate@v1\n        continue-on-error: ${{ github.actor == 'me' }}"
      ),
      {},
      [
        [
          'weakened',
          'maturity-gate step continue-on-error added: "${{ github.actor == \'me\' }}"',
          CI,
          11,
          'error'
        ]
      ]
    ],
    [
      'continue-on-error: false spelled out',
      BASE.replace(
        '      - uses: acme/maturity-gate@v1',
        '      - uses: acme/maturity-gate@v1\n        continue-on-error: false'
      ),
      {},
      []
    ],
    [
      "continue-on-error added to the gate's job",
      BASE.replace('    needs: test', '    needs: test\n    continue-on-error: true'),
      {},
      [['weakened', 'job gate of the maturity-gate step: continue-on-error added: "true"', CI, 6, 'error']]
    ],
    [
      "continue-on-error: false on the gate's job",
      BASE.replace('    needs: test', "    needs: test\n    continue-on-error: 'false'"),
      {},
      []
    ],
    [
      "continue-on-error on another job than the gate's",
      BASE.replace(
        '    steps: [{ run: npm test }]',
        '    continue-on-error: true\n    steps: [{ run: npm test }]'
      ),
      {},
      []
    ],
    [
      'an if: on the step',
      BASE.replace(
        '      - uses: acme/maturity-gate@v1',
        "      - if: github.actor != 'bot'\n        uses: acme/maturity-gate@v1"
      ),
      {},
      [['weakened', 'maturity-gate step if: added: "github.actor != \'bot\'"', CI, 11, 'error']]
    ],
    [
      'an if: on the job',
      BASE.replace('    needs: test', '    needs: test\n    if: false'),
      {},
      [['weakened', 'job gate of the maturity-gate step: if: added: "false"', CI, 6, 'error']]
    ],
    [
      'the action swapped for another version',
      BASE.replace('acme/maturity-gate@v1', 'acme/maturity-gate@v0'),
      {},
      [
        [
          'weakened',
          'maturity-gate step uses changed from "acme/maturity-gate@v1" to "acme/maturity-gate@v0"',
          CI,
          11,
          'error'
        ]
      ]
    ],
    [
      'the step removed',
      BASE.split('\n').slice(0, 10).join('\n') + '\n',
      {},
      [
        [
          'weakened',
          'maturity-gate step removed (was at .github/workflows/ci.yml:11, job gate)',
          CI,
          6,
          'error'
        ]
      ]
    ],
    [
      'the job removed',
      BASE.split('\n').slice(0, 5).join('\n') + '\n',
      {},
      [
        [
          'weakened',
          'maturity-gate step removed (was at .github/workflows/ci.yml:11, job gate)',
          CI,
          1,
          'error'
        ]
      ]
    ],
    ['the step moved to a renamed job, unchanged', BASE.replace('  gate:', '  maturity:'), {}, []],
    [
      'the step moved to another workflow with continue-on-error',
      BASE.split('\n').slice(0, 10).join('\n') + '\n',
      {
        '.github/workflows/gate.yml': lines(
          'on: pull_request',
          'jobs:',
          '  gate:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: acme/maturity-gate@v1',
          '        continue-on-error: true',
          '        with: { mode: enforce, policy: .maturity.yml }'
        )
      },
      [
        [
          'weakened',
          'maturity-gate step continue-on-error added: "true"',
          '.github/workflows/gate.yml',
          6,
          'error'
        ],
        // In its new workflow the gate waits for nothing: `test` may still be running when it passes.
        [
          'weakened',
          'job gate of the maturity-gate step no longer needs test',
          '.github/workflows/gate.yml',
          3,
          'error'
        ]
      ]
    ],
    [
      'a second gate step added',
      BASE.replace('    steps:\n', '    steps:\n      - uses: ./\n'),
      {},
      [['strengthened', 'maturity-gate step added (uses ./)', CI, 10, 'notice']]
    ]
  ])('%s', (_name, head, files, expected) => {
    expect(tampering(head, files)).toEqual(expected)
  })

  it.each<[string, string, Array<[string, string, string, number, string]>]>([
    [
      'an if: and continue-on-error removed',
      BASE.replace(
        '      - uses: acme/maturity-gate@v1',
        '      - uses: acme/maturity-gate@v1\n        if: always()\n        continue-on-error: true'
      ),
      [
        ['strengthened', 'maturity-gate step continue-on-error removed (was "true")', CI, 11, 'notice'],
        ['strengthened', 'maturity-gate step if: removed (was "always()")', CI, 11, 'notice']
      ]
    ],
    [
      "continue-on-error removed from the gate's job",
      BASE.replace('    needs: test', '    needs: test\n    continue-on-error: true'),
      [
        [
          'strengthened',
          'job gate of the maturity-gate step: continue-on-error removed (was "true")',
          CI,
          6,
          'notice'
        ]
      ]
    ]
  ])('%s (head is the original)', (_name, base, expected) => {
    const changes = findGateTampering(parse({ [CI]: base }), parse({ [CI]: BASE }))
    expect(changes.map(c => [c.kind, c.message, c.location.file, c.location.line, c.severity])).toEqual(
      expected
    )
  })

  it('takes another matcher for a gate under another name', () => {
    const isMine = (step: Step) => step.uses?.startsWith('corp/level-check') ?? false
    const base = parse({ [CI]: BASE.replace('acme/maturity-gate@v1', 'corp/level-check@v2') })
    const head = parse({
      [CI]: BASE.replace('acme/maturity-gate@v1', 'corp/level-check@v2').replace('enforce', 'advise')
    })
    expect(findGateTampering(base, head, isMine).map(c => c.message)).toEqual([
      'maturity-gate step input mode changed from "enforce" to "advise"'
    ])
  })
})

describe('isMaturityGateStep', () => {
  it.each<[string | undefined, boolean]>([
    ['./', true],
    ['.', true],
    ['acme/maturity-gate@v1', true],
    ['Acme/Maturity-Gate@main', true],
    ['acme/maturity-gate/sub@v1', true],
    ['./actions/build', false],
    ['actions/checkout@v4', false],
    [undefined, false]
  ])('uses %s → %s', (uses, expected) => {
    const step: Step = {
      index: 0,
      uses,
      with: {},
      continueOnError: false,
      location: { file: CI, line: 1, column: 1 }
    }
    expect(isMaturityGateStep(step)).toBe(expected)
  })
})
