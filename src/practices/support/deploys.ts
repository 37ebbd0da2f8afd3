// Deploys as practices judge them: what counts as one, production and model deploys, and what came first.
import type { Pipeline, PipelineJob } from './pipeline.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf } from './pipeline.js'
import { findingFor } from '../../checks/finding-for.js'
import type { Finding } from '../../core/finding.js'
import type { CheckContext } from '../../checks/check.js'
import { listJobs, opaqueVerdict, prerequisiteNote } from './findings.js'
import type { OpaqueRole } from './findings.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import type { Workspace } from '../../evidence/evidence.js'
import { normaliseName } from '../../workflow/classify-step.js'
import { followedFiles, jobTexts } from './ml-signals.js'

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
    const named = pipeline.deployJobs.map(productionNamedOnly).find(by => by !== undefined)
    return findingFor(context, messages, 'no-production', {
      status: 'not-applicable',
      strength: 'definition',
      data: { unresolved: named === undefined ? '' : `: ${PRODUCTION_NAMED_ONLY}${named}` },
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

/** Said wherever production is only a job id, a variable, a condition or an argument (§1.4). */
export const PRODUCTION_NAMED_ONLY = 'production is named only by '

const PRODUCTION_WORD = /\bprod(?:uction)?\b/

/**
 * How a deploy without a production `environment:` still names production (§1.4): its job id or name, an env
 * value, its `if:` or an argument of a step. Such a deploy is not a production deploy, but the reader should
 * know why; undefined when it does not name production at all, or has a production environment.
 */
export function productionNamedOnly(job: PipelineJob): string | undefined {
  if (job.environmentClass === 'production') return undefined
  if (PRODUCTION_WORD.test(normaliseName(`${job.job.id} ${job.job.name ?? ''}`)))
    return `the job id \`${job.job.id}\``
  const env = Object.entries({ ...job.workflow.env, ...job.job.env }).find(([, value]) =>
    PRODUCTION_WORD.test(value.toLowerCase())
  )
  if (env) return `the variable \`${env[0]}: ${env[1]}\``
  if (PRODUCTION_WORD.test(job.job.if ?? '')) return `the condition \`${job.job.if ?? ''}\``
  const step = job.job.steps.find(s =>
    PRODUCTION_WORD.test([s.run ?? '', ...Object.values(s.with)].join(' '))
  )
  return step === undefined
    ? undefined
    : `an argument of a step (${step.location.file}:${step.location.line})`
}

/** A model handed to a deploy (§1.5): a registry URI, a model name or version, a model file or package. */
const MODEL_REFERENCE =
  /models:\/|\bmodel[_-]?(?:name|version|uri|package|id)\b|--model\b|\bmodel\.json\b|\bregistry\/[\w./-]+\.json|ModelPackage/i
/**
 * Commands that deploy or promote a model whatever the job is called (§1.5): MLflow stage transitions and
 * scripts named for them, Azure ML model share/update and online deployments, `python -m pkg.deploy`, an
 * Anyscale service rollout, a committed registry file.
 */
const MODEL_PROMOTION =
  /transition_model_version_stage|(?:^|[\s/])[\w-]*(?:mlflow|promote|transition)[\w-]*\.(?:py|sh)\b|az\s+ml\s+(?:model\s+(?:share|update)|online-deployment\s+create)|python3?\s+-m\s+[\w.]+\.deploy\b|anyscale\s+service\s+rollout|git\s+add\s+[^\n]*registry\/|cp\s+[^\n]*\sregistry\/[\w./-]+/
/** Endpoint stacks a deploy applies (CloudFormation, CDK, Terraform), read from the files it names. */
const ENDPOINT_STACK =
  /AWS::SageMaker::(?:Model|Endpoint)|aws_sagemaker_(?:model|endpoint)\b|sagemaker\.CfnModel|CfnEndpoint/
const MODEL_NAME = /\b(?:models?|inference|endpoints?|serving|serve)\b/

/**
 * The jobs that deploy or register a model (§1.5), one notion for every ML practice: a job the catalog calls a
 * model deploy; a job that promotes one by command (MLflow transitions, `az ml model share`, …); and a deploy
 * that carries a model — it takes a model reference, its job or workflow name says model, inference, endpoint
 * or serving, it applies an endpoint stack, or it follows a training job.
 */
export function modelDeploysOf(pipeline: Pipeline, workspace: Workspace): PipelineJob[] {
  return pipeline.jobs.filter(job => {
    if (hasPurpose(job, 'model-deploy')) return true
    const texts = jobTexts(job).map(t => t.text)
    if (texts.some(text => MODEL_PROMOTION.test(text))) return true
    if (!job.deploys) return false
    const names = normaliseName(
      `${job.job.id} ${job.job.name ?? ''} ${job.workflow.name ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2')
    )
    return (
      texts.some(text => MODEL_REFERENCE.test(text)) ||
      MODEL_NAME.test(names) ||
      followedFiles(job, workspace).some(({ text }) => ENDPOINT_STACK.test(text)) ||
      pipeline.before(job).some(other => hasPurpose(other, 'training'))
    )
  })
}

/**
 * A call the gate cannot read that may deploy or register the model: one named for it, or a platform job or
 * pipeline that trains (Databricks, Azure ML, SageMaker pipelines register what they train), §10.2.
 */
export const MODEL_DEPLOY_CALL: OpaqueRole = {
  purposes: ['model-deploy'],
  calledJobs: ['training', 'model-evaluation'],
  work: 'deploying or registering the model'
}

/**
 * The jobs that deploy or register a model into a production environment — what the promotion practices
 * constrain — or the failing finding when there are none: `no-model-deploy` when no job deploys a model,
 * `no-production` (naming the environments seen, `{environments}`) when none of them is production, and
 * `opaque` when no job deploys a model the gate can see but a call it cannot read may. The practice's message
 * table must define the three ids, with `{deploys}` and `{environments}`.
 */
export function productionModelDeploys(
  context: CheckContext,
  messages: Readonly<Record<'no-model-deploy' | 'no-production' | 'opaque', string>>,
  pipeline: Pipeline,
  workspace: Workspace,
  remediation: { noDeploy: string; noProduction: string }
): { production: PipelineJob[] } | { finding: Finding } {
  const deploys = modelDeploysOf(pipeline, workspace)
  const production = deploys.filter(job => job.environmentClass === 'production')
  if (production.length > 0) return { production }
  const opaque = deploys.length === 0 && opaqueVerdict(context, MODEL_DEPLOY_CALL)
  if (opaque) return { finding: opaque }
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
  // Steps of the deploy job that come before its first deploy step gate it too (patterns §5.1): a failing build
  // or test step stops the job before it deploys.
  const deploySteps = deploy.purposes.flatMap(p =>
    (p.purpose === 'deploy' || p.purpose === 'iac-apply') && p.step !== undefined ? [p.step] : []
  )
  const first = deploySteps.length > 0 ? Math.min(...deploySteps) : undefined
  const earlier = (...purposes: Purpose[]): PipelineJob[] =>
    first !== undefined &&
    deploy.purposes.some(p => purposes.includes(p.purpose) && p.step !== undefined && p.step < first)
      ? [deploy]
      : []
  const builds = [...before.filter(job => hasPurpose(job, 'build')), ...earlier('build')]
  const tests = [...before.filter(job => hasPurpose(job, ...TEST_PURPOSES)), ...earlier(...TEST_PURPOSES)]
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
 * The verdict of a verified-deploy rule: pass for the first candidate that waits for build and test jobs;
 * unknown when one misses only tests that may run inside a call before it the gate cannot read (a remote
 * `autotest.yml` with a `test-suite:` input, §10.2), naming the call, so the practice's message table must
 * define `opaque` as OPAQUE_MESSAGE; else `unverified` for the closest near-miss, naming what it misses.
 * Undefined when there is no candidate.
 */
export function verifiedDeployVerdict<MessageId extends string>(
  context: CheckContext,
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
  for (const candidate of checked.filter(c => c.missing.join() === 'test')) {
    const opaque = opaqueVerdict(context, {
      purposes: TEST_PURPOSES,
      suites: true,
      work: `the tests before \`${jobLabel(candidate.job)}\``,
      in: pipeline.before(candidate.job)
    })
    if (opaque) return opaque
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
