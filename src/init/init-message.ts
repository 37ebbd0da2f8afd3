import { GATE_JOB_ID } from './gate-job.js'
import type { GateJob } from './gate-job.js'
import type { PolicyProposal } from './propose-policy.js'

export interface InitOutcome {
  /** The policy file as the person named it (relative to where they are). */
  policyFile: string
  /** The repository as the person named it, for the next command. */
  dir: string
  proposal: PolicyProposal
  job: GateJob
}

/** What init wrote, the gate job to paste, and what to do next. */
export function initMessage({ policyFile, dir, proposal, job }: InitOutcome): string {
  const { model, target, reached } = proposal
  const why = reached
    ? 'the highest level the pipeline reaches today'
    : "no level is reached today, so it starts at the model's first level in advise mode"
  const where = job.workflow
    ? `under \`jobs:\` in ${job.workflow}${job.replaces ? ` (it replaces the job \`${GATE_JOB_ID}\` there)` : ''}`
    : 'under `jobs:` in the workflow that builds and tests this repository (no job is judged yet)'
  const elsewhere = job.elsewhere.map(({ workflow, jobs }) => `${workflow} (${jobs.join(', ')})`)
  return [
    `Wrote ${policyFile}: model ${model}, target ${target} — ${why}.`,
    '',
    `Add this gate job ${where}:`,
    '',
    job.yaml.trimEnd(),
    '',
    ...(elsewhere.length > 0
      ? [
          `The gate job cannot need jobs of other workflows, so it judges these on their definitions only: ${elsewhere.join('; ')}.`,
          ''
        ]
      : []),
    `Next: run \`maturity-gate check ${dir}\` to see the report, then commit ${policyFile} and the workflow.`,
    ''
  ].join('\n')
}
