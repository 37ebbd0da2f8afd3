import { describe, expect, it } from '@jest/globals'
import { handOffsOf } from '../../src/workflow/hand-offs-of.js'
import type { HandOff } from '../../src/workflow/hand-offs-of.js'
import type { Step } from '../../src/workflow/model.js'

const step = (fields: Partial<Step>): Step => ({
  index: 0,
  with: {},
  continueOnError: false,
  location: { file: '.github/workflows/deploy.yml', line: 9, column: 7 },
  ...fields
})

describe('handOffsOf', () => {
  const table: Array<[string, Partial<Step>, HandOff[]]> = [
    [
      'a repository_dispatch posted with curl, its event_type read from the JSON body',
      {
        run: `curl -L -X POST -H "Authorization: Bearer $TOKEN" \\\n  https://api.github.com/repos/acme/app-manifests/dispatches \\\n  -d '{"event_type":"update-docker-image","client_payload":{"tag":"abc"}}'`
      },
      [{ repository: 'acme/app-manifests', event: 'update-docker-image' }]
    ],
    [
      'a workflow_dispatch of a named workflow through the REST API',
      {
        run: 'curl -X POST https://api.github.com/repos/acme/infra/actions/workflows/deploy.yml/dispatches -d \'{"ref":"main"}\''
      },
      [{ repository: 'acme/infra', workflow: 'deploy.yml' }]
    ],
    [
      'gh workflow run with --repo after the workflow and fields',
      { run: 'gh workflow run rollout.yml -f env=staging --repo acme/platform-deploys' },
      [{ repository: 'acme/platform-deploys', workflow: 'rollout.yml' }]
    ],
    [
      'gh workflow run with -R first and a --ref value before the workflow',
      { run: 'gh workflow run -R acme/infra --ref main release.yaml' },
      [{ repository: 'acme/infra', workflow: 'release.yaml' }]
    ],
    [
      'gh api posting a repository_dispatch',
      { run: 'gh api repos/acme/gitops/dispatches -f event_type=promote-prod' },
      [{ repository: 'acme/gitops', event: 'promote-prod' }]
    ],
    [
      'peter-evans/repository-dispatch naming another repository',
      {
        uses: 'peter-evans/repository-dispatch@v3',
        with: { repository: 'acme/k8s-manifests', 'event-type': 'bump-image', token: '${{ secrets.PAT }}' }
      },
      [{ repository: 'acme/k8s-manifests', event: 'bump-image' }]
    ],
    [
      'convictional/trigger-workflow-and-wait with owner and repo',
      {
        uses: 'convictional/trigger-workflow-and-wait@v1.6.5',
        with: { owner: 'acme', repo: 'deployer', workflow_file_name: 'deploy-prod.yml' }
      },
      [{ repository: 'acme/deployer', workflow: 'deploy-prod.yml' }]
    ],
    // Near misses: work started in the run's own repository is read there; other API calls start nothing.
    [
      'a dispatch action without a repository targets the run’s own',
      { uses: 'peter-evans/repository-dispatch@v3', with: { 'event-type': 'x' } },
      []
    ],
    [
      'a dispatch to ${{ github.repository }}',
      { run: 'gh api repos/${{ github.repository }}/dispatches -f event_type=nightly' },
      []
    ],
    ['a dispatch to $GITHUB_REPOSITORY', { run: 'gh workflow run e2e.yml --repo "$GITHUB_REPOSITORY"' }, []],
    ['gh workflow run in this repository', { run: 'gh workflow run deploy.yml -f env=prod' }, []],
    [
      'an issue comment through the API',
      { run: 'curl -X POST https://api.github.com/repos/acme/app/issues/1/comments' },
      []
    ]
  ]
  it.each(table)('%s', (_name, fields, expected) => {
    expect(handOffsOf(step(fields))).toEqual(expected)
  })
})
