import { matchJobs } from './match-jobs.js'
import type { Workflow } from '../workflow/model.js'
import type { Evidence, RunView } from './evidence.js'
import type { GitHubClient } from './github-client.js'
import type { GitHubContext } from './github-context.js'
import { collectRun } from './run.js'

/**
 * What the gate may ask the REST API about: always the repository; in the action also this run (its id,
 * attempt, workflow file and the gate's own job). The CLI with a token has the repository part only.
 */
export type ApiTarget = Pick<GitHubContext, 'owner' | 'repo' | 'apiUrl' | 'defaultBranch'> &
  Partial<
    Pick<GitHubContext, 'runId' | 'runAttempt' | 'sha' | 'job' | 'workflowFile' | 'eventName' | 'baseSha'>
  >

export interface ApiAccess {
  client: GitHubClient
  context: ApiTarget
}

export type ApiEvidence = Pick<Evidence, 'run' | 'rules' | 'deployments' | 'gaps'>

/**
 * The REST half of the evidence (design §4): this run's jobs matched to its workflow file, the head commit's
 * deployments and the default branch's rules. Never throws for API failures: what could not be read is a gap
 * naming the permission, and the practices that need it become unknown.
 */
export async function collectApiEvidence(
  api: ApiAccess,
  workflows: readonly Workflow[]
): Promise<ApiEvidence> {
  const { context } = api
  const collection = await collectRun(api.client, {
    owner: context.owner,
    repo: context.repo,
    run: context.runId === undefined ? undefined : { id: context.runId, attempt: context.runAttempt ?? 1 },
    sha: context.sha,
    defaultBranch: context.defaultBranch
  })
  const { rules, deployments } = collection
  const gaps = [...collection.gaps]
  let run: RunView | undefined
  if (collection.run) {
    const file = context.workflowFile ?? collection.run.workflowPath
    const workflow = workflows.find(w => w.file === file)
    if (workflow) {
      const matching = matchJobs(workflow, collection.run.jobs, context.job)
      run = {
        event: collection.run.event,
        workflow: file,
        jobs: new Map(matching.matched.map(m => [m.workflowJob.job, m.runJobs])),
        unmatched: matching.unmatched,
        ...(context.job === undefined ? {} : { gateJob: context.job })
      }
    } else {
      gaps.push({
        what: 'run',
        permission: 'contents: read',
        reason: `the run's workflow ${file} is not in the checkout`,
        fix: "Check out the repository (actions/checkout) at this run's commit before the gate step."
      })
    }
  }
  return { run, rules, deployments, gaps }
}
