/**
 * What the current workflow run did, read from the GitHub REST API (design §4, run model). Collected by
 * src/evidence/run.ts; matched to workflow jobs by src/evidence/match-jobs.ts.
 */

export interface RunStep {
  name: string
  number: number
  /** queued | in_progress | completed */
  status: string
  /** success | failure | cancelled | skipped | … ; null while the step has not completed. */
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
}

export interface RunJob {
  id: number
  /** The rendered name as the API shows it: matrix suffix and reusable-workflow prefix included. */
  name: string
  /** queued | in_progress | completed | waiting | requested | pending */
  status: string
  /** success | failure | cancelled | skipped | timed_out | neutral | action_required; null until completed. */
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  steps: RunStep[]
  runnerName?: string
  htmlUrl?: string
}

export interface RunEvidence {
  id: number
  attempt: number
  /** The event that triggered the run: push, pull_request, merge_group, … */
  event: string
  headSha: string
  headBranch: string | null
  /** The run's workflow file (`path`), e.g. `.github/workflows/ci.yml`. */
  workflowPath: string
  /** Every job of this attempt, the gate's own job included (match-jobs excludes it). */
  jobs: RunJob[]
}

/** A deployment of the head sha (`GET /repos/{o}/{r}/deployments?sha=`). */
export interface Deployment {
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  originalEnvironment?: string
  productionEnvironment?: boolean
  transientEnvironment?: boolean
  createdAt: string
}

/** One active rule on a branch (`GET /repos/{o}/{r}/rules/branches/{branch}`). */
export interface BranchRule {
  /** pull_request, required_status_checks, non_fast_forward, deletion, required_deployments, … */
  type: string
  parameters?: Record<string, unknown>
  rulesetId?: number
  /** Repository or Organization. */
  rulesetSourceType?: string
  rulesetSource?: string
}

/**
 * Classic branch protection as `GET /repos/{o}/{r}/branches/{branch}` shows it to any reader of the repository
 * (`protected`, `protection.required_status_checks`); the full settings need an admin token.
 */
export interface ClassicProtection {
  protected: boolean
  /** Contexts the protection requires to pass; empty when none are listed or enforcement is off. */
  requiredChecks: string[]
}

/** How the default branch is protected: its rulesets' active rules, and classic protection when it was read. */
export interface BranchRules {
  branch: string
  /** Active ruleset rules; empty when none apply, or when they could not be read (a `rules` gap says so). */
  rules: BranchRule[]
  /** Read only when the rules alone do not show a pull request and status checks required. */
  classic?: ClassicProtection
}

/** Which piece of run evidence could not be read. */
export type RunEvidenceKind = 'run' | 'jobs' | 'deployments' | 'rules' | 'protection'

/** A piece of run evidence that could not be read; the practices that depend on it become `unknown`. */
export interface RunGap {
  what: RunEvidenceKind
  /** The `permissions:` scope this piece needs, e.g. `actions: read`. */
  permission: string
  /** HTTP status when the API answered. */
  status?: number
  /** Why it is missing, in words for the report; never contains the token. */
  reason: string
  /** The fix, when it is not a matter of permissions or of reaching GitHub. */
  fix?: string
}

export interface RunCollection {
  /** Absent when the run or its jobs could not be read completely. */
  run?: RunEvidence
  deployments?: Deployment[]
  rules?: BranchRules
  gaps: RunGap[]
}
