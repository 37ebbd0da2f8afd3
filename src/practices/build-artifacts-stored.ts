import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import type { OpaqueRole } from './support/findings.js'
import type { PipelineJob } from './support/pipeline.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import { splitCommands } from '../workflow/split-commands.js'

const messages = {
  stored: '{jobs} keep build outputs (artifact upload, image push, package publish or release upload)',
  'built-not-stored': '{jobs} build, but nothing keeps the outputs',
  'nothing-stored': 'no workflow job keeps build outputs',
  'dvc-remote-only':
    '{jobs} push to a DVC remote ({how}), which may keep the trained outputs or only the data; nothing else keeps build outputs',
  opaque: OPAQUE_MESSAGE
}

/** Words of what a registry or package index keeps. */
const STORED = '(?:images?|docker|containers?|registry|packages?)'
/**
 * A call the gate cannot read may keep the outputs (patterns §10.2) when its name joins pushing or publishing
 * with an image or package (`publish-image`, `docker-publish.yml`), or its inputs name a registry or image
 * (`azure-acr-name`, `image-name`, `ecr-repository`), or it is a reusable workflow that builds: its jobs may
 * upload what they build (the SLSA Go builder does), so "nothing keeps the outputs" cannot be said of it.
 */
const OPAQUE_STORE: OpaqueRole = {
  purposes: ['artifact-store'],
  calledJobs: ['build'],
  named: new RegExp(
    `\\b(?:push|publish)\\w*(?: \\w+){0,3} ${STORED}\\b|\\b${STORED}(?: \\w+){0,2} (?:push|publish)`
  ),
  inputs: /(?:^|[-_])(?:registry|images?|acr|ecr|gcr|ghcr|docker(?:hub)?)(?:[-_]|$)/i,
  work: 'keeping the build outputs',
  jobsOption: true
}

export const buildArtifactsStored = definePractice({
  meta: {
    id: 'build-artifacts-stored',
    title: 'Build outputs are stored',
    model: 'cdmm',
    rationale:
      'CDMM beginner, Build & Deploy: build outputs are kept in a repository (artifacts, registries, releases) so that what was built can be deployed and traced.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['artifact-store']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const storing = pipeline.jobs.filter(keepsOutputs)
    if (storing.length > 0) {
      return findingFor(context, messages, 'stored', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(storing) },
        evidence: storing.map(job => jobEvidence(job, 'artifact-store')),
        locations: storing.map(job => locationOf(job, 'artifact-store')),
        remediation: ''
      })
    }
    const opaque = opaqueVerdict(context, OPAQUE_STORE)
    if (opaque) return opaque
    // `dvc push` may keep what the pipeline produced or only its data (patterns §6.4): as the only candidate it is
    // neither a pass nor "nothing keeps the outputs".
    const dvcPushes = pipeline.jobs.flatMap(job => dvcPushesOf(job).map(step => ({ job, step })))
    if (dvcPushes.length > 0) {
      const jobs = [...new Set(dvcPushes.map(push => push.job))]
      return findingFor(context, messages, 'dvc-remote-only', {
        status: 'unknown',
        strength: 'definition',
        data: { jobs: listJobs(jobs), how: `\`${dvcPushes[0]?.step.command ?? 'dvc push'}\`` },
        evidence: jobs.map(job => jobEvidence(job)),
        locations: dvcPushes.map(push => push.step.location),
        remediation:
          'Keep the trained model or built package where a deploy can take it from (`dvc push` of the model outputs to a remote named for them, an image push, a release upload), or waive the practice if the DVC remote is that store.'
      })
    }
    const builds = pipeline.withPurpose('build')
    if (builds.length > 0) {
      return findingFor(context, messages, 'built-not-stored', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(builds) },
        evidence: builds.map(job => jobEvidence(job, 'build')),
        locations: builds.map(job => locationOf(job, 'build')),
        remediation: `Keep what \`${builds[0]?.job.id}\` builds: add \`actions/upload-artifact\`, push the image (\`docker/build-push-action\` with \`push: true\`), publish the package or upload it to a release.`
      })
    }
    return findingFor(context, messages, 'nothing-stored', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation:
        'Add a build job that keeps its outputs: `actions/upload-artifact`, an image push, a package publish or a release upload.'
    })
  }
})

const DVC_PUSH = /^dvc\s+(?:exp\s+)?push\b/

/** The `dvc push` (or `dvc exp push`) commands of a job's steps, with where they are written. */
function dvcPushesOf(job: PipelineJob): Array<{ command: string; location: PipelineJob['job']['location'] }> {
  // Every step of every job is asked, and a command that starts with `dvc` is a piece of its script: splitting
  // only scripts that name it spares splitting the 100,000 steps of a large monorepo.
  return job.job.steps.flatMap(step =>
    step.run?.includes('dvc')
      ? splitCommands(step.run)
          .filter(command => DVC_PUSH.test(command))
          .map(command => ({ command, location: step.location }))
      : []
  )
}

/** `if: failure()` alone: the step keeps outputs only when the build broke, to debug it. */
const ONLY_ON_FAILURE = /^\s*(?:\$\{\{\s*)?failure\(\)\s*(?:\}\})?\s*$/

/** A job that stores something on a successful run (an upload that happens only on failure is a debugging aid). */
function keepsOutputs(job: PipelineJob): boolean {
  return job.purposes.some(
    p =>
      p.purpose === 'artifact-store' &&
      !ONLY_ON_FAILURE.test((p.step === undefined ? undefined : job.job.steps[p.step]?.if) ?? '')
  )
}
