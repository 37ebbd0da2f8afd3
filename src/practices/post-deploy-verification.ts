import { findingFor } from '../checks/finding-for.js'
import type { Purpose } from '../workflow/catalog/purpose.js'
import { definePractice } from './define-practice.js'
import { NO_PRODUCTION_MESSAGE, noProductionDeploy } from './support/deploys.js'
import { jobGlobs, matchesJobGlobs } from './support/matchers.js'
import { listJobs, OPAQUE_MESSAGE, opaqueCallsOf, opaqueVerdict } from './support/findings.js'
import type { OpaqueCall } from './support/findings.js'
import type { EvidenceItem } from '../core/finding.js'
import type { Evidence } from '../evidence/evidence.js'
import { normaliseName } from '../workflow/classify-step.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'
import type { Pipeline, PipelineJob } from './support/pipeline.js'

const VERIFYING: Purpose[] = ['smoke-test', 'acceptance-test']
const DEPLOYING: Purpose[] = ['deploy', 'rollout', 'model-deploy']

const messages = {
  verified: 'every production deploy ({deploys}) is verified afterwards by {verifiers}',
  unverified: '{deploy} deploys to production, but nothing verifies it afterwards{hint}',
  'no-production': NO_PRODUCTION_MESSAGE,
  opaque: OPAQUE_MESSAGE
}

const options = { jobs: jobGlobs }

export const postDeployVerification = definePractice({
  meta: {
    id: 'post-deploy-verification',
    title: 'Production deploys are verified',
    model: 'cdmm',
    rationale:
      'CDMM expert, Test & Verification: a release is verified in production (smoke, synthetic or health checks) instead of assumed good once deployed.',
    messages,
    options
  },
  check(context, { jobs }) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const none = noProductionDeploy(context, pipeline)
    if (none) return none
    const named = matchesJobGlobs(jobs)
    const health = (job: PipelineJob): OpaqueCall[] => healthChecks(job, context.evidence)
    const verifies = (job: PipelineJob): boolean =>
      hasPurpose(job, ...VERIFYING) || named(job) || health(job).length > 0
    const verifiedAfter = verifiersByPredecessor(pipeline, verifies)
    const checks = deployingJobs(pipeline.productionDeploys).map(deploy => ({
      deploy,
      verifiers: verifiersOf(deploy, verifiedAfter.get(deploy) ?? [], health(deploy))
    }))
    const unverified = checks.find(c => c.verifiers.length === 0)
    if (unverified) {
      // A deploy the gate cannot read may verify itself (a deploy action that waits for health).
      const opaque = opaqueVerdict(context, {
        purposes: DEPLOYING,
        work: 'the verification of the production deploy',
        in: [
          unverified.deploy,
          ...pipeline.jobs.filter(job => pipeline.before(job).includes(unverified.deploy))
        ],
        jobsOption: true
      })
      if (opaque) return opaque
      const anywhere = pipeline.jobs.filter(verifies)
      const hint =
        anywhere.length > 0 ? ` (${listJobs(anywhere)} run smoke or e2e tests, but not after it)` : ''
      return findingFor(context, messages, 'unverified', {
        status: 'fail',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(unverified.deploy)}\``, hint },
        evidence: [
          jobEvidence(unverified.deploy, 'deploy'),
          ...anywhere.map(job => jobEvidence(job, ...VERIFYING))
        ],
        locations: [unverified.deploy.job.location],
        remediation: `Add a job with \`needs: ${unverified.deploy.job.calledBy?.job ?? unverified.deploy.job.id}\` that checks the live service (a health endpoint with curl, a smoke suite, a synthetic check), or a smoke step after the deploy step.`
      })
    }
    const verifiers = [...new Set(checks.flatMap(c => c.verifiers))]
    const calls = verifiers.map(job => health(job)[0])
    return findingFor(context, messages, 'verified', {
      status: 'pass',
      strength: 'definition',
      data: { deploys: listJobs(checks.map(c => c.deploy)), verifiers: listJobs(verifiers) },
      evidence: [
        ...verifiers.map(job => jobEvidence(job, ...VERIFYING)),
        ...calls.flatMap(call => (call ? [healthNote(call)] : []))
      ],
      locations: verifiers.map((job, i) =>
        hasPurpose(job, ...VERIFYING)
          ? locationOf(job, ...VERIFYING)
          : (calls[i]?.location ?? job.job.location)
      ),
      remediation: ''
    })
  }
})

