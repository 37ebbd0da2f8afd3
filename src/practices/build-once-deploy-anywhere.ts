import { fromOpaqueCall } from '../workflow/classify-step.js'
import picomatch from 'picomatch'
import { findingFor } from '../checks/finding-for.js'
import type { Job } from '../workflow/model.js'
import { jobGlobs } from './support/matchers.js'
import { deploymentsOf } from './support/deploys.js'
import { definePractice } from './define-practice.js'
import {
  listJobs,
  OPAQUE_MESSAGE,
  opaqueCallsOf,
  opaqueVerdict,
  prerequisiteNote
} from './support/findings.js'
import type { CheckContext } from '../checks/check.js'
import type { Finding } from '../core/finding.js'
import type { Evidence } from '../evidence/evidence.js'
import type { Pipeline, PipelineJob } from './support/pipeline.js'
import { hasPurpose, jobEvidence, jobLabel, locationOf, pipelineOf } from './support/pipeline.js'

const messages = {
  'deploys-by-reference': '{deploys} build nothing and deploy a build they are given by reference ({how})',
  'deploys-built-output': '{deploys} deploy what {producers} built ({how}) and build nothing themselves',
  'builds-itself': '{deploy} builds for itself instead of deploying what a build job produced',
  'consumes-nothing':
    '{deploy} builds nothing, but takes nothing from a build job (no download-artifact, no `needs.<build>.outputs`){hint}',
  'infrastructure-only': '{deploys} apply only infrastructure: no build output is promoted',
  'no-deploy': 'no workflow job deploys, so no build output is promoted',
  opaque: OPAQUE_MESSAGE
}

/** Actions that fetch an artifact an earlier job uploaded. */
const DOWNLOAD_ACTIONS = picomatch(['actions/download-artifact', 'dawidd6/action-download-artifact'], {
  nocase: true
})
const NEEDS_OUTPUT = /\bneeds\.([\w-]+)\.outputs\b/g
/**
 * GitHub Pages' deploy action publishes the site artifact that `upload-pages-artifact` stored earlier in the
 * run (real-world patterns §6.1): the Pages starter workflows build and upload in one job and deploy in the next.
 */
const PAGES_DEPLOY = picomatch('actions/deploy-pages', { nocase: true })
const PAGES_UPLOAD = picomatch('actions/upload-pages-artifact', { nocase: true })
/** The commit's SHA as a workflow writes it: `${{ github.sha }}` or `$GITHUB_SHA`. */
const COMMIT_SHA = String.raw`\$\{\{\s*github\.sha\s*\}\}|\$\{?GITHUB_SHA\b`
/**
 * An image tagged with the commit being built (`app:${{ github.sha }}`, `app:$GITHUB_SHA`): a deploy naming that
 * tag deploys the image an earlier job pushed under it, not a rebuild (§6.1).
 */
