import { attestCheck } from './attest.js'
import { commandCheck } from './command.js'
import { filesCheck } from './files.js'
import { metricsCheck } from './metrics.js'
import { reportsCheck } from './reports.js'
import type { Check } from './check.js'
import { workflowCheck } from './workflow-check.js'

/**
 * The generic checks a policy-defined practice may name with `check:` (design §2.3).
 * `reports` and `metrics` join as their evidence arrives.
 */
export const genericChecks: Readonly<Record<string, Check>> = {
  attest: attestCheck,
  command: commandCheck,
  files: filesCheck,
  metrics: metricsCheck,
  reports: reportsCheck,
  workflow: workflowCheck
}
