import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { collectWorkspace } from '../evidence/files.js'
import { collectWorkflows } from '../evidence/workflows.js'
import type { Report } from '../evaluate/report.js'
import { gateJob } from './gate-job.js'
import { initMessage } from './init-message.js'
import { policyText } from './policy-text.js'
import { provisionalReport } from './provisional-report.js'
import { proposePolicy } from './propose-policy.js'
import { seesMlWork } from './sees-ml-work.js'
import { fileExists } from './file-exists.js'

export const POLICY_FILE = '.maturity.yml'

export interface InitOptions {
  /** Absolute path of the repository root. */
  root: string
  /** The model to use instead of the proposed one. */
  model?: 'cdmm' | 'mlops'
  /** Overwrite an existing policy. */
  force: boolean
}

export interface InitIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

/**
 * Proposes and writes `.maturity.yml` from what the gate sees in the repository offline, and prints the gate
 * job to add. `exists` (nothing written) when a policy is there and `force` is not set.
 */
export async function initRepository(options: InitOptions, io: InitIo): Promise<'written' | 'exists'> {
  const file = path.join(options.root, POLICY_FILE)
  const shown = path.relative(io.cwd, file) || file
  if (!options.force && (await fileExists(file))) {
    io.stderr(`maturity-gate: ${shown} already exists; use --force to overwrite it\n`)
    return 'exists'
  }
  const report = await proposedReport(options)
  const proposal = proposePolicy(report)
  await writeFile(file, policyText(proposal))
  const { workflows } = await collectWorkflows(collectWorkspace(options.root))
  const dir = path.relative(io.cwd, options.root) || '.'
  io.stdout(initMessage({ policyFile: shown, dir, proposal, job: gateJob(report, workflows) }))
  return 'written'
}

/** The report of the model asked for, else of mlops when the repository shows ML work, else of cdmm. */
async function proposedReport(options: InitOptions): Promise<Report> {
  if (options.model) return provisionalReport(options.root, POLICY_FILE, options.model)
  const mlops = await provisionalReport(options.root, POLICY_FILE, 'mlops')
  return seesMlWork(mlops) ? mlops : provisionalReport(options.root, POLICY_FILE, 'cdmm')
}
