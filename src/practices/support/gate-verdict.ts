import { findingFor } from '../../checks/finding-for.js'
import type { CheckContext } from '../../checks/check.js'
import type { EvidenceItem, Finding, Location } from '../../core/finding.js'
import { listJobs } from './list-jobs.js'
import { jobLabel } from './pipeline.js'
import type { PipelineJob } from './pipeline.js'

/** How a verdict shows a job: as report evidence and where it points. */
export interface JobView {
  evidence(job: PipelineJob): EvidenceItem
  location(job: PipelineJob): Location
}

/**
 * A rule of the form "every target must be gated by X" (model deploys by an evaluation, training by data
 * validation, production deploys by acceptance tests, …), declared by the practice that enforces it.
 */
export interface GateRule<MessageId extends string> {
  /** The jobs that must be gated. */
  targets: readonly PipelineJob[]
  target: JobView
  /** Every job that does X, gating or not: named in the hint when a target is ungated. */
  anywhere: readonly PipelineJob[]
  gate: JobView
  /** The jobs doing X that finish before `target` (earlier jobs, or earlier steps of its own). */
  gatesOf(target: PipelineJob): PipelineJob[]
  /** Placeholder names in the practice's messages: one target, the list of targets, the list of gates. */
  names: { target: string; targets: string; gates: string }
  ungated: {
    messageId: MessageId
    /** The hint's text when some job does X but not before the target, given those jobs. */
    hint(jobs: string): string
    /** What to do, for a target with no gate; `elsewhere` when some job does X, just not before it. */
    remediation(target: PipelineJob, elsewhere: boolean): string
  }
  /** The failing verdict when there is no target at all: one id when X is still done, one when not. */
  noTargets?: { gated: MessageId; none: MessageId; remediation: string }
}

/** The passing half of a gate verdict: the gates found, and the fields of the practice's pass finding. */
export interface Gated {
  /** The gates of each target, in target order. */
  gates: Array<{ target: PipelineJob; gates: PipelineJob[] }>
  passing: {
    status: 'pass'
    strength: 'definition'
    data: Record<string, string>
    evidence: EvidenceItem[]
    locations: Location[]
    remediation: ''
  }
}

/**
 * Judges a gate rule: the failing finding for the first target without a gate (or for no target), else what
 * gated them, for the practice to pass or to judge further (thresholds, run order).
 */
export function gateVerdict<MessageId extends string>(
  context: Pick<CheckContext, 'practice'>,
  messages: Readonly<Record<MessageId, string>>,
  rule: GateRule<MessageId>
): { finding: Finding } | Gated {
  const { targets, target, anywhere, gate, names, noTargets } = rule
  if (targets.length === 0 && noTargets) {
    return {
      finding: findingFor(context, messages, anywhere.length > 0 ? noTargets.gated : noTargets.none, {
        status: 'fail',
        strength: 'definition',
        data: { [names.gates]: listJobs(anywhere) },
        evidence: anywhere.map(job => gate.evidence(job)),
        locations: anywhere.map(job => gate.location(job)),
        remediation: noTargets.remediation
      })
    }
  }
  const gates = targets.map(job => ({ target: job, gates: rule.gatesOf(job) }))
  const ungated = gates.find(entry => entry.gates.length === 0)?.target
  if (ungated) {
    const elsewhere = anywhere.length > 0
    return {
      finding: findingFor(context, messages, rule.ungated.messageId, {
        status: 'fail',
        strength: 'definition',
        data: {
          [names.target]: `\`${jobLabel(ungated)}\``,
          hint: elsewhere ? ` (${rule.ungated.hint(listJobs(anywhere))})` : ''
        },
        evidence: [target.evidence(ungated), ...anywhere.map(job => gate.evidence(job))],
        locations: [target.location(ungated)],
        remediation: rule.ungated.remediation(ungated, elsewhere)
      })
    }
  }
  const used = [...new Set(gates.flatMap(entry => entry.gates))]
  return {
    gates,
    passing: {
      status: 'pass',
      strength: 'definition',
      data: { [names.targets]: listJobs(targets), [names.gates]: listJobs(used) },
      evidence: [...used.map(job => gate.evidence(job)), ...targets.map(job => target.evidence(job))],
      locations: used.map(job => gate.location(job)),
      remediation: ''
    }
  }
}
