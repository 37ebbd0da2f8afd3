import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import { TEST_PURPOSES } from './support/deploys.js'

const messages = {
  builds: '{jobs} build the code',
  'tests-only': '{jobs} run tests, but no job runs a build command or action',
  'no-build': 'no workflow job runs a build command or action'
}

export const scriptedBuild = definePractice({
  meta: {
    id: 'scripted-build',
    title: 'Scripted build',
    model: 'cdmm',
    rationale:
      'CDMM base, Build & Deploy: the build is scripted and runs on a build server, not on a developer machine.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['build']
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const builds = pipeline.withPurpose('build')
    if (builds.length > 0) {
      return findingFor(context, messages, 'builds', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(builds) },
        evidence: builds.map(job => jobEvidence(job, 'build')),
        locations: builds.map(job => locationOf(job, 'build')),
        remediation: ''
      })
    }
    const testing = pipeline.withPurpose(...TEST_PURPOSES)
    const remediation =
      'Add a step that builds the project (`npm run build`, `go build ./...`, `mvn package`, `docker build`, …) to a workflow job.'
    if (testing.length > 0) {
      return findingFor(context, messages, 'tests-only', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(testing) },
        evidence: testing.map(job => jobEvidence(job, ...TEST_PURPOSES)),
        locations: testing.map(job => job.job.location),
        remediation
      })
    }
    return findingFor(context, messages, 'no-build', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation
    })
  }
})
