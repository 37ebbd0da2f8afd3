// Where a deploy goes when that is not production: one notion for every practice that asks (patterns §1.2).
import type { EnvironmentPatterns } from '../../workflow/environment-class.js'
import { classifyEnvironment } from '../../workflow/environment-class.js'
import type { Pipeline, PipelineJob } from './pipeline.js'

/**
 * Job and workflow names say what a job does as well as where it deploys: "test" in `build-test-deploy` is the
 * work, not the target. Only environment names and deploy inputs may use it to name a target.
 */
const WORK_WORDS = /\b(tests?|testing)\b/gi
/**
 * Inputs that say what is deployed, not where: an image reference (`europe-docker.pkg.dev/p/app:sha` is no
 * `dev` environment), a package, manifest or source path.
 */
const WHAT_INPUT =
  /^(?:[\w-]*[-_])?(?:images?|tags?|packages?|manifests?|files?|paths?|source|sources|registry|dockerfile|context|chart|artifacts?|dist|dir|directory|working-directory|task-definition)$/i
/** What a pull request deploys is unreviewed code: a preview, whatever the target is called. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/**
 * Where a deploy job deploys to, when that is not production: its `environment:`, else (no environment, one
 * only an expression names, or one that names no stage: `cloud` holding the credentials, `pypi`) a preview
 * when only pull requests start it, else the names around the deploy — inputs of its deploy steps, those
 * steps' names, the job's and the workflow's name — read with the policy's pre-production pattern.
 */
export function nonProductionTarget(
  pipeline: Pipeline,
  job: PipelineJob,
  patterns: EnvironmentPatterns
): string | undefined {
  if (job.environmentClass === 'preproduction') return job.environmentName ?? job.job.environment?.name
  // A manual deploy whose choice holds `preprod` beside `prod` deploys to a test environment too.
  const preproduction = job.environmentValues.find(value => value.class === 'preproduction')
  if (preproduction) return preproduction.name
  if (job.environmentClass === 'production') return undefined
  const events = [...pipeline.graph.eventsOf(job.ref)]
  if (events.length > 0 && events.every(event => PULL_REQUEST_EVENTS.includes(event)))
    return 'a pull-request preview'
  const steps = job.purposes.flatMap(p =>
    p.purpose === 'deploy' && p.step !== undefined ? [job.job.steps[p.step]] : []
  )
  const inputs = steps.flatMap(step =>
    Object.entries(step?.with ?? {}).flatMap(([key, value]) => (WHAT_INPUT.test(key) ? [] : [value]))
  )
  const names = [
    ...steps.map(step => step?.name),
    job.job.id.split('/').pop(),
    job.job.name,
    job.workflow.name ?? job.workflow.file.split('/').pop()
  ].flatMap(name => (name ? [name.replace(WORK_WORDS, ' ')] : []))
  return [...inputs, ...names].find(text => classifyEnvironment(text, patterns) === 'preproduction')
}
