import picomatch from 'picomatch'
import { z } from 'zod'
import type { EvidenceItem, Finding } from '../core/finding.js'
import { policyRegex } from '../core/policy-regex.js'
import { compilePolicyRegex } from '../core/safe-regex.js'
import { classifyEnvironment } from '../workflow/environment-class.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import { createWorkflowGraph } from '../workflow/graph.js'
import type { JobRef, WorkflowGraph } from '../workflow/graph.js'
import type { Job, Step, Workflow } from '../workflow/model.js'

/**
 * The generic `workflow` check (design §2.3): a job or step matching every given matcher exists.
 * Job matchers (`jobs`, `environment`, `needs-environment`, `triggers`, `after`) pick jobs; item matchers
 * (`name`, `uses`, `id`, `run`) then pick the job itself (`name`/`uses` of a job, when no step-only matcher
 * is given) and its steps. A step's `name` falls back to its job's name, so `name: e2e*` with `run: playwright`
 * finds the Playwright step of an e2e job. `needs-environment` means the match runs after (transitively
 * needs) a job deploying to that environment: `production`, `preproduction` or a regex over the name.
 */

const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
const regex = policyRegex.pipe(z.string().min(1))

export const workflowMatcherSchema = z.strictObject({
  jobs: globs.optional(),
  id: globs.optional(),
  name: globs.optional(),
  uses: globs.optional(),
  run: regex.optional(),
  environment: regex.optional(),
  'needs-environment': regex.optional(),
  triggers: z.array(z.string().min(1)).min(1).optional(),
  get after() {
    return workflowMatcherSchema.optional()
  }
})

export type WorkflowMatcher = z.infer<typeof workflowMatcherSchema>

export interface WorkflowMatch {
  workflow: string
  job: Job
  step?: Step
}

export interface WorkflowCheckContext {
  environments: EnvironmentPatterns
}

export function checkWorkflow(
  workflows: readonly Workflow[],
  matcher: WorkflowMatcher,
  context: WorkflowCheckContext
): { matches: WorkflowMatch[] } {
  return { matches: findMatches(workflows, createWorkflowGraph(workflows), matcher, context) }
}

/** The finding of a policy-defined `workflow` practice, at definition strength (run refinement is the caller's). */
export function workflowFinding(
  practice: string,
  matcher: WorkflowMatcher,
  matches: WorkflowMatch[]
): Finding {
  if (matches.length === 0) {
    return {
      practice,
      status: 'fail',
      strength: 'definition',
      messageId: 'no-match',
      message: 'No workflow job or step matches the practice',
      evidence: [],
      locations: [],
      remediation: `Add a job or step matching ${describe(matcher)} to a workflow under .github/workflows, or adjust the matcher.`
    }
  }
  return {
    practice,
    status: 'pass',
    strength: 'definition',
    messageId: 'match',
    message: `${matches.length} workflow ${matches.length === 1 ? 'match' : 'matches'} found`,
    evidence: matches.map(evidenceOf),
    locations: matches.map(m => (m.step ?? m.job).location),
    remediation: ''
  }
}

function findMatches(
  workflows: readonly Workflow[],
  graph: WorkflowGraph,
  matcher: WorkflowMatcher,
  context: WorkflowCheckContext
): WorkflowMatch[] {
  const jobMatches = jobPredicate(workflows, graph, matcher, context)
  const item = itemPredicates(matcher)
  return workflows.flatMap(workflow =>
    workflow.jobs
      .filter(job => jobMatches({ workflow: workflow.file, job: job.id }, job))
      .flatMap(job => {
        if (!item) return [{ workflow: workflow.file, job }]
        const self = item.job(job) ? [{ workflow: workflow.file, job }] : []
        const steps = job.steps
          .filter(step => item.step(step, job))
          .map(step => ({ workflow: workflow.file, job, step }))
        return [...self, ...steps]
      })
  )
}

/** Policy regexes run over bounded input (design §11); longer scripts are judged on their start. */
const MAX_SCRIPT_LENGTH = 100_000

type JobPredicate = (ref: JobRef, job: Job) => boolean

function jobPredicate(
  workflows: readonly Workflow[],
  graph: WorkflowGraph,
  matcher: WorkflowMatcher,
  context: WorkflowCheckContext
): JobPredicate {
  const checks: JobPredicate[] = []
  if (matcher.jobs) {
    const ids = glob(matcher.jobs)
    // Jobs inlined from a reusable workflow are `caller/callee`: either part may be what the policy names.
    checks.push((_, job) => ids(job.id) || ids(job.id.split('/').pop() ?? job.id))
  }
  if (matcher.environment) {
    const environment = compilePolicyRegex(matcher.environment)
    checks.push((_, job) => job.environment !== undefined && environment.test(job.environment.name))
  }
  const needsEnvironment = matcher['needs-environment']
  if (needsEnvironment) {
    const deploys = environmentTest(needsEnvironment, context)
    checks.push(ref => graph.predecessors(ref).some(p => deploys(graph.job(p))))
  }
  if (matcher.triggers) {
    const triggers = matcher.triggers
    checks.push(ref => triggers.some(event => graph.eventsOf(ref).has(event)))
  }
  if (matcher.after) {
    const before = findMatches(workflows, graph, matcher.after, context)
    checks.push(ref => before.some(m => graph.precedes({ workflow: m.workflow, job: m.job.id }, ref)))
  }
  return (ref, job) => checks.every(check => check(ref, job))
}

function environmentTest(value: string, context: WorkflowCheckContext): (job: Job | undefined) => boolean {
  if (value === 'production' || value === 'preproduction') {
    return job =>
      job?.environment !== undefined &&
      classifyEnvironment(job.environment.name, context.environments) === value
  }
  const pattern = compilePolicyRegex(value)
  return job => job?.environment !== undefined && pattern.test(job.environment.name)
}

interface ItemPredicates {
  job(job: Job): boolean
  step(step: Step, job: Job): boolean
}

function itemPredicates(matcher: WorkflowMatcher): ItemPredicates | undefined {
  if (!matcher.name && !matcher.uses && !matcher.id && !matcher.run) return undefined
  const name = matcher.name ? glob(matcher.name) : undefined
  const uses = matcher.uses ? glob(matcher.uses) : undefined
  const id = matcher.id ? glob(matcher.id) : undefined
  const run = matcher.run ? compilePolicyRegex(matcher.run) : undefined
  const stepOnly = id !== undefined || run !== undefined
  return {
    job: job => !stepOnly && (!name || has(job.name, name)) && (!uses || has(job.uses, uses)),
    step: (step, job) =>
      (!name || has(step.name, name) || has(job.name, name)) &&
      (!uses || has(step.uses, uses)) &&
      (!id || has(step.id, id)) &&
      (!run || (step.run !== undefined && run.test(step.run.slice(0, MAX_SCRIPT_LENGTH))))
  }
}

function has(value: string | undefined, test: (value: string) => boolean): boolean {
  return value !== undefined && test(value)
}

function glob(patterns: string | string[]): (value: string) => boolean {
  return picomatch(patterns, { nocase: true, dot: true })
}

function evidenceOf(match: WorkflowMatch): EvidenceItem {
  const location = (match.step ?? match.job).location
  if (!match.step) return { kind: 'job', workflow: match.workflow, job: match.job.id, location }
  const step = match.step.name ?? match.step.id ?? match.step.uses ?? `step ${match.step.index + 1}`
  return { kind: 'step', workflow: match.workflow, job: match.job.id, step, location }
}

/** The matcher as the policy wrote it, for the remediation text. */
function describe(matcher: WorkflowMatcher): string {
  return JSON.stringify(matcher)
}
