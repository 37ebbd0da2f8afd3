import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { NO_PRODUCTION_MESSAGE, noProductionDeploy } from './support/deploys.js'
import { listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { EvidenceItem } from '../core/finding.js'
import type { PipelineJob } from './support/pipeline.js'

const messages = {
  'rolls-out': '{jobs} roll out the production deploy ({deploys}) without downtime',
  'rollout-elsewhere': '{jobs} roll out progressively, but not in or after a production deploy ({deploys})',
  'no-rollout':
    '{deploys} deploy to production with no rollout evidence (helm --atomic/--wait, kubectl rollout status, canary, blue-green, slot swap, traffic split)',
  'no-production': NO_PRODUCTION_MESSAGE,
  opaque: OPAQUE_MESSAGE
}

export const zeroDowntimeDeploy = definePractice({
  meta: {
    id: 'zero-downtime-deploy',
    title: 'Zero-downtime production deploys',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Build & Deploy: production is updated without downtime (rolling, blue-green or canary releases), so releasing is routine.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['rollout']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const production = pipeline.productionDeploys
    const none = noProductionDeploy(context, pipeline)
    if (none) return none
    const rollouts = pipeline.withPurpose('rollout')
    const covering = [
      ...new Set([
        ...rollouts.filter(job =>
          production.some(deploy => deploy === job || pipeline.graph.precedes(deploy.ref, job.ref))
        ),
        ...production.filter(promotes)
      ])
    ]
    const deploys = listJobs(production)
    if (covering.length > 0) {
      return findingFor(context, messages, 'rolls-out', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(covering), deploys },
        evidence: covering.map(rolloutEvidence),
        locations: covering.map(job => promoteStep(job)?.location ?? locationOf(job, 'rollout')),
        remediation: ''
      })
    }
    const first = production[0]?.job.id ?? ''
    if (rollouts.length > 0) {
      return findingFor(context, messages, 'rollout-elsewhere', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(rollouts), deploys },
        evidence: [
          ...rollouts.map(job => jobEvidence(job, 'rollout')),
          ...production.map(job => jobEvidence(job))
        ],
        locations: rollouts.map(job => locationOf(job, 'rollout')),
        remediation: `Roll out the production deploy the same way: do it in \`${first}\` (or a job that needs it).`
      })
    }
    const opaque = opaqueVerdict(context, {
      purposes: ['deploy', 'rollout', 'iac-apply'],
      work: 'the rollout of the production deploy',
      in: production,
      jobsOption: true
    })
    if (opaque) return opaque
    return findingFor(context, messages, 'no-rollout', {
      status: 'fail',
      strength: 'definition',
      data: { deploys },
      evidence: production.map(job => jobEvidence(job, 'deploy')),
      locations: production.map(job => locationOf(job, 'deploy')),
      remediation: `Make \`${first}\` roll out without downtime: \`helm upgrade --atomic --wait\`, \`kubectl rollout status\`, a canary or blue-green strategy, a slot swap or a traffic split.`
    })
  }
})

/**
 * The release step of a staged deploy (patterns §5.2): a promotion of what a slot or canary already runs
 * (`make promote-prod`, `kubectl argo rollouts promote`, `heroku pipelines:promote`), which releases it
 * without downtime as a slot swap does.
 */
const PROMOTE =
  /\bmake\s+(?:[\w${}.-]+\s+)*promote[-_][\w${}. -]*|\b(?:rollouts|vercel|netlify)\s+promote\b|\bpipelines:promote\b/

function promoteStep(job: PipelineJob): PipelineJob['job']['steps'][number] | undefined {
  return job.job.steps.find(step => step.run !== undefined && PROMOTE.test(step.run))
}

function promotes(job: PipelineJob): boolean {
  return promoteStep(job) !== undefined
}

function rolloutEvidence(job: PipelineJob): EvidenceItem {
  const step = promoteStep(job)
  if (step === undefined) return jobEvidence(job, 'rollout')
  const command = PROMOTE.exec(step.run ?? '')?.[0].trim() ?? ''
  return {
    kind: 'job',
    workflow: job.ref.workflow,
    job: job.ref.job,
    location: step.location,
    why: { purpose: 'rollout', rule: 'promote', step: step.name ?? command, command }
  }
}