const COMMIT_TAG = new RegExp(`:(?:${COMMIT_SHA})`)
/** A value made from the commit: the SHA itself, or `git rev-parse` of it (often `--short`). */
const COMMIT_VALUE = new RegExp(String.raw`${COMMIT_SHA}|\bgit\s+rev-parse\b`)
/** `NAME=value` in a script: exported, or appended to `$GITHUB_ENV` for the later steps. */
const ASSIGNMENT = /(?:^|[\s;"'])(?:export\s+)?([A-Za-z_]\w*)=(.*)$/
/**
 * Promotion by reference (real-world patterns §6.1): a dispatch or call input naming the version, tag, image or
 * digest to deploy ("version to deploy; must already exist"), or the release tag being deployed.
 */
const BUILD_REFERENCE =
  /\$\{\{\s*((?:github\.event\.)?inputs\.[\w-]*(?:version|tag|image|digest|sha|release|artifact)[\w-]*|github\.event\.release\.tag_name)\s*\}\}/gi
/**
 * A needed job's output that names what was built or exported (`needs.export-model.outputs.export_path`,
 * `…outputs.image_tag`), not a setting (`…outputs.environment`), a tool's version (`node_version`) or only
 * which image or model (`image-name`, which any rebuild shares): §6.1.
 */
const OUTPUT_REFERENCE = /\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g
const ARTIFACT_WORD =
  /(?:^|[-_])(?:path|digest|image|tag|artifact|uri|model|(?<!(?:node|python|java|go|dotnet|ruby|terraform|tool|sdk|runtime)[-_])version)(?:[-_]|$)/i
const NAME_ONLY = /[-_]names?$/i
/** Remote calls named for infrastructure apply DNS, networks or front doors, not a build (§6.1). */
const INFRASTRUCTURE = /\b(?:infra(?:structure)?|dns|domains?|terraform|front ?door|networks?|vpc)\b/

export const buildOnceDeployAnywhere = definePractice({
  meta: {
    id: 'build-once-deploy-anywhere',
    title: 'Build once, deploy anywhere',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Build & Deploy: one build output is promoted through every environment, so what was tested is what is deployed.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['deploy']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const subjects = shippingJobs(pipeline, context.evidence)
    // Deploys that only apply infrastructure (terraform apply of networks, DNS) need not take a build (§6.1),
    // but with nothing else deployed no build is promoted at all: the practice fails, naming that gap rather
    // than claiming nothing deploys (patterns §0).
    const infrastructure = deploymentsOf(pipeline)
    if (subjects.length === 0 && infrastructure.length > 0) {
      return findingFor(context, messages, 'infrastructure-only', {
        status: 'fail',
        strength: 'definition',
        data: { deploys: listJobs(infrastructure) },
        evidence: infrastructure.map(job => jobEvidence(job, 'iac-apply', 'deploy')),
        locations: infrastructure.map(job => locationOf(job, 'iac-apply', 'deploy')),
        remediation:
          'Add the application: a build job that uploads its output (or pushes an image with its digest in `outputs:`) and a deploy job that needs it and deploys exactly that.'
      })
    }
    if (subjects.length === 0) {
      return findingFor(context, messages, 'no-deploy', {
        status: 'fail',
        strength: 'definition',
        evidence: [],
        locations: [],
        remediation:
          'Add a build job that uploads its output (`actions/upload-artifact` or an image push with its digest in `outputs:`) and deploy jobs that need it and deploy that output.'
      })
    }
    const judged = subjects.map(job => ({ job, consumed: consumption(pipeline, job) }))
    // A job with an environment that builds rebuilds the app for it (§6.1), whether or not it deploys too.
    const builder = [...subjects, ...pipeline.deployJobs.filter(job => job.job.environment)].find(job =>
      hasPurpose(job, 'build')
    )
    if (builder) {
      return findingFor(context, messages, 'builds-itself', {
        status: 'fail',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(builder)}\`` },
        evidence: [jobEvidence(builder, 'build')],
        locations: [locationOf(builder, 'build')],
        remediation: `Move the build out of \`${builder.job.id}\` into a job it needs; have that job upload the output (or push the image and expose its digest in \`outputs:\`) and deploy exactly that.`
      })
    }
    const takingNothing = judged.filter(({ consumed }) => consumed.length === 0).map(({ job }) => job)
    if (
      takingNothing.length > 0 &&
      judged.every(({ job, consumed }) => consumed.length > 0 || references(job.job).length > 0)
    ) {
      return findingFor(context, messages, 'deploys-by-reference', {
        status: 'pass',
        strength: 'definition',
        data: {
          deploys: listJobs(takingNothing),
          how: [...new Set(takingNothing.flatMap(job => references(job.job)))].join(', ')
        },
        evidence: subjects.map(job => jobEvidence(job, 'deploy')),
        locations: takingNothing.map(job => job.job.location),
        remediation: ''
      })
    }
    // A deploy done inside a call the gate cannot read may take its build there (§10.2): a readable one fails.
    const starving = takingNothing.find(job => opaqueDeploy(context, [job]) === undefined)
    const opaque = starving === undefined && opaqueDeploy(context, takingNothing)
    if (opaque) return opaque
    if (starving) {
      const stores = pipeline.before(starving).filter(job => hasPurpose(job, 'artifact-store', 'build'))
      return findingFor(context, messages, 'consumes-nothing', {
        status: 'fail',
        strength: 'definition',
        data: {
          deploy: `\`${jobLabel(starving)}\``,
          hint:
            stores.length > 0 ? ` — ${listJobs(stores)} runs before it and produces output it could take` : ''
        },
        evidence: [
          jobEvidence(starving, 'deploy'),
          ...stores.map(job => jobEvidence(job, 'artifact-store', 'build'))
        ],
        locations: [starving.job.location],
        remediation:
          stores.length > 0
            ? `Have \`${starving.job.id}\` download the artifact (\`actions/download-artifact\`) or take the image digest from \`needs.${stores[0]?.job.id}.outputs\`.`
            : `Add a build job that uploads its output, list it in \`needs:\` of \`${starving.job.id}\` and deploy the downloaded artifact or image digest.`
      })
    }
    const consumed = judged.flatMap(j => j.consumed)
    return findingFor(context, messages, 'deploys-built-output', {
      status: 'pass',
      strength: 'definition',
      data: {
        deploys: listJobs(subjects),
        producers: listJobs([...new Set(consumed.map(c => c.producer))]),
        how: [...new Set(consumed.map(c => c.how))].join(', ')
      },
      evidence: [
        ...subjects.map(job => jobEvidence(job, 'deploy')),
        ...[...new Set(consumed.map(c => c.producer))].map(job => prerequisiteNote(job, 'built by'))
      ],
      locations: consumed.map(c => c.location),
      remediation: ''
    })
  }
})

