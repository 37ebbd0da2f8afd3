import { findingFor } from '../checks/finding-for.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { CHANGE_EVENTS } from './support/events.js'
import { listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf, runJobsOf, started } from './support/pipeline.js'

const VERIFYING = ['build', 'unit-test', 'integration-test', 'acceptance-test'] as const

const messages = {
  'runs-on-change': '{jobs} build or test on {events}',
  'not-on-change': '{jobs} build or test, but only on {events} — not on push or pull request',
  'no-build-or-test': 'no workflow job builds or tests the code',
  'ran-on-change': 'this {event} run built or tested the change: {jobs}',
  opaque: OPAQUE_MESSAGE
}

export const ciOnChange = definePractice({
  meta: {
    id: 'ci-on-change',
    title: 'CI on every change',
    model: 'cdmm',
    rationale:
      'CDMM base, Build & Deploy: every commit is built and checked by a CI server, so integration problems surface at once.',
    messages,
    options: { jobs: jobGlobs },
    namedJobs: ['build'],
    // A failing test in this run is charged to the test practices, not to CI: it did run on the change.
    runAware: true
  },
  check(context) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const verifying = pipeline.withPurpose(...VERIFYING)
    const onChange = verifying.filter(job => changeEvents(pipeline.graph.eventsOf(job.ref)).length > 0)
    const run = context.evidence.run
    const ran = onChange.filter(job => runJobsOf(job, run).some(started))
    if (run && CHANGE_EVENTS.includes(run.event) && ran.length > 0) {
      return findingFor(context, messages, 'ran-on-change', {
        status: 'pass',
        strength: 'run',
        data: { event: run.event, jobs: listJobs(ran) },
        evidence: ran.map(job => jobEvidence(job, ...VERIFYING)),
        locations: ran.map(job => locationOf(job, ...VERIFYING)),
        remediation: ''
      })
    }
    if (onChange.length > 0) {
      const events = [...new Set(onChange.flatMap(job => changeEvents(pipeline.graph.eventsOf(job.ref))))]
      return findingFor(context, messages, 'runs-on-change', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(onChange), events: events.sort().join(', ') },
        evidence: onChange.map(job => jobEvidence(job, ...VERIFYING)),
        locations: onChange.map(job => locationOf(job, ...VERIFYING)),
        remediation: ''
      })
    }
    if (verifying.length > 0) {
      const events = [...new Set(verifying.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))]
      return findingFor(context, messages, 'not-on-change', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(verifying), events: events.sort().join(', ') || 'no event' },
        evidence: verifying.map(job => jobEvidence(job, ...VERIFYING)),
        locations: verifying.map(job => job.workflow.location),
        remediation: 'Add `push:` and `pull_request:` to the `on:` of the workflow that builds and tests.'
      })
    }
    // A build or test suite called in a workflow the gate cannot read, on a change, may be the CI (§10.2).
    const changing = pipeline.jobs.filter(job => changeEvents(pipeline.graph.eventsOf(job.ref)).length > 0)
    const opaque = opaqueVerdict(context, {
      purposes: VERIFYING,
      suites: true,
      work: 'building or testing the change',
      in: changing
    })
    if (opaque) return opaque
    return findingFor(context, messages, 'no-build-or-test', {
      status: 'fail',
      strength: 'definition',
      evidence: [],
      locations: [],
      remediation:
        'Add a workflow under .github/workflows triggered by `push` and `pull_request` that builds and runs the tests.'
    })
  }
})

function changeEvents(events: ReadonlySet<string>): string[] {
  return CHANGE_EVENTS.filter(event => events.has(event))
}
