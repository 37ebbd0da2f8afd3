import { findingFor } from '../../checks/finding-for.js'
import type { CheckContext } from '../../checks/check.js'
import type { Finding } from '../../core/finding.js'
import type { Purpose } from '../../workflow/catalog.js'
import { listJobs } from './list-jobs.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf } from './pipeline.js'
import type { Pipeline, PipelineJob } from './pipeline.js'
import { prerequisiteNote } from './prerequisite-note.js'

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
  rank?(job: PipelineJob): number
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
