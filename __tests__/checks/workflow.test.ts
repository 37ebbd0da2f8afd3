import { describe, expect, it } from '@jest/globals'
import { checkWorkflow, workflowFinding, workflowMatcherSchema } from '../../src/checks/workflow.js'
import type { WorkflowMatcher } from '../../src/checks/workflow.js'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../../src/workflow/environment-class.js'
import { defined } from '../helpers/defined.js'

const FILE = '.github/workflows/cd.yml'
const text = [
  'name: CD', //                                              1
  'on: [push, workflow_dispatch]', //                         2
  'jobs:', //                                                 3
  '  build:', //                                              4
  '    runs-on: x', //                                        5
  '    steps:', //                                            6
  '      - uses: actions/checkout@v4', //                     7
  '      - id: compile', //                                   8
  '        run: npm run build', //                            9
  '  e2e-tests:', //                                         10
  '    name: End to end', //                                 11
  '    needs: build', //                                     12
  '    runs-on: x', //                                       13
  '    steps:', //                                           14
  '      - uses: microsoft/playwright-github-action@v1', //  15
  '      - name: Run', //                                    16
  '        run: npx playwright test', //                     17
  '  staging:', //                                           18
  '    needs: e2e-tests', //                                 19
  '    environment: gke-staging', //                         20
  '    runs-on: x', //                                       21
  '    steps: [{ run: ./deploy.sh staging }]', //            22
  '  production:', //                                        23
  '    needs: staging', //                                   24
  "    if: github.event_name == 'workflow_dispatch'", //     25
  '    environment: { name: Production }', //                26
  '    runs-on: x', //                                       27
  '    steps: [{ run: ./deploy.sh prod }]', //               28
  '  smoke:', //                                             29
  '    needs: production', //                                30
  '    runs-on: x', //                                       31
  '    steps: [{ name: Smoke, run: curl -f https://x/health && ./smoke.sh }]', // 32
  ''
].join('\n')
const workflows = [defined(parseWorkflow(text, FILE).workflow, 'a workflow')]
const context = { environments: DEFAULT_ENVIRONMENT_PATTERNS }

function matched(matcher: WorkflowMatcher): string[] {
  return checkWorkflow(workflows, matcher, context).matches.map(m =>
    m.step ? `${m.job.id}:${m.step.location.line}` : m.job.id
  )
}

describe('checkWorkflow', () => {
  it.each<{ matcher: WorkflowMatcher; expected: string[] }>([
    { matcher: {}, expected: ['build', 'e2e-tests', 'staging', 'production', 'smoke'] },
    { matcher: { jobs: 'e2e*' }, expected: ['e2e-tests'] },
    { matcher: { jobs: ['E2E*', 'smoke'] }, expected: ['e2e-tests', 'smoke'] },
    { matcher: { name: 'end to end' }, expected: ['e2e-tests', 'e2e-tests:15', 'e2e-tests:16'] },
    { matcher: { name: 'end to end', run: 'playwright' }, expected: ['e2e-tests:16'] },
    { matcher: { id: 'compile' }, expected: ['build:8'] },
    { matcher: { uses: '*/playwright-*' }, expected: ['e2e-tests:15'] },
    { matcher: { run: 'DEPLOY\\.sh' }, expected: ['staging:22', 'production:28'] },
    { matcher: { environment: 'production' }, expected: ['production'] },
    { matcher: { 'needs-environment': 'production' }, expected: ['smoke'] },
    { matcher: { 'needs-environment': 'production', run: '(smoke|synthetic)' }, expected: ['smoke:32'] },
    { matcher: { 'needs-environment': 'preproduction' }, expected: ['production', 'smoke'] },
    { matcher: { 'needs-environment': '^gke-' }, expected: ['production', 'smoke'] },
    { matcher: { triggers: ['push'] }, expected: ['build', 'e2e-tests', 'staging'] },
    { matcher: { triggers: ['workflow_dispatch'], jobs: 'smoke' }, expected: ['smoke'] },
    { matcher: { environment: 'prod', after: { jobs: 'e2e*' } }, expected: ['production'] },
    { matcher: { jobs: 'build', after: { jobs: 'e2e*' } }, expected: [] },
    { matcher: { run: 'nothing-like-this' }, expected: [] }
  ])('$matcher', ({ matcher, expected }) => {
    expect(matched(matcher)).toEqual(expected)
  })
})

describe('workflowMatcherSchema', () => {
  it.each([
    { input: { jobs: 'e2e*', run: 'x' }, ok: true },
    {
      input: { jobs: ['a', 'b'], 'needs-environment': 'production', after: { uses: 'actions/*' } },
      ok: true
    },
    { input: { triggers: ['push'] }, ok: true },
    { input: { job: 'typo' }, ok: false },
    { input: { after: { typo: 1 } }, ok: false },
    { input: { run: '(unclosed' }, ok: false },
    { input: { environment: 'x'.repeat(201) }, ok: false },
    { input: { jobs: [] }, ok: false },
    { input: { triggers: 'push' }, ok: false }
  ])('$input → $ok', ({ input, ok }) => {
    expect(workflowMatcherSchema.safeParse(input).success).toBe(ok)
  })
})

describe('workflowFinding', () => {
  it('passes at definition strength with the match locations', () => {
    const matcher = { run: 'smoke' }
    const finding = workflowFinding(
      'smoke-after-deploy',
      matcher,
      checkWorkflow(workflows, matcher, context).matches
    )
    expect(finding).toMatchObject({
      practice: 'smoke-after-deploy',
      status: 'pass',
      strength: 'definition',
      messageId: 'match',
      locations: [{ file: FILE, line: 32, column: 13 }],
      evidence: [{ kind: 'step', workflow: FILE, job: 'smoke', step: 'Smoke' }]
    })
  })

  it('fails with no-match and says what was searched', () => {
    const matcher = { jobs: 'load*', run: 'k6' }
    const finding = workflowFinding('perf', matcher, checkWorkflow(workflows, matcher, context).matches)
    expect(finding).toMatchObject({
      status: 'fail',
      strength: 'definition',
      messageId: 'no-match',
      locations: []
    })
    expect(finding.remediation).toContain('{"jobs":"load*","run":"k6"}')
  })
})
