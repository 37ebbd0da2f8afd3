import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import type { Workflow } from '../workflow/model.js'
import type { WorkflowGraph } from '../workflow/graph.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { deploymentsOf } from './support/deploys.js'
import { listJobs } from './support/findings.js'
import type { PipelineJob } from './support/pipeline.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import { pushReachesBranch } from './support/events.js'

const messages = {
  continuous: '{deploy} deploys to production on every push to {branch}, with no manual step',
  'not-from-default-branch':
    '{deploy} deploys to production on {events}, but not automatically on a push to {branches}{hint}',
  'no-production': '{jobs} deploy, but none to an environment that reads as production',
  'no-deploy': 'no workflow job deploys, so no push reaches production'
}

const options = {
  branches: z
    .array(z.string().min(1))
    .min(1)
    .default(['main', 'master'])
    .describe('the default branch: a push to one of these names must reach production'),
  jobs: jobGlobs
}

export const continuousDeployment = definePractice({
  meta: {
    id: 'continuous-deployment',
    title: 'Continuous deployment to production',
    model: 'cdmm',
    rationale:
      'CDMM expert, Build & Deploy: every change that passes the pipeline goes to production with no manual step.',
    messages,
    options,
    namedJobs: ['deploy']
  },
  check(context, { branches }) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const production = pipeline.productionDeploys
    const fromDefault = production.filter(releases).flatMap(job => {
      const branch = defaultBranchPush(pipeline.graph, context.evidence.workflows, job, branches)
      return branch === undefined ? [] : [{ job, data: { branch: `\`${branch}\`` } }]
    })
    // Only the push must reach production unattended (patterns §5.5): what gates it is automated-deploy's question.
    const continuous = fromDefault[0]
    if (continuous) {
      return findingFor(context, messages, 'continuous', {
        status: 'pass',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(continuous.job)}\``, ...continuous.data },
        evidence: [jobEvidence(continuous.job, 'deploy')],
        locations: [locationOf(continuous.job, 'deploy')],
        remediation: ''
      })
    }
    const first = production[0]
    if (first) {
      const pushes = first.workflow.triggers.filter(t => t.event === 'push')
      const filters = pushes.flatMap(t => [...t.branches, ...t.tags.map(tag => `tag ${tag}`)])
      return findingFor(context, messages, 'not-from-default-branch', {
        status: 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(first)}\``,
          events: [...pipeline.graph.eventsOf(first.ref)].sort().join(', ') || 'no event',
          branches: branches.map(b => `\`${b}\``).join(' or '),
          hint: filters.length > 0 ? ` (its push filter: ${filters.map(f => `\`${f}\``).join(', ')})` : ''
        },
        evidence: production.map(job => jobEvidence(job, 'deploy')),
        locations: [(pushes[0] ?? first.workflow.triggers[0] ?? first.workflow).location],
        remediation: `Trigger \`${first.job.id}\` on \`push\` to \`${branches[0]}\` (directly, or through \`workflow_run\` after CI on that branch) instead of by hand or by tag; if the default branch has another name, set \`branches\` for this practice.`
      })
    }
    const deployments = deploymentsOf(pipeline)
    if (deployments.length > 0) {
      return findingFor(context, messages, 'no-production', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(deployments) },
        evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
        locations: deployments.map(job => (job.job.environment ?? job.job).location),
        remediation:
          'Give the production deploy job `environment: production` (or a name the policy `environments.production` pattern matches).'
      })
    }
    return findingFor(context, messages, 'no-deploy', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation:
        'Add a production deploy job (`environment: production`) that runs on `push` to the default branch after the build and test jobs.'
    })
  }
})

/**
 * The default branch whose push starts `job` without a person: its own workflow's `push` trigger, or a
 * `workflow_run` chain back to a workflow that runs on such a push.
 */
function defaultBranchPush(
  graph: WorkflowGraph,
  workflows: readonly Workflow[],
  job: PipelineJob,
  branches: readonly string[]
): string | undefined {
  if (!job.automatic) return undefined
  const events = graph.eventsOf(job.ref)
  const caller = job.job.calledBy && job.workflow.jobs.find(j => j.id === job.job.calledBy?.job)
  const allowed = branches.filter(branch => [job.job.if, caller?.if].every(c => conditionAllows(c, branch)))
  const direct = events.has('push') ? pushedBranch(job.workflow, allowed) : undefined
  if (direct !== undefined || !events.has('workflow_run')) return direct
  return upstreamPushedBranch(graph, workflows, job.workflow.file, branches, new Set())
}

/** `if:` forms that pin a job to named branches or to tags; anything else is taken to allow the branch. */
const NAMED_BRANCH = /github\.ref\s*==\s*'refs\/heads\/([^']+)'|github\.ref_name\s*==\s*'([^']+)'/g
const TAGS_ONLY = /startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/'|github\.ref_type\s*==\s*'tag'/

function conditionAllows(condition: string | undefined, branch: string): boolean {
  if (!condition) return true
  const named = [...condition.matchAll(NAMED_BRANCH)].map(match => match[1] ?? match[2])
  if (named.length > 0) return named.includes(branch)
  return !TAGS_ONLY.test(condition)
}

function pushedBranch(workflow: Workflow, branches: readonly string[]): string | undefined {
  return branches.find(branch => workflow.triggers.some(trigger => pushReachesBranch(trigger, branch)))
}

function upstreamPushedBranch(
  graph: WorkflowGraph,
  workflows: readonly Workflow[],
  file: string,
  branches: readonly string[],
  visiting: Set<string>
): string | undefined {
  if (visiting.has(file)) return undefined
  visiting.add(file)
  for (const edge of graph.workflowRunEdges.filter(e => e.downstream === file)) {
    const upstream = workflows.find(w => w.file === edge.upstream)
    const branch =
      (upstream && pushedBranch(upstream, branches)) ??
      upstreamPushedBranch(graph, workflows, edge.upstream, branches, visiting)
    if (branch !== undefined) return branch
  }
  return undefined
}

/**
 * A remote call takes its environment from an input, but one whose names say it lints or tests
 * (`test_helm_lint.yml` with `environment: prod`) checks that environment's configuration: it releases nothing.
 * The pipeline counts it as a deploy because its content cannot be read; this practice asks what reaches
 * production, so it needs a call that may deploy.
 */
function releases(job: PipelineJob): boolean {
  if (job.job.uses === undefined || job.purposes.length === 0) return true
  return hasPurpose(job, 'deploy', 'rollout', 'iac-apply', 'model-deploy', 'artifact-store')
}