/**
 * The production jobs that do the deploying. A job can sit in the production environment only for its secrets
 * (a deployment marker, a table check after the release): when some production job runs a deploy command or
 * action, those are the ones to verify; a job that is production by its environment alone is judged only when
 * no job is more.
 */
function deployingJobs(deploys: readonly PipelineJob[]): readonly PipelineJob[] {
  const deploying = deploys.filter(job => hasPurpose(job, ...DEPLOYING))
  return deploying.length > 0 ? deploying : deploys
}

/**
 * For every job, the verifying jobs that run after it, in pipeline order: built in one pass over the
 * verifiers' predecessors, since asking each deploy about each job is quadratic on big monorepos.
 */
function verifiersByPredecessor(
  pipeline: Pipeline,
  verifies: (job: PipelineJob) => boolean
): Map<PipelineJob, PipelineJob[]> {
  const after = new Map<PipelineJob, PipelineJob[]>()
  for (const job of pipeline.jobs.filter(verifies)) {
    for (const predecessor of pipeline.before(job)) {
      const list = after.get(predecessor)
      if (list) list.push(job)
      else after.set(predecessor, [job])
    }
  }
  return after
}

/**
 * Jobs that run after `deploy` and verify, or `deploy` itself when a verifying step follows its release step:
 * the last slot swap, traffic shift or promotion when there is one (checks on the slot before it test a
 * candidate, not production: patterns §5.2), else the first deploy step, else the first infrastructure apply
 * (a production job whose only deploy is `terraform apply` of the service). A call the gate cannot read that is
 * given a health check (`healthcheck: /health`) at or after that step checks what it deployed (§10.1), as does
 * one in a job whose release step is unknown, or a reusable workflow that is the whole job.
 */
function verifiersOf(deploy: PipelineJob, after: PipelineJob[], health: OpaqueCall[]): PipelineJob[] {
  const stepsOf = (purpose: Purpose): number[] =>
    deploy.purposes.filter(p => p.purpose === purpose && p.step !== undefined).map(p => p.step as number)
  const releases = stepsOf('rollout')
  const deploys = stepsOf('deploy')
  // A production job that deploys by applying infrastructure (`terraform apply` of the service) releases there.
  const release =
    releases.length > 0
      ? Math.max(...releases)
      : Math.min(...(deploys.length > 0 ? deploys : stepsOf('iac-apply')))
  const checksItself =
    deploy.purposes.some(p => VERIFYING.includes(p.purpose) && p.step !== undefined && p.step > release) ||
    health.some(call => call.step === undefined || !Number.isFinite(release) || call.step >= release)
  return checksItself ? [deploy, ...after] : after
}

/** `healthcheck: /health`, `health-check-path`, `smoke-test`: an input that has a deploy call check the service. */
const HEALTH_INPUT =
  /^(?:(?:run |enable )?(?:health ?checks?|smoke ?tests?)(?: (?:path|url|uri|endpoint))?|health (?:path|url|uri|endpoint))$/

/** The calls of a job the gate cannot read that are given a health check to run (§10.1). */
function healthChecks(job: PipelineJob, evidence: Evidence): OpaqueCall[] {
  return opaqueCallsOf(job, evidence).filter(call => healthInput(call) !== undefined)
}

function healthInput(call: OpaqueCall): string | undefined {
  return Object.entries(call.inputs)
    .filter(([key, value]) => HEALTH_INPUT.test(normaliseName(key)) && value.trim() !== '')
    .map(([key, value]) => `${key}: ${value}`)[0]
}

function healthNote(call: OpaqueCall): EvidenceItem {
  const { file, line } = call.location
  return { kind: 'note', text: `\`${healthInput(call) ?? ''}\` given to \`${call.call}\` (${file}:${line})` }
}
