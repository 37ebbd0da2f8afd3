import { findingFor } from '../checks/finding-for.js'
import { createStepMatcher, firstTarget, jobGlobs, precedes } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { NO_PRODUCTION_MESSAGE, noProductionDeploy } from './support/deploys.js'
import { gateVerdict, listJobs, swallowedSteps, swallowedWording } from './support/findings.js'
import { jobEvidence, jobLabel, locationOf, pipelineOf, runJobsOf, started } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import { gatingPredecessors } from '../workflow/gating-predecessors.js'
import type { Blocker } from '../workflow/gating-predecessors.js'
import type { Finding } from '../core/finding.js'
import type { CheckContext } from '../checks/check.js'

const ACCEPTANCE = createStepMatcher(['acceptance-test'])

const messages = {
  gated: 'every production deploy ({deploys}) needs an acceptance job first ({acceptance})',
  ungated: '{deploy} deploys to production but does not need any acceptance job{hint}',
  'no-production': NO_PRODUCTION_MESSAGE,
  'started-early': 'in this run, {deploy} started at {started} before acceptance {acceptance} succeeded',
  'ordered-in-run': 'in this run, {deploy} started after {acceptance} succeeded',
  'not-gating': '{deploy} deploys even when {acceptance} fails: {reason}'
}

export const acceptanceBeforePromotion = definePractice({
  meta: {
    id: 'acceptance-before-promotion',
    title: 'Acceptance tests gate promotion to production',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Test & Verification: acceptance tests run automatically and a release is promoted only after they pass.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['acceptance-test'],
    runAware: true
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const none = noProductionDeploy(context, pipeline)
    if (none) return none
    const swallowed = swallowedGate(context)
    if (swallowed) return swallowed
    const verdict = gateVerdict(context, messages, {
      targets: pipeline.productionDeploys,
      target: { evidence: job => jobEvidence(job), location: job => job.job.location },
      anywhere: pipeline.withPurpose('acceptance-test'),
      gate: {
        evidence: job => jobEvidence(job, 'acceptance-test'),
        location: job => locationOf(job, 'acceptance-test')
      },
      // Earlier jobs, and the deploy's own job when an acceptance step runs before its deploy step: a failing
      // step stops the job before the deploy (a job that tests, then deploys).
      gatesOf: deploy => ACCEPTANCE.before(pipeline, deploy, ['deploy']),
      names: { target: 'deploy', targets: 'deploys', gates: 'acceptance' },
      ungated: {
        messageId: 'ungated',
        hint: jobs => `${jobs} runs acceptance tests, but not before it`,
        remediation: (deploy, elsewhere) =>
          elsewhere
            ? `Add the acceptance job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
            : `Add an acceptance/e2e job (Playwright, Cypress, …) and list it in \`needs:\` of \`${deploy.job.id}\`.`
      }
    })
    if ('finding' in verdict) return verdict.finding
    const gates = verdict.gates.map(({ target, gates }) => ({ deploy: target, acceptance: gates }))
    const gating = gates.map(gate => gatingAcceptance(context, gate))
    const notGating = gating.find(gate => gate.acceptance.length === 0)
    if (notGating) return notGatingFinding(context, notGating)
    const inRun = runOrdering(context, gating)
    if (inRun) return inRun
    const acceptance = [...new Set(gating.flatMap(gate => gate.acceptance))]
    return findingFor(context, messages, 'gated', {
      status: 'pass',
      strength: 'definition',
      data: { deploys: listJobs(pipeline.productionDeploys), acceptance: listJobs(acceptance) },
      evidence: [
        ...pipeline.productionDeploys.map(job => jobEvidence(job)),
        ...acceptance.map(job => jobEvidence(job, 'acceptance-test'))
      ],
      locations: acceptance.map(job => locationOf(job, 'acceptance-test')),
      remediation: ''
    })
  }
})

/**
 * A production deploy that no acceptance job gates, after acceptance tests that cannot fail the pipeline
 * (`continue-on-error: true` on their job or step, `|| true`): it deploys whatever they find, and saying so
 * is the fix, where "needs no acceptance job" would send the user to add one they have (patterns §11).
 */
function swallowedGate(context: CheckContext): Finding | undefined {
  const pipeline = pipelineOf(context.evidence, context.environments)
  const swallowed = swallowedSteps(context, pipeline, ['acceptance-test'])
  if (swallowed.length === 0) return undefined
  for (const deploy of pipeline.productionDeploys) {
    if (ACCEPTANCE.before(pipeline, deploy, ['deploy']).length > 0) continue
    const before = pipeline.before(deploy)
    const deployStep = firstTarget(deploy, ['deploy'])
    const soft = swallowed.find(
      s =>
        before.includes(s.job) ||
        (s.job === deploy && s.step !== undefined && deployStep !== undefined && precedes(s, deployStep))
    )
    if (!soft) continue
    const { reason, fix } = swallowedWording(soft)
    return findingFor(context, messages, 'not-gating', {
      status: 'fail',
      strength: 'definition',
      data: { deploy: `\`${jobLabel(deploy)}\``, acceptance: soft.label, reason },
      evidence: [jobEvidence(deploy), jobEvidence(soft.job)],
      locations: [soft.location],
      remediation: `${fix[0]?.toUpperCase()}${fix.slice(1)} in ${soft.label}, so that a failed acceptance test stops \`${deploy.job.id}\`.`
    })
  }
  return undefined
}

