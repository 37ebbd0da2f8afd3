// Deploys as practices judge them: what counts as one, production and model deploys, and what came first.
import type { Pipeline, PipelineJob } from './pipeline.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf } from './pipeline.js'
import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../core/finding.js'
import type { CheckContext } from '../../checks/check.js'
import { listJobs, prerequisiteNote } from './findings.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'

/**
 * Jobs that change a real target: the pipeline's deploy jobs plus jobs that apply infrastructure as code.
 * Applying Terraform or Pulumi is a deployment too (the corpus labels count a `terraform apply` on push as
 * a scripted, automatic deploy); throwaway targets are already dropped by the classifier.
 */
export function deploymentsOf(pipeline: Pipeline): PipelineJob[] {
  return pipeline.jobs.filter(job => job.deploys || hasPurpose(job, 'iac-apply'))
}

/**
 * The message every production-only practice shares (design §3's not-applicable rule). `{unresolved}` is empty
 * when no job deploys to production, and names the deploys whose environment cannot be read when one may.
 */
export const NO_PRODUCTION_MESSAGE = 'no job deploys to a production environment{unresolved}'

/**
 * The verdict of a practice that only constrains production deploys when there is none: not applicable, with
 * the reason, so it counts as pass and says why (design §3). When a deploy's environment is an expression the
 * gate cannot read, production may be among its values: unknown, since unknown evidence is never a pass.
 * Undefined when some job deploys to production, so the practice judges those.
 */
export function noProductionDeploy(
  context: Pick<CheckContext, 'practice'>,
  pipeline: Pick<Pipeline, 'productionDeploys' | 'deployJobs'>
): Finding | undefined {
  if (pipeline.productionDeploys.length > 0) return undefined
  const messages = { 'no-production': NO_PRODUCTION_MESSAGE }
  const unresolved = pipeline.deployJobs.filter(job => job.environmentClass === 'unresolved')
  if (unresolved.length === 0) {
    return findingFor(context, messages, 'no-production', {
      status: 'not-applicable',
      strength: 'definition',
      data: { unresolved: '' },
      evidence: [],
      locations: [],
      remediation: ''
    })
  }
  const named = unresolved.map(
    job => `\`${jobLabel(job)}\` deploys to \`${job.job.environment?.name ?? ''}\``
  )
  return findingFor(context, messages, 'no-production', {
    status: 'unknown',
    strength: 'definition',
    data: { unresolved: ` by name, but ${named.join(', ')}, which may be production` },
    evidence: unresolved.map(job => jobEvidence(job)),
    locations: unresolved.map(job => job.job.environment?.location ?? job.job.location),
    remediation:
      'Name the environment literally (`environment: production`), or take it from a matrix list (`environment: ${{ matrix.environment }}` with `matrix: { environment: [staging, production] }`) or from a literal `with:` input of the calling job, so the gate can tell whether it is production.'
  })
}

/**
 * The jobs that deploy or register a model into a production environment — what the promotion practices
 * constrain — or the failing finding when there are none: `no-model-deploy` when no job deploys a model,
 * `no-production` (naming the environments seen, `{environments}`) when none of them is production. The
 * practice's message table must define both ids with `{deploys}` and `{environments}`.
 */
export function productionModelDeploys(
  context: CheckContext,
  messages: Readonly<Record<'no-model-deploy' | 'no-production', string>>,
  pipeline: Pipeline,
  remediation: { noDeploy: string; noProduction: string }
): { production: PipelineJob[] } | { finding: Finding } {
  const deploys = pipeline.withPurpose('model-deploy')
  const production = deploys.filter(job => job.environmentClass === 'production')
  if (production.length > 0) return { production }
  const environments = [...new Set(deploys.map(job => job.job.environment?.name ?? 'no `environment:`'))]
  return {
    finding: findingFor(context, messages, deploys.length > 0 ? 'no-production' : 'no-model-deploy', {
      status: 'fail',
      strength: 'definition',
      data: { deploys: listJobs(deploys), environments: environments.join(', ') },
      evidence: deploys.map(job => jobEvidence(job, 'model-deploy')),
      locations: deploys.map(job => locationOf(job, 'model-deploy')),
      remediation: deploys.length > 0 ? remediation.noProduction : remediation.noDeploy
    })
  }
}

