/**
 * A production deployment as the DORA metrics read it (docs/history.md): the deployment, every status it
 * received (in whatever order GitHub listed them) and the commits it shipped first. Collected by
 * src/evidence/deploy-history.ts (from Deployments, or src/evidence/deploy-job-runs.ts as the fallback);
 * judged by src/evaluate/dora.ts.
 */

export interface DeployStatus {
  /** success | failure | error | inactive | in_progress | queued | pending */
  state: string
  createdAt: string
}

export interface DeployCommit {
  sha: string
  /** The committer date: when the change landed on its branch. */
  date: string
  /** The first line of the message, enough to see a revert. */
  subject: string
}

export interface DeployRecord {
  id: number
  sha: string
  ref: string
  task: string
  description: string
  environment: string
  createdAt: string
  statuses: DeployStatus[]
  /**
   * The commits between the previous successful deploy in the same environment and this one (the compare
   * range); absent when not read (no earlier deploy, or the comparison failed).
   */
  commits?: DeployCommit[]
}

/** What was read, and what could not be: a gap makes the metrics that need it unknown, never zero. */
export interface DeployHistory {
  /** The window the deployments were read for, ISO times. */
  since: string
  until: string
  /** Where the deploys were read: `Deployments`, or `deploy-job runs of <workflow files>` (the fallback). */
  source: string
  deployments: DeployRecord[]
  /** Why there is no deploy at all when the source was read and had none (the metrics are unknown for it). */
  none?: string
  /** Why the history could not be read in full, when it could not. */
  gap?: string
  /** REST requests made, for the budget the README states. */
  requests: number
}
