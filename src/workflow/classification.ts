import type { Purpose } from './catalog/purpose.js'

/** One purpose a step or job shows, with the catalog rule and command behind it (see classify-step.ts). */
export interface Classification {
  purpose: Purpose
  /** Catalog entry id (`npm-test`, `actions/upload-artifact`), or `step-name`, `job-name`, `services`, `reusable-workflow`. */
  rule: string
  /** The command that matched a `run` entry. */
  command?: string
  /** How the command was reached (see ResolvedCommand.via); empty when written in the workflow. */
  via: string[]
  /**
   * Position of that command among those its step runs, followed files included, in the order they run (a
   * definition's own order: a SageMaker pipeline's evaluation before its registration); absent when a name or
   * an action shows the purpose. Ordering questions inside one step compare it (patterns §5.1, §4.4).
   */
  order?: number
}