/** Unknown when the deploying of `jobs` happens inside calls the gate cannot read, naming them (§10.2). */
function opaqueDeploy(context: CheckContext, jobs: readonly PipelineJob[]): Finding | undefined {
  return opaqueVerdict(context, {
    purposes: ['deploy', 'rollout', 'model-deploy'],
    work: `choosing the build ${listJobs(jobs)} deploy${jobs.length > 1 ? '' : 's'}`,
    in: jobs
  })
}

/**
 * The jobs that ship something: those running a deploy command or action; where the catalog recognises none,
 * the jobs deploying to a named environment. Infrastructure applies are not builds to promote, unless they
 * take one (a `terraform apply` given the image tag ships the app).
 */
function shippingJobs(pipeline: Pipeline, evidence: Evidence): readonly PipelineJob[] {
  // Infrastructure-only jobs (terraform apply of DNS or networks) ship no build (§6.1).
  const shipping = pipeline.deployJobs.filter(
    job =>
      !infrastructureOnly(job, evidence) ||
      consumption(pipeline, job).length > 0 ||
      references(job.job).length > 0
  )
  const commanded = shipping.filter(job => hasPurpose(job, 'deploy'))
  return commanded.length > 0 ? commanded : shipping
}

const NAME_RULES = new Set(['job-name', 'step-name', 'reusable-workflow'])

/**
 * A job that deploys by name only and applies infrastructure: by command, or through calls the gate cannot
 * read that are all named for it (`DFE-Digital/github-actions/deploy-domains-infra`).
 */
function infrastructureOnly(job: PipelineJob, evidence: Evidence): boolean {
  if (job.purposes.some(p => p.purpose === 'deploy' && !NAME_RULES.has(p.rule))) return false
  // An apply read from a call's name or inputs says nothing of what else the call ships.
  if (job.purposes.some(p => p.purpose === 'iac-apply' && !fromOpaqueCall(p.rule))) return true
  const calls = opaqueCallsOf(job, evidence)
  return calls.length > 0 && calls.every(call => INFRASTRUCTURE.test(call.names))
}

/**
 * The build references a job deploys by (`inputs.version`, `needs.export.outputs.export_path`), from its
 * inputs and its steps.
 */
function references(job: Job): string[] {
  const found = textsOf(job).flatMap(text => [
    ...[...text.matchAll(BUILD_REFERENCE)].map(m => m[1] ?? ''),
    ...[...text.matchAll(OUTPUT_REFERENCE)]
      .filter(([, id = '', name = '']) => job.needs.includes(id) && namesBuild(snakeCase(name)))
      .map(m => m[0])
  ])
  return [...new Set(found)]
}

function namesBuild(output: string): boolean {
  return ARTIFACT_WORD.test(output) && !NAME_ONLY.test(output)
}

/** `imageTag` → `image_Tag`: camel-case output names split like snake-case ones. */
function snakeCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2')
}

/** Where a job names what it deploys: its call's `with:` inputs, its steps' scripts and inputs. */
function textsOf(job: Job): string[] {
  return [...Object.values(job.with), ...job.steps.flatMap(textsOfStep)]
}

function textsOfStep(step: Job['steps'][number]): string[] {
  return [step.run ?? '', ...Object.values(step.with)]
}

interface Consumption {
  producer: PipelineJob
  how: string
  location: PipelineJob['job']['location']
}

/**
 * What `job` takes from jobs before it that build or store: downloaded artifacts, build job outputs, the Pages
 * artifact and images tagged with the commit.
 */
