import type { Location } from '../core/finding.js'

/**
 * The workflow model every practice reads (design §4). Produced by src/parsers/workflow.ts from one file's
 * text and completed by src/evidence/workflows.ts (local composite actions and reusable workflows inlined).
 * Expressions (`${{ }}`) are kept as text and never evaluated.
 */

export interface Trigger {
  /** Event name as written: push, pull_request, workflow_dispatch, schedule, workflow_run, … */
  event: string
  branches: string[]
  branchesIgnore: string[]
  tags: string[]
  paths: string[]
  pathsIgnore: string[]
  /** Activity types (`types:`), e.g. release: [published], workflow_run: [completed]. */
  types: string[]
  /** workflow_run: the upstream workflows' names. */
  workflows: string[]
  /** schedule: the cron strings. */
  crons: string[]
  location: Location
}

export interface Step {
  /** 0-based position in its job. */
  index: number
  id?: string
  name?: string
  uses?: string
  run?: string
  with: Record<string, string>
  if?: string
  continueOnError: boolean | string
  /** `working-directory` of the step, else of `defaults.run` (job, then workflow); as written. */
  workingDirectory?: string
  location: Location
  /** Set when the step was inlined from a local composite action: that action's path. */
  fromAction?: string
  /** The step's own `env:` (values as written). */
  env?: Record<string, string>
}

export interface Environment {
  /** As written; may hold an expression such as `${{ inputs.environment }}` when not resolvable. */
  name: string
  url?: string
  location: Location
}

export interface Job {
  /** Job id as in the file; for jobs inlined from a reusable workflow `caller/callee`. */
  id: string
  name?: string
  needs: string[]
  if?: string
  environment?: Environment
  runsOn?: string
  /** strategy.matrix as written (values are kept, expressions as text). */
  matrix?: Record<string, unknown>
  /** Service container ids (`services:` keys). */
  services: string[]
  outputs: Record<string, string>
  /** Reusable workflow call: `./.github/workflows/x.yml` or `owner/repo/.github/workflows/x.yml@ref`. */
  uses?: string
  with: Record<string, string>
  steps: Step[]
  location: Location
  /** For a call whose callee could not be read (remote without token, missing file): why it stays opaque. */
  opaqueReason?: string
  /** Set on jobs inlined from a reusable workflow: the calling job's id and the callee's file. */
  calledBy?: { job: string; workflow: string }
  /** The job's own `env:` (values as written). */
  env?: Record<string, string>
  /**
   * The job's `continue-on-error`, where written: `true` lets it fail without failing the run, and the jobs
   * that need it see `success`; an expression (`${{ matrix.experimental }}`) is kept as text.
   */
  continueOnError?: boolean | string
}

/** An input of `on.workflow_dispatch`: the values a person can choose decide where a manual run deploys. */
export interface DispatchInput {
  type?: string
  /** `type: choice` options, as written. */
  options: string[]
  default?: string
}

export interface Workflow {
  /** Path relative to the workspace root, posix separators. */
  file: string
  name?: string
  triggers: Trigger[]
  jobs: Job[]
  /** Inputs of `on.workflow_call` (name → default), used when a caller does not pass them. */
  callInputs: Record<string, string>
  /** Inputs of `on.workflow_dispatch`, by name. */
  dispatchInputs?: Record<string, DispatchInput>
  /** The workflow's top-level `env:` (values as written). */
  env?: Record<string, string>
  location: Location
}

/** A problem in one workflow file (bad YAML, bad shape): reported as a warning, never a crash. */
export interface WorkflowProblem {
  file: string
  message: string
  location: Location
}