interface Gate {
  deploy: PipelineJob
  acceptance: PipelineJob[]
}

interface GatingGate extends Gate {
  /** The acceptance jobs that run before the deploy but whose failure does not stop it. */
  ordered: PipelineJob[]
  blockers: Blocker[]
}

/** Of the acceptance jobs ordered before the deploy, those whose failure stops it (its own job's steps do). */
function gatingAcceptance(context: CheckContext, gate: Gate): GatingGate {
  const pipeline = pipelineOf(context.evidence, context.environments)
  const { refs, blockers } = gatingPredecessors(pipeline.graph, context.evidence.workflows, gate.deploy.ref)
  const gates = (job: PipelineJob): boolean =>
    job === gate.deploy || refs.some(ref => ref.workflow === job.ref.workflow && ref.job === job.ref.job)
  return {
    deploy: gate.deploy,
    acceptance: gate.acceptance.filter(gates),
    ordered: gate.acceptance,
    blockers
  }
}

function notGatingFinding(context: CheckContext, gate: GatingGate): Finding {
  const blocker = gate.blockers[0]
  const deploy = gate.deploy.job.id
  const reason =
    blocker?.kind === 'status-function'
      ? `\`${blocker.job.job}\` runs with \`if: ${blocker.condition.trim()}\``
      : blocker?.kind === 'workflow-run'
        ? `\`${blocker.edge.downstream}\` runs when \`${blocker.edge.upstream}\` completes without checking \`github.event.workflow_run.conclusion == 'success'\``
        : 'its ordering does not depend on the acceptance result'
  return findingFor(context, messages, 'not-gating', {
    status: 'fail',
    strength: 'definition',
    data: {
      deploy: `\`${jobLabel(gate.deploy)}\``,
      acceptance: listJobs(gate.ordered),
      reason
    },
    evidence: [jobEvidence(gate.deploy), ...gate.ordered.map(job => jobEvidence(job, 'acceptance-test'))],
    locations: [blocker?.kind === 'workflow-run' ? blocker.edge.location : gate.deploy.job.location],
    remediation:
      blocker?.kind === 'workflow-run'
        ? `Start every entry job of \`${blocker.edge.downstream}\` with \`if: github.event.workflow_run.conclusion == 'success'\`.`
        : `Drop the status function (\`always()\`, \`failure()\`, \`cancelled()\`) from \`if:\` of \`${blocker?.job.job ?? deploy}\`, so \`${deploy}\` is skipped when the acceptance job fails.`
  })
}

/**
 * Run strength (design §4): every production deploy that started in this run must have started after one of
 * its acceptance jobs completed successfully in this run. Undefined when no production deploy started.
 */
function runOrdering(context: CheckContext, gates: readonly Gate[]): Finding | undefined {
  const run = context.evidence.run
  let ordered: { deploy: PipelineJob; acceptance: string } | undefined
  for (const gate of gates) {
    // Gated by its own steps' order, which the run's job timings cannot show otherwise.
    if (gate.acceptance.includes(gate.deploy)) continue
    for (const deployRun of runJobsOf(gate.deploy, run).filter(started)) {
      const deployStart = Date.parse(deployRun.startedAt ?? '')
      const passed = gate.acceptance
        .flatMap(job => runJobsOf(job, run))
        .filter(job => job.conclusion === 'success')
      const before = passed.find(job => Date.parse(job.completedAt ?? '') <= deployStart)
      if (!before) {
        const names = gate.acceptance.map(job => `\`${jobLabel(job)}\``).join(', ')
        return findingFor(context, messages, 'started-early', {
          status: 'fail',
          strength: 'run',
          data: { deploy: `\`${deployRun.name}\``, started: deployRun.startedAt ?? '', acceptance: names },
          evidence: [
            jobEvidence(gate.deploy),
            ...gate.acceptance.map(job => jobEvidence(job, 'acceptance-test'))
          ],
          locations: [gate.deploy.job.location],
          remediation: `Make \`${gate.deploy.job.id}\` wait for the acceptance job: list it in \`needs:\` and do not use \`if: always()\` on the deploy.`
        })
      }
      ordered = { deploy: gate.deploy, acceptance: before.name }
    }
  }
  if (!ordered) return undefined
  return findingFor(context, messages, 'ordered-in-run', {
    status: 'pass',
    strength: 'run',
    data: { deploy: `\`${jobLabel(ordered.deploy)}\``, acceptance: `\`${ordered.acceptance}\`` },
    evidence: [jobEvidence(ordered.deploy)],
    locations: [ordered.deploy.job.location],
    remediation: ''
  })
}