function consumption(pipeline: Pipeline, job: PipelineJob): Consumption[] {
  const before = pipeline.before(job)
  const producers = before.filter(p => hasPurpose(p, 'build', 'artifact-store'))
  const pages = stepsUsing(job.job, PAGES_DEPLOY).flatMap(step =>
    before
      .filter(p => stepsUsing(p.job, PAGES_UPLOAD).length > 0)
      .map(producer => ({ producer, how: 'upload-pages-artifact', location: step.location }))
  )
  if (producers.length === 0) return [...pages, ...commitTagged([], job, pipeline)]
  const uploaders = producers.filter(p => hasPurpose(p, 'artifact-store'))
  const downloads = stepsUsing(job.job, DOWNLOAD_ACTIONS).flatMap(step =>
    uploaders.map(producer => ({ producer, how: 'download-artifact', location: step.location }))
  )
  const caller = job.job.calledBy && job.workflow.jobs.find(j => j.id === job.job.calledBy?.job)
  const outputs = [job.job, ...(caller ? [caller] : [])].flatMap(source =>
    neededOutputs(source).flatMap(id => {
      // A needed job that calls a reusable workflow is represented by its inlined jobs (`build/image`).
      const producer = producers.find(
        p => p.ref.workflow === job.ref.workflow && (p.job.id === id || p.job.id.startsWith(`${id}/`))
      )
      return producer ? [{ producer, how: `needs.${id}.outputs`, location: source.location }] : []
    })
  )
  return [...pages, ...downloads, ...outputs, ...commitTagged(uploaders, job, pipeline)]
}

function stepsUsing(job: Job, action: (name: string) => boolean): Job['steps'] {
  return job.steps.filter(step => step.uses !== undefined && action(step.uses.replace(/@.*$/, '')))
}

/**
 * The image a job stored under the commit's tag, when `job` deploys that same tag: one pushed by a job before
 * it, or by a job of another workflow (a build workflow run for the same commit), since only a build of that
 * commit can have pushed it (§6.1).
 */
function commitTagged(stores: readonly PipelineJob[], job: PipelineJob, pipeline: Pipeline): Consumption[] {
  const tag = commitTag(job.job)
  const step = job.job.steps.find(s => textsOfStep(s).some(text => tag.test(text)))
  const location = step?.location ?? (Object.values(job.job.with).some(t => tag.test(t)) && job.job.location)
  if (!location) return []
  const elsewhere = pipeline.jobs.filter(
    other => other.ref.workflow !== job.ref.workflow && hasPurpose(other, 'artifact-store')
  )
  return [...stores, ...elsewhere]
    .filter(store => {
      const storedTag = commitTag(store.job)
      return textsOf(store.job).some(text => storedTag.test(text))
    })
    .map(producer => ({
      producer,
      how:
        producer.ref.workflow === job.ref.workflow
          ? 'image tagged with github.sha'
          : `image tagged with the commit, pushed by ${producer.ref.workflow}`,
      location
    }))
}

/**
 * The commit's tag as a job writes it: `:${{ github.sha }}`, `:$GITHUB_SHA`, or a variable the job (or its
 * workflow) sets from the commit (`echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >>
 * $GITHUB_ENV`, then `:$CI_COMMIT_SHA` or `:${{ env.CI_COMMIT_SHA }}`).
 */
function commitTag(job: Job): RegExp {
  const names = commitVariables(job)
  if (names.length === 0) return COMMIT_TAG
  const variables = names.join('|')
  return new RegExp(
    `${COMMIT_TAG.source}|:(?:\\$\\{?(?:${variables})\\b|\\$\\{\\{\\s*env\\.(?:${variables})\\s*\\}\\})`
  )
}

function commitVariables(job: Job): string[] {
  const declared = [job.env, ...job.steps.map(step => step.env)].flatMap(env =>
    Object.entries(env ?? {}).flatMap(([key, value]) => (COMMIT_VALUE.test(value) ? [key] : []))
  )
  const assigned = job.steps.flatMap(step =>
    (step.run ?? '').split('\n').flatMap(line => {
      const assignment = ASSIGNMENT.exec(line)
      return assignment && COMMIT_VALUE.test(assignment[2] ?? '') ? [assignment[1] ?? ''] : []
    })
  )
  return [...new Set([...declared, ...assigned])].filter(name => /^[A-Za-z_]\w*$/.test(name))
}

/** Ids of the needed jobs whose outputs a job's steps or `with:` inputs read. */
function neededOutputs(job: Job): string[] {
  const ids = textsOf(job).flatMap(text => [...text.matchAll(NEEDS_OUTPUT)].map(match => match[1] ?? ''))
  return [...new Set(ids)].filter(id => job.needs.includes(id))
}
