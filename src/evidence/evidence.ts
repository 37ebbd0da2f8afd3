import type { Workflow, WorkflowProblem } from '../workflow/model.js'

/**
 * The checkout as checks see it. Collected up front by src/evidence/files.ts so that checks stay pure;
 * tests build one from a plain map with `workspaceFromFiles`.
 */
export interface Workspace {
  /** Absolute path of the repository root. */
  root: string
  /** Every file below root, relative, posix separators, sorted; .git and node_modules excluded. */
  files: readonly string[]
  /** Text of a workspace file; undefined when missing, unreadable or outside the workspace. */
  read(file: string): string | undefined
}

/** Everything gathered before checks run (design §4). Collectors do all I/O; checks do none. */
export interface Evidence {
  workspace: Workspace
  workflows: Workflow[]
  workflowProblems: WorkflowProblem[]
  /** True when no API token was available: only the workspace, workflows, reports and git were read. */
  offline: boolean
  /** ISO date (YYYY-MM-DD) the gate runs on; expiry of waivers and attestations is judged against it. */
  today: string
  /** Results of the policy's `command` practices, by practice id, run before evaluation. */
  commands: ReadonlyMap<string, CommandResult>
}

export interface CommandResult {
  command: string
  /** null when the command was killed (timeout) or could not start. */
  exitCode: number | null
  /** Combined stdout and stderr, the tail kept when long. */
  output: string
  timedOut: boolean
  durationMs: number
}
