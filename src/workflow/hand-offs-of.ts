import type { Step } from './model.js'
import { parseArguments } from './script-runners/parse-arguments.js'
import { shellWords } from './script-runners/shell-words.js'

/**
 * A step that starts a workflow in another repository (`repository_dispatch` or `workflow_dispatch` through
 * the REST API, `gh workflow run --repo`, a dispatch action): the work happens there, where the gate cannot
 * read it, so the step is an opaque call named by what it sends (real-world patterns §10.2). GitOps pipelines
 * deploy this way: the application's workflow builds the image and asks its manifests repository to roll it out.
 */
export interface HandOff {
  /** `owner/name` as written; it may hold an expression. */
  repository: string
  /** The workflow file started by `workflow_dispatch`. */
  workflow?: string
  /** The `event_type` of a `repository_dispatch`. */
  event?: string
}

export function handOffsOf(step: Step): HandOff[] {
  return dispatchesOf(step).filter(handOff => !SAME_REPOSITORY.test(handOff.repository))
}

/**
 * The `repository_dispatch` event types a step sends to its own repository (a dispatch action without another
 * repository, a REST call to `repos/${{ github.repository }}/dispatches`): the workflows here that listen for
 * them run because it ran.
 */
export function ownDispatchEvents(step: Step): string[] {
  return dispatchesOf(step).flatMap(({ repository, event }) =>
    event !== undefined && SAME_REPOSITORY.test(repository) ? [event] : []
  )
}

/** Every dispatch a step makes, to its own repository or another. */
function dispatchesOf(step: Step): HandOff[] {
  return [...fromActions(step), ...fromCommands(step.run ?? '')]
}

/** The repository the run belongs to: a dispatch to it starts one of the workflows the gate reads itself. */
const SAME_REPOSITORY = /github\.repository\b|\$\{?GITHUB_REPOSITORY\b/

const OWNER_NAME = String.raw`([^/\s"'?]+/[^/\s"'?]+)`
/** The run's own repository in a URL: `${{ github.repository }}`, `$GITHUB_REPOSITORY`. */
const OWN_REPOSITORY = String.raw`(\$\{\{\s*github\.repository\s*\}\}|\$\{?GITHUB_REPOSITORY\}?)`
const REPOSITORY_DISPATCH = new RegExp(
  String.raw`(?:^|[/\s"'])repos/(?:${OWNER_NAME}|${OWN_REPOSITORY})/dispatches\b`,
  'g'
)
const WORKFLOW_DISPATCH = new RegExp(
  String.raw`(?:^|[/\s"'])repos/${OWNER_NAME}/actions/workflows/([^/\s"'?]+)/dispatches\b`,
  'g'
)
const EVENT_TYPE = /["']?event_type["']?\s*[:=]\s*\\?["']?([^"'\s,}\\]+)/
/** `gh workflow run deploy.yml --repo acme/manifests` (or `-R`, before or after the workflow). */
const GH_WORKFLOW_RUN = /\bgh\s+workflow\s+run\b([^\n;&|]*)/g
/** Flags of `gh workflow run` that take the next word as their value. */
const GH_VALUE_FLAGS = new Set([
  '--ref',
  '-r',
  '--field',
  '-f',
  '--raw-field',
  '-F',
  '--json',
  '--repo',
  '-R'
])

function fromCommands(script: string): HandOff[] {
  const found: HandOff[] = []
  const event = EVENT_TYPE.exec(script)?.[1]
  for (const match of script.matchAll(WORKFLOW_DISPATCH)) {
    found.push({ repository: match[1] ?? '', workflow: match[2] ?? '' })
  }
  for (const match of script.matchAll(REPOSITORY_DISPATCH)) {
    found.push({ repository: match[1] ?? match[2] ?? '', ...(event === undefined ? {} : { event }) })
  }
  for (const match of script.matchAll(GH_WORKFLOW_RUN)) {
    const { flags, args } = parseArguments(shellWords(match[1] ?? ''), GH_VALUE_FLAGS)
    const repository = flags.get('--repo') ?? flags.get('-R')
    const [workflow] = args
    if (repository !== undefined) found.push({ repository, ...(workflow === undefined ? {} : { workflow }) })
  }
  return found
}

/**
 * Dispatch actions and the inputs that name the other repository and what starts there. Without a repository
 * input they dispatch to the run's own repository, whose workflows the gate reads.
 */
const DISPATCH_ACTIONS: ReadonlyArray<{
  action: string
  repository: (inputs: Record<string, string>) => string | undefined
  workflow?: string
  event?: string
}> = [
  {
    action: 'peter-evans/repository-dispatch',
    repository: inputs => inputs.repository ?? '${{ github.repository }}',
    event: 'event-type'
  },
  { action: 'benc-uk/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
  { action: 'the-actions-org/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
  { action: 'aurelien-baudet/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
  {
    action: 'convictional/trigger-workflow-and-wait',
    repository: inputs =>
      inputs.owner !== undefined && inputs.repo !== undefined ? `${inputs.owner}/${inputs.repo}` : undefined,
    workflow: 'workflow_file_name'
  }
]

function fromActions(step: Step): HandOff[] {
  const action = step.uses?.split('@')[0]?.toLowerCase()
  const known = DISPATCH_ACTIONS.find(entry => entry.action === action)
  const repository = known?.repository(step.with)
  if (!known || repository === undefined) return []
  const workflow = known.workflow === undefined ? undefined : step.with[known.workflow]
  const event = known.event === undefined ? undefined : step.with[known.event]
  return [
    {
      repository,
      ...(workflow === undefined ? {} : { workflow }),
      ...(event === undefined ? {} : { event })
    }
  ]
}
