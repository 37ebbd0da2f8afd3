import { findingFor } from '../checks/finding-for.js'
import { OBJECT_STORAGE } from '../workflow/catalog/object-storage.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listFiles, listJobs } from './support/findings.js'
import { servingImages } from './support/serving-images.js'
import { hasPurpose, jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import type { JobClassification } from '../workflow/classify-step.js'

/**
 * Workflow artifacts expire and no ML platform deploys from them: they keep outputs, they do not package them.
 * A Pages site is one too (the run's `github-pages` artifact that `actions/deploy-pages` publishes): a website,
 * not a pipeline component.
 */
const WORKFLOW_ARTIFACTS = new Set(['actions/upload-artifact', 'actions/upload-pages-artifact'])
/** Copies to a bucket, a blob container or DBFS: they package the pipeline only when they copy a built package. */
const STORAGE_COPIES = new Set(OBJECT_STORAGE.map(entry => entry.id))
/**
 * A wheel, egg or jar, or what a build writes to `dist/`: the pipeline's code as a package a platform installs
 * (a Databricks job library), not a trained model or its results (patterns §9.7).
 */
const PACKAGE = /\.(?:whl|egg|jar)(?![\w.])|(?:^|[\s/"'])dist\//

/** What to do when what a job pushes is the prediction service rather than the pipeline's components. */
const BUILD_COMPONENTS =
  'Build the pipeline components (training, processing or component images, pipeline packages) and push them to a registry in a workflow that runs on push'

const messages = {
  stored: 'pipeline components are built and stored by {jobs} ({how}) on {events}',
  'delivery-only':
    '{jobs} push an image ({how}), but the same job then deploys it: the prediction service being delivered, not a pipeline component',
  'serving-only':
    '{jobs} push images of the prediction service ({dockerfiles} start a server), model delivery rather than pipeline components',
  'manual-only':
    'pipeline components are stored by {jobs} ({how}), but only on {events} — never without a person',
  'workflow-artifacts-only':
    'only workflow artifacts are kept ({jobs}: actions/upload-artifact, or a Pages site), which expire; no image or package is pushed',
  'outputs-only': '{jobs} keep outputs ({how}), but none is an image or a package of the pipeline components',
  none: 'no workflow job pushes an image or publishes a package of the pipeline components'
}

export const pipelinePackaged = definePractice({
  meta: {
    id: 'pipeline-packaged',
    title: 'Pipeline components are packaged and stored',
    model: 'mlops',
    rationale:
      'MLOps level 2 (CI/CD pipeline automation): the CI stage outputs pipeline components — container images, packages — stored where continuous delivery deploys them from.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['artifact-store']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const storing = pipeline.withPurpose('artifact-store')
    const pushing = storing.filter(job => packagesOf(job).length > 0)
    const serving = new Map(
      pushing.map(job => [job, servingImages(job.job, context.evidence.workspace.read)])
    )
    const packaging = pushing.filter(job => !deliversWhatItPushes(job) && serving.get(job) === undefined)
    const how = (jobs: PipelineJob[], stores = packagesOf) =>
      [...new Set(jobs.flatMap(stores))].slice(0, 3).join(', ')
    const events = (jobs: PipelineJob[]) =>
      [...new Set(jobs.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort().join(', ') || 'no event'
    const automatic = packaging.filter(job => job.automatic)
    if (automatic.length > 0) {
      return findingFor(context, messages, 'stored', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(automatic), how: how(automatic), events: events(automatic) },
        evidence: automatic.map(job => jobEvidence(job, 'artifact-store')),
        locations: automatic.map(job => locationOf(job, 'artifact-store')),
        remediation: ''
      })
    }
    if (packaging.length > 0) {
      return findingFor(context, messages, 'manual-only', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(packaging), how: how(packaging), events: events(packaging) },
        evidence: packaging.map(job => jobEvidence(job, 'artifact-store')),
        locations: packaging.map(job => job.workflow.location),
        remediation: `Trigger ${[...new Set(packaging.map(job => job.ref.workflow))].join(', ')} on push to the default branch or on release, so that every change is packaged.`
      })
    }
    const delivering = pushing.filter(deliversWhatItPushes)
    if (delivering.length > 0) {
      return findingFor(context, messages, 'delivery-only', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(delivering), how: how(delivering) },
        evidence: delivering.map(job => jobEvidence(job, 'artifact-store', 'deploy')),
        locations: delivering.map(job => locationOf(job, 'artifact-store')),
        remediation: `${BUILD_COMPONENTS}; the serving image a deploy job builds is model delivery.`
      })
    }
    const servingJobs = pushing.filter(job => serving.get(job) !== undefined)
    if (servingJobs.length > 0) {
      const dockerfiles = [...new Set(servingJobs.flatMap(job => serving.get(job) ?? []))]
      return findingFor(context, messages, 'serving-only', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(servingJobs), dockerfiles: listFiles(dockerfiles) },
        evidence: servingJobs.map(job => jobEvidence(job, 'artifact-store')),
        locations: servingJobs.map(job => locationOf(job, 'artifact-store')),
        remediation: `${BUILD_COMPONENTS}; an image that starts the prediction service is model delivery.`
      })
    }
    const copies = storing.filter(job => storageCopiesOf(job).length > 0)
    const id = copies.length > 0 ? 'outputs-only' : storing.length > 0 ? 'workflow-artifacts-only' : 'none'
    return findingFor(context, messages, id, {
      status: 'fail',
      strength: 'definition',
      data: { jobs: listJobs(copies.length > 0 ? copies : storing), how: how(copies, storageCopiesOf) },
      evidence: storing.map(job => jobEvidence(job, 'artifact-store')),
      locations: storing.map(job => locationOf(job, 'artifact-store')),
      remediation:
        'Build the pipeline components into container images (training, serving) and push them to a registry, or publish them as a package, in a workflow that runs on push.'
    })
  }
})

