import type { UnmatchedJob } from './match-jobs.js'
import type { JunitSummary } from '../parsers/junit.js'
import type { MetricsData } from '../parsers/metrics.js'
import type { BranchRules, Deployment, RunGap, RunJob } from './run-evidence.js'
import type { Workflow, WorkflowProblem } from '../workflow/model.js'
import type { Purpose } from '../workflow/catalog/purpose.js'

/**
 * The checkout as checks see it. Collected up front by src/evidence/files.ts so that checks stay pure;
 * tests build one from a plain map with `workspaceFromFiles`.
 */
/** A file of another commit: its text, or why it could not be read; `found: false` alone means it is absent. */
export type RefFile = { found: true; text: string } | { found: false; reason?: string }

export interface Workspace {
  /** Absolute path of the repository root. */
  root: string
  /** Every file below root, relative, posix separators, sorted; .git and node_modules excluded. */
  files: readonly string[]
  /** Text of a workspace file; undefined when missing, unreadable or outside the workspace. */
  read: (file: string) => string | undefined
  /** Why `read` gave undefined ("not found", "not a regular file", "permission denied"…), where the workspace knows. */
  whyUnread?: (file: string) => string | undefined
  /** Set when the listing stopped at its limit of files: the folders it did not walk (their evidence is unseen). */
  unlisted?: { limit: number; folders: readonly string[] }
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
  /** This workflow run, read from the REST API; absent offline or when the API did not answer. */
  run?: RunView
  /** Rules of the default branch (rulesets and protection), when the API answered. */
  rules?: BranchRules
  /** Recent deployments of the head commit, when the API answered. */
  deployments?: Deployment[]
  /** API evidence that could not be read, each naming the permission it needs; dependent practices are unknown. */
  gaps: RunGap[]
  /**
   * Jobs one practice's `jobs:` option names as doing its work, and the purposes they are read as: set by
   * `applyCheck` on that practice's copy of the evidence only, since the option speaks for it alone.
   */
  namedJobs?: NamedJobs
  /** Test and coverage reports in the workspace, found by glob and parsed on first request. */
  reports: ReportEvidence
  /**
   * A file of another commit, for metrics baselines: `base` is the base commit, anything else a git ref.
   * `found: false` with a reason when it could not be read (no base given, git failed) — never a pass.
   */
  atRef(ref: string, file: string): Promise<RefFile>
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

/** Coverage totals of one report, in percent (null where the format does not give the figure). */
export interface CoverageTotals {
  format: string
  lines: number | null
  branches: number | null
}

/** One report file found by a glob: parsed, or the reason it could not be (a warning, never a pass). */
export interface ReportFile<Summary> {
  file: string
  summary?: Summary
  error?: string
}

export interface ReportSearch<Summary> {
  /** The globs searched, for "none found" messages. */
  searched: string[]
  files: ReportFile<Summary>[]
  /**
   * Files the globs matched that the checkout's HEAD commit holds unchanged: committed, so not written by
   * this run, and not read (unchangedCommittedFiles). Named in "none found" messages.
   */
  committed: string[]
}

/**
 * Reports are read lazily because most practices never need them and a JUnit file can be a gigabyte: the
 * collector streams each file once, on the first request, and caches the summary.
 */
export interface ReportEvidence {
  tests(globs: readonly string[]): Promise<ReportSearch<JunitSummary>>
  coverage(globs: readonly string[]): Promise<ReportSearch<CoverageTotals>>
  /**
   * A metrics file of the checkout read whole, up to the 50 MB report limit; absent where reports are not
   * read (the base commit), whose files come from `workspace.read`.
   */
  metrics?(file: string): Promise<MetricsRead>
}

/** Job ids or names (globs) and the purposes a job they name is read as doing. */
export interface NamedJobs {
  globs: readonly string[]
  purposes: readonly Purpose[]
}

/** A metrics file: its data, `missing` when there is no such file, or why it could not be used. */
export type MetricsRead = { data: MetricsData } | { missing: true } | { error: string }

/** The current run as checks see it: API jobs matched to the jobs of the run's workflow file. */
export interface RunView {
  /** The event that started the run (push, pull_request, …). */
  event: string
  /** Workflow file of the run, e.g. `.github/workflows/ci.yml`. */
  workflow: string
  /** Run jobs per workflow job id of `workflow` (several for a matrix); an empty list: absent from the run. */
  jobs: ReadonlyMap<string, RunJob[]>
  unmatched: UnmatchedJob[]
  /** The gate's own job id in `workflow` (GITHUB_JOB), when known: the jobs it judges must finish before it. */
  gateJob?: string
}