/** What counts as "tested" before a deploy: any automated test suite. */
export const TEST_PURPOSES: readonly Purpose[] = ['unit-test', 'integration-test', 'acceptance-test']

interface Verification {
  /** Jobs that finish before the deploy starts and build. */
  builds: PipelineJob[]
  /** Jobs that finish before the deploy starts and run tests. */
  tests: PipelineJob[]
  /** What the deploy does not wait for: `build`, `test`, both or neither. */
  missing: Array<'build' | 'test'>
}

/** The build and test jobs a deploy waits for (transitive `needs` and `workflow_run` chains). */
function verifiedBefore(pipeline: Pipeline, deploy: PipelineJob): Verification {
  const before = pipeline.before(deploy)
  const builds = before.filter(job => hasPurpose(job, 'build'))
  const tests = before.filter(job => hasPurpose(job, ...TEST_PURPOSES))
  const missing = [
    ...(builds.length === 0 ? ['build' as const] : []),
    ...(tests.length === 0 ? ['test' as const] : [])
  ]
  return { builds, tests, missing }
}

/**
 * A rule of the form "a deploy waits for build and test jobs" (automated and continuous deployment),
 * declared by the practice that enforces it over the deploys it counts.
 */
export interface VerifiedDeployRule<MessageId extends string> {
  /** The deploys that count, in the order the practice prefers them, each with its own placeholders. */
  candidates: ReadonlyArray<{ job: PipelineJob; data: Record<string, string> }>
  /** The purposes the deploy shows, for its evidence and location. */
  purposes: Purpose[]
  ids: { verified: MessageId; unverified: MessageId }
  /** Ranks near-misses before how much they miss (lower first); without it only what they miss counts. */
  rank?: (job: PipelineJob) => number
  /** How the remediation ends, after "List the build job in `needs:` of `deploy`", given how many are missing. */
  then(missing: number): string
}

/**
 * The verdict of a verified-deploy rule: pass for the first candidate that waits for build and test jobs, else
 * `unverified` for the closest near-miss, naming what it misses. Undefined when there is no candidate.
 */
export function verifiedDeployVerdict<MessageId extends string>(
  context: Pick<CheckContext, 'practice'>,
  messages: Readonly<Record<MessageId, string>>,
  pipeline: Pipeline,
  rule: VerifiedDeployRule<MessageId>
): Finding | undefined {
  const checked = rule.candidates.map(({ job, data }) => ({ job, data, ...verifiedBefore(pipeline, job) }))
  const verified = checked.find(candidate => candidate.missing.length === 0)
  if (verified) {
    const { job, data, builds, tests } = verified
    return findingFor(context, messages, rule.ids.verified, {
      status: 'pass',
      strength: 'definition',
      data: { deploy: `\`${jobLabel(job)}\``, ...data, builds: listJobs(builds), tests: listJobs(tests) },
      evidence: [
        jobEvidence(job, ...rule.purposes),
        ...builds.map(build => prerequisiteNote(build, 'build before it')),
        ...tests.map(test => prerequisiteNote(test, 'tests before it'))
      ],
      locations: [locationOf(job, ...rule.purposes)],
      remediation: ''
    })
  }
  const rank = rule.rank ?? (() => 0)
  const closest = [...checked].sort(
    (a, b) => rank(a.job) - rank(b.job) || a.missing.length - b.missing.length
  )[0]
  if (!closest) return undefined
  const { job, data, missing } = closest
  return findingFor(context, messages, rule.ids.unverified, {
    status: 'fail',
    strength: 'definition',
    data: { deploy: `\`${jobLabel(job)}\``, ...data, missing: missing.join(' or ') },
    evidence: [jobEvidence(job, ...rule.purposes)],
    locations: [job.job.location],
    remediation: `List the ${missing.join(' and ')} job${missing.length > 1 ? 's' : ''} in \`needs:\` of \`${job.job.id}\`${rule.then(missing.length)}`
  })
}
