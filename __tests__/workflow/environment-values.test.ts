import { describe, expect, it } from '@jest/globals'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { environmentValues } from '../../src/workflow/environment-values.js'

/** The values an `environment:` expression can take (real-world patterns §3.2), read from the workflow alone. */

function valuesOf(yaml: string, job = 'deploy'): { values: string[]; sources: string[] } {
  const { workflow } = parseWorkflow(yaml, '.github/workflows/deploy.yml')
  const found = workflow?.jobs.find(j => j.id === job)
  if (!workflow || !found?.environment) throw new Error('no environment in the test workflow')
  return environmentValues(found.environment.name, found, workflow)
}

const dispatch = (environment: string, options = '[dev, preprod, prod]') =>
  `on:\n  workflow_dispatch:\n    inputs:\n      target: { type: choice, options: ${options}, default: dev }\n      free: { type: string }\nenv:\n  DEPLOY_ENV: prod\njobs:\n  deploy:\n    runs-on: x\n    environment: ${environment}\n    strategy: { matrix: { stage: [qa, live], include: [{ stage: canary }] } }\n    env: { REGION_ENV: "\${{ inputs.target }}" }\n    steps: [{ run: ./deploy.sh }]\n`

describe('environmentValues', () => {
  it.each([
    ['a literal', dispatch('staging'), ['staging']],
    ['a dispatch choice', dispatch('${{ inputs.target }}'), ['dev', 'preprod', 'prod']],
    [
      'the older github.event.inputs form',
      dispatch('${{ github.event.inputs.target }}'),
      ['dev', 'preprod', 'prod']
    ],
    [
      'a choice with a literal fallback',
      dispatch("${{ inputs.target || 'sandbox' }}"),
      ['dev', 'preprod', 'prod', 'sandbox']
    ],
    [
      'a condition choosing between literals',
      dispatch("${{ github.ref == 'refs/heads/main' && 'prod' || 'dev' }}"),
      ['prod', 'dev']
    ],
    ['a matrix list with include rows', dispatch('${{ matrix.stage }}'), ['qa', 'live', 'canary']],
    ['workflow env', dispatch('${{ env.DEPLOY_ENV }}'), ['prod']],
    ['job env naming an input in turn', dispatch('${{ env.REGION_ENV }}'), ['dev', 'preprod', 'prod']],
    ['literal words around an expression', dispatch('api-${{ inputs.free }}'), ['api-']]
  ])('%s', (_name, yaml, values) => {
    expect(valuesOf(yaml).values).toEqual(values)
  })

  it.each([
    ['a free-text input', dispatch('${{ inputs.free }}')],
    ['a repository variable', dispatch('${{ vars.TARGET }}')],
    ['a repository_dispatch payload', dispatch('${{ github.event.client_payload.env }}')],
    ['an unknown env name', dispatch('${{ env.NOPE }}')]
  ])('nothing for values from outside the repository: %s', (_name, yaml) => {
    expect(valuesOf(yaml)).toEqual({ values: [], sources: [] })
  })

  it('reads the literals a setup job writes to GITHUB_OUTPUT, directly or through a variable', () => {
    const yaml = (script: string) =>
      `on: push\njobs:\n  setup:\n    runs-on: x\n    outputs: { env: "\${{ steps.pick.outputs.env }}" }\n    steps:\n      - id: pick\n        run: |\n${script
        .split('\n')
        .map(line => `          ${line}`)
        .join(
          '\n'
        )}\n  deploy:\n    needs: setup\n    runs-on: x\n    environment: \${{ needs.setup.outputs.env }}\n    steps: [{ run: ./deploy.sh }]\n`
    expect(valuesOf(yaml('echo "env=staging" >> $GITHUB_OUTPUT'))).toEqual({
      values: ['staging'],
      sources: ['needs.setup.outputs.env']
    })
    expect(
      valuesOf(
        yaml(
          'ENV=dev\nif [ "$GITHUB_REF" = refs/heads/main ]; then ENV="prod"; fi\necho "env=$ENV" >> "$GITHUB_OUTPUT"'
        )
      ).values
    ).toEqual(['dev', 'prod'])
    // A computed value cannot be read: nothing, rather than a guess.
    expect(valuesOf(yaml('ENV=$(cat env.txt)\necho "env=$ENV" >> "$GITHUB_OUTPUT"')).values).toEqual([])
  })
})