/**
 * How a job packages the pipeline: the command or action that pushes an image or publishes a package, or copies
 * a package it builds to object storage. Workflow artifacts and copies of anything else are left out.
 */
function packagesOf(job: PipelineJob): string[] {
  const builds = hasPurpose(job, 'build')
  return storesOf(
    job,
    p =>
      !WORKFLOW_ARTIFACTS.has(p.rule) &&
      (!STORAGE_COPIES.has(p.rule) || (builds && PACKAGE.test(p.command ?? '')))
  )
}

/**
 * A job that pushes an image or package and then, in a later step, deploys (an app or model deploy) ships the
 * prediction service it just built: model delivery, not a pipeline component (patterns §9.7). A job that also
 * deploys or runs an ML pipeline (training) pushed that pipeline's images: the model it then deploys comes out
 * of the pipeline, not out of the push.
 */
function deliversWhatItPushes(job: PipelineJob): boolean {
  if (hasPurpose(job, 'pipeline-deploy', 'training')) return false
  const last = (purposes: string[]): number =>
    Math.max(-1, ...job.purposes.filter(p => purposes.includes(p.purpose)).map(p => p.step ?? -1))
  const firstPush = Math.min(
    ...job.purposes.filter(p => p.purpose === 'artifact-store' && p.step !== undefined).map(p => p.step ?? 0)
  )
  return last(['deploy', 'model-deploy']) > firstPush
}

/** The copies to object storage a job makes, whatever they copy. */
function storageCopiesOf(job: PipelineJob): string[] {
  return storesOf(job, p => STORAGE_COPIES.has(p.rule))
}

function storesOf(job: PipelineJob, counts: (store: JobClassification) => boolean): string[] {
  return job.purposes
    .filter(p => p.purpose === 'artifact-store' && counts(p))
    .map(p => (p.command ? `\`${p.command.slice(0, 60)}\`` : p.rule))
}
