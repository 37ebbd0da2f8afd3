import type { Evidence, Workspace } from '../evidence/evidence.js'
import type { Finding } from '../core/finding.js'
import type { LoadedPolicy } from '../policy/load.js'
import { applyCheck } from '../checks/apply-check.js'
import type { CheckContext } from '../checks/check.js'
import type { Report, ReportFinding } from './report.js'
import { applyRunEvidence } from './apply-run-evidence.js'
import { applyWaivers } from './apply-waivers.js'
import { splitByExpiry } from './expiries.js'
import type { EffectivePractice, PracticePlan } from './effective-practices.js'
import { decideGate } from './levels.js'
import { pipelineJobs } from './pipeline-jobs.js'
import { messageOf } from '../core/message-of.js'
import { upstreamWarnings } from './upstream-warnings.js'
import { withUnreadScripts } from './unread-scripts.js'

export interface EvaluateInput {
  loaded: LoadedPolicy
  plan: PracticePlan
  evidence: Evidence
  /** The action's `mode` input, when set, overrides the policy. */
  mode?: 'enforce' | 'advise'
  policySource: 'head' | 'base'
}

/** Runs every enabled practice's check over the evidence and turns the findings into the report. Pure. */
export async function evaluate(input: EvaluateInput): Promise<Report> {
  const { loaded, evidence, plan } = input
  const { policy, model } = loaded
  const { waivers, attestations, expiries } = splitByExpiry(
    {
      waivers: policy.waivers.map((w, index) => ({
        ...w,
        location: loaded.locate(['waivers', index]),
        expiresAt: loaded.locate(['waivers', index, 'expires'])
      })),
      attestations: policy.attestations.map((a, index) => ({
        ...a,
        location: loaded.locate(['attestations', index]),
        expiresAt: loaded.locate(['attestations', index, 'expires'])
      }))
    },
    evidence.today,
    policy['waiver-warning-days']
  )
  const context = (practice: string): CheckContext => ({
    practice,
    evidence,
    environments: policy.environments,
    strict: policy.strict,
    attestations
  })
  const findings = await Promise.all(
    plan.practices.map(async practice =>
      place(applyWaivers(await runCheck(practice, context(practice.id)), waivers), practice)
    )
  )
  const targets = (policy.targets ?? {}) as Record<string, string>
  const needsApi = evidence.offline ? apiOnlyUnknowns(plan, findings) : []
  const decision = decideGate({
    levels: model.levels,
    categories: model.categories,
    findings,
    target: policy.target,
    targets,
    fatalRegressions: [],
    needsApi
  })
  return {
    version: 1,
    model: model.id,
    target: policy.target,
    level: decision.level,
    levelIndex: decision.levelIndex,
    levels: [...model.levels],
    passed: decision.passed,
    mode: input.mode ?? policy.mode,
    reason: decision.reason,
    profile: decision.profile,
    targets,
    findings,
    disabled: plan.disabled,
    expiries,
    warnings: [
      ...noWorkflows(evidence),
      ...unlistedWarnings(evidence.workspace),
      ...evidence.workflowProblems.map(problem => ({
        message: problem.message,
        location: problem.location
      })),
      ...upstreamWarnings(findings, evidence, policy.environments)
    ],
    regressions: [],
    policyChanges: [],
    base: { status: 'none', reason: 'not compared' },
    gaps: evidence.gaps,
    pipeline: pipelineJobs(evidence, policy.environments),
    policy: { path: loaded.file, source: input.policySource },
    evidence: {
      workflows: evidence.workflows.length,
      run: evidence.run !== undefined,
      offline: evidence.offline,
      needsApi,
      onlyApiMissing: decision.onlyApiMissing
    }
  }
}

/** Practices only the API can show that an offline run left unknown: not a shortfall of the pipeline. */
function apiOnlyUnknowns(plan: PracticePlan, findings: readonly Finding[]): string[] {
  const apiOnly = new Set(plan.practices.filter(p => p.check?.meta.needsApi).map(p => p.id))
  return findings.filter(f => f.status === 'unknown' && apiOnly.has(f.practice)).map(f => f.practice)
}

/**
 * No workflow file at all is most often a gate pointed at the wrong folder: said first, not left to read as a
 * pipeline that reached no level. (Files that could not be read or parsed have warnings of their own.)
 */
function noWorkflows(evidence: Evidence): Report['warnings'] {
  const { workflows, workflowProblems, workspace } = evidence
  // A listing cut short has its own warning, naming the folders it did not read.
  if (workflows.length > 0 || workflowProblems.length > 0 || workspace.unlisted) return []
  return [{ message: 'no workflows under .github/workflows — is this the repository root?' }]
}

/** Folders named in a warning about a workspace too large to list; the rest are counted. */
const UNLISTED_SHOWN = 5

/** A checkout too large to list in full is judged on part of it: the report says which part was left out. */
function unlistedWarnings({ unlisted }: Workspace): Report['warnings'] {
  if (!unlisted) return []
  const { limit, folders } = unlisted
  const more = folders.length - UNLISTED_SHOWN
  const named = folders.slice(0, UNLISTED_SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '')
  return [
    {
      message: `the workspace listing stopped at its limit of ${limit} files, so no evidence was judged in the folders it did not read: ${named}`
    }
  ]
}

/** A check that throws is a bug in this tool, not a verdict on the repository: it becomes `unknown`, never pass. */
async function runCheck(practice: EffectivePractice, context: CheckContext): Promise<Finding> {
  if (practice.check === undefined) {
    return unknownFinding(
      practice.id,
      'not-implemented',
      'this version of maturity-gate cannot judge this practice yet'
    )
  }
  try {
    const judged = await applyCheck(practice.check, context, practice.options)
    const finding = withUnreadScripts(judged, context.evidence, context.environments)
    return practice.check.meta.runAware
      ? finding
      : applyRunEvidence(finding, context.evidence.run, context.strict)
  } catch (error) {
    return unknownFinding(practice.id, 'check-error', `the check failed: ${messageOf(error)}`)
  }
}

function unknownFinding(practice: string, messageId: string, message: string): Finding {
  return {
    practice,
    status: 'unknown',
    strength: 'none',
    messageId,
    message,
    evidence: [],
    locations: [],
    remediation: 'Disable the practice with `enabled: false` or waive it until a version that judges it.'
  }
}

/** Spelled out key by key: the JSON report's key order is part of its format. */
function place(finding: Finding, practice: EffectivePractice): ReportFinding {
  return {
    practice: finding.practice,
    title: practice.title,
    level: practice.level,
    category: practice.category,
    status: finding.status,
    strength: finding.strength,
    messageId: finding.messageId,
    message: finding.message,
    evidence: finding.evidence,
    locations: finding.locations,
    remediation: finding.remediation
  }
}
