import type { Status } from '../core/finding.js'
import { regressionParts } from './regression-parts.js'
import type { Regression } from './report.js'

/** Statuses that let a level hold: `unknown` never does (design §1). */
const COUNTS_AS_PASS: ReadonlySet<Status> = new Set<Status>(['pass', 'not-applicable', 'waived'])

export function countsAsPass(status: Status): boolean {
  return COUNTS_AS_PASS.has(status)
}

/** The part of a finding the level arithmetic needs. */
export interface PlacedStatus {
  practice: string
  level: string
  category: string
  status: Status
}

/**
 * Staged level reached: the index of the highest level L such that every practice at a level ≤ L counts as
 * pass; -1 when the lowest level already fails. A level with no practices holds vacuously.
 */
export function levelReached(levels: readonly string[], findings: readonly PlacedStatus[]): number {
  let reached = -1
  for (let index = 0; index < levels.length; index++) {
    const atLevel = findings.filter(finding => finding.level === levels[index])
    if (!atLevel.every(finding => countsAsPass(finding.status))) break
    reached = index
  }
  return reached
}

/** The continuous profile: the staged rule applied within each category. */
export function categoryProfile(
  levels: readonly string[],
  categories: readonly string[],
  findings: readonly PlacedStatus[]
): Record<string, string | null> {
  const profile: Record<string, string | null> = {}
  for (const category of categories) {
    const index = levelReached(
      levels,
      findings.filter(finding => finding.category === category)
    )
    profile[category] = index < 0 ? null : (levels[index] ?? null)
  }
  return profile
}

export interface GateInput {
  levels: readonly string[]
  categories: readonly string[]
  findings: readonly PlacedStatus[]
  target: string
  targets: Readonly<Record<string, string>>
  /** Regressions whose severity is error (policy `regression: fail`). */
  fatalRegressions: ReadonlyArray<Pick<Regression, 'kind' | 'practice'>>
  /** Policy weakenings and gate tampering not allowed by `allow-policy-changes`. */
  fatalPolicyChanges?: number
  /** DORA thresholds broken with `dora.breach: fail`. */
  brokenDoraThresholds?: number
  /** Practices unknown only because the GitHub API was not read (an offline run). */
  needsApi?: readonly string[]
}

export interface GateDecision {
  level: string | null
  levelIndex: number
  profile: Record<string, string | null>
  passed: boolean
  /** One line for the check's failure message and the report's headline. */
  reason: string
  /** Practices at or below the target level that do not count as pass: what stands between here and target. */
  blocking: string[]
  /** The gate fails only for want of the API: with `needsApi` passing it would pass. */
  onlyApiMissing: boolean
}

/** Level, profile and pass/fail of the gate; the mode only decides later whether a failure fails the step. */
export function decideGate(input: GateInput): GateDecision {
  const { levels, categories, findings, target, targets } = input
  const levelIndex = levelReached(levels, findings)
  const level = levelIndex < 0 ? null : (levels[levelIndex] ?? null)
  const profile = categoryProfile(levels, categories, findings)
  const targetIndex = levels.indexOf(target)
  const blocking = findings
    .filter(finding => levels.indexOf(finding.level) <= targetIndex && !countsAsPass(finding.status))
    .map(finding => finding.practice)
  const unmetTargets = Object.entries(targets).filter(
    ([category, wanted]) => levels.indexOf(profile[category] ?? '') < levels.indexOf(wanted)
  )
  const problems: string[] = []
  if (levelIndex < targetIndex)
    problems.push(`${blocking.join(', ')} ${blocking.length === 1 ? 'does' : 'do'} not hold`)
  for (const [category, wanted] of unmetTargets) {
    problems.push(`${category} is at ${profile[category] ?? 'no level'}, target ${wanted}`)
  }
  problems.push(...regressionParts(input.fatalRegressions))
  const weakened = input.fatalPolicyChanges ?? 0
  if (weakened > 0) problems.push(`${weakened} policy change${weakened === 1 ? '' : 's'} weaken the gate`)
  const broken = input.brokenDoraThresholds ?? 0
  if (broken > 0) problems.push(`${broken} DORA threshold${broken === 1 ? ' is' : 's are'} broken`)
  const headline = `level ${level ?? 'none'} reached, target ${target}`
  const withApi = problems.length > 0 ? apiOnlyLevel(input) : undefined
  const reason =
    problems.length === 0
      ? headline
      : withApi !== undefined
        ? `the pipeline reaches ${withApi} except ${apiOnly(input.needsApi ?? [])}: run with a token to judge ${(input.needsApi ?? []).length === 1 ? 'it' : 'them'} (${headline})`
        : `${headline}: ${problems.join('; ')}`
  return {
    level,
    levelIndex,
    profile,
    passed: problems.length === 0,
    reason,
    blocking,
    onlyApiMissing: withApi !== undefined
  }
}

/** `1 practice only the GitHub API can show (protected-default-branch)`. */
function apiOnly(ids: readonly string[]): string {
  return `${ids.length} practice${ids.length === 1 ? '' : 's'} only the GitHub API can show (${ids.join(', ')})`
}

/**
 * The level the gate would pass at if the practices only the API can show held: undefined when the gate would
 * fail anyway (a real shortfall, a regression or a weakening), which is then reported as such.
 */
function apiOnlyLevel(input: GateInput): string | undefined {
  const needsApi = new Set(input.needsApi ?? [])
  if (needsApi.size === 0) return undefined
  const findings = input.findings.map(finding =>
    needsApi.has(finding.practice) ? { ...finding, status: 'pass' as const } : finding
  )
  const decision = decideGate({ ...input, findings, needsApi: [] })
  return decision.passed ? (decision.level ?? undefined) : undefined
}
