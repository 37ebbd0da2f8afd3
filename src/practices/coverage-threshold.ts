import { z } from 'zod'
import { committedReportsNote } from '../checks/committed-reports-note.js'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import type { CoverageTotals, ReportFile } from '../evidence/evidence.js'
import type { EvidenceItem, Finding } from '../core/finding.js'
import type { CheckContext } from '../checks/check.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { IMAGE_BUILD, listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import type { ReadFile } from '../workflow/script-resolution.js'

const messages = {
  meets: '{count} coverage report(s) meet min {min}%: {figures}',
  below: '{file} covers {value}% of {measure}, below min {min}%',
  unreadable: '{file} could not be read as a coverage report ({error}); its coverage is unknown',
  'not-in-workspace':
    '{jobs} produce coverage, but no report matching {globs} is in the workspace: its value is known only from a run{hint}{committed}',
  enforced:
    '{jobs} fail below {value}% coverage ({where}), at least the min {min}%: a run that gets past them meets the bar',
  none: 'no workflow job produces coverage, and no coverage report matches {globs}{committed}',
  opaque: OPAQUE_MESSAGE
}

const options = {
  min: z
    .number()
    .min(0)
    .max(100)
    .default(80)
    .describe('the least line coverage, in percent, every report must show'),
  reports: z
    .array(workspaceGlob)
    .min(1)
    .default([
      '**/lcov.info',
      '**/cobertura*.xml',
      '**/coverage.xml',
      '**/jacoco*.xml',
      '**/coverage-summary.json',
      '**/coverage.json'
    ])
    .describe('globs of coverage reports (LCOV, Cobertura, JaCoCo, coverage.py JSON, istanbul summary)'),
  jobs: jobGlobs
}

interface Measured {
  file: string
  value: number
  measure: 'lines' | 'branches'
}

export const coverageThreshold = definePractice({
  meta: {
    id: 'coverage-threshold',
    title: 'Coverage threshold',
    model: 'cdmm',
    rationale:
      'CDMM advanced, Information & Reporting: test coverage is analysed and held to a bar, so untested code is visible and cannot grow unnoticed.',
    messages,
    options,
    namedJobs: ['coverage']
  },
  async check(context, { min, reports }) {
    const globs = reports.join(', ')
    const search = await context.evidence.reports.coverage(reports)
    if (search.files.length === 0)
      return withoutReport(context, { globs, committed: committedReportsNote(search.committed) }, min)
    const measured = search.files.flatMap(measure)
    const evidence: EvidenceItem[] = search.files.map(f =>
      f.summary
        ? { kind: 'coverage', file: f.file, lines: f.summary.lines, branches: f.summary.branches }
        : { kind: 'note', text: `${f.file}: ${f.error ?? 'not read'}` }
    )
    const below = measured.filter(m => m.value < min).sort((a, b) => a.value - b.value)[0]
    if (below) {
      return findingFor(context, messages, 'below', {
        status: 'fail',
        strength: 'definition',
        data: { file: below.file, value: round(below.value), measure: below.measure, min },
        evidence,
        locations: [{ file: below.file, line: 1, column: 1 }],
        remediation: `Add tests for the uncovered code until ${below.file} reaches ${min}%, or lower \`practices.coverage-threshold.min\` deliberately.`
      })
    }
    const unreadable = search.files.find(f => !measured.some(m => m.file === f.file))
    if (unreadable) {
      return findingFor(context, messages, 'unreadable', {
        status: 'unknown',
        strength: 'definition',
        data: {
          file: unreadable.file,
          error: unreadable.error ?? 'it gives neither line nor branch coverage'
        },
        evidence,
        locations: [{ file: unreadable.file, line: 1, column: 1 }],
        remediation: `Write ${unreadable.file} as LCOV, Cobertura, JaCoCo, coverage.py JSON or an istanbul summary, or narrow \`practices.coverage-threshold.reports\`.`
      })
    }
    return findingFor(context, messages, 'meets', {
      status: 'pass',
      strength: 'definition',
      data: {
        count: measured.length,
        min,
        figures: measured.map(m => `${m.file} ${round(m.value)}% of ${m.measure}`).join(', ')
      },
      evidence,
      locations: measured.map(m => ({ file: m.file, line: 1, column: 1 })),
      remediation: ''
    })
  }
})

/** Line coverage is the bar; a format that gives only branches is held to it by branches. */
function measure(report: ReportFile<CoverageTotals>): Measured[] {
  const { lines, branches } = report.summary ?? {}
  if (typeof lines === 'number') return [{ file: report.file, value: lines, measure: 'lines' }]
  if (typeof branches === 'number') return [{ file: report.file, value: branches, measure: 'branches' }]
  return []
}

/**
 * Without a report the value is unknown when a job produces coverage (corpus rule 7), and absent otherwise;
 * unless the jobs that measure it fail below a bar at least `min` themselves, so that passing them meets it.
 */
function withoutReport(
  context: CheckContext,
  searched: { globs: string; committed: string },
  min: number
): Finding {
  const producing = pipelineOf(context.evidence, context.environments).withPurpose('coverage')
  const bars = producing.flatMap(job => {
    const bar = enforcedBar(job, context.evidence.workspace.read)
    return bar ? [{ job, ...bar }] : []
  })
  const lowest = bars.sort((a, b) => a.value - b.value)[0]
  if (lowest && lowest.value >= min && bars.length === producing.length) {
    return findingFor(context, messages, 'enforced', {
      status: 'pass',
      strength: 'definition',
      data: { jobs: listJobs(bars.map(bar => bar.job)), value: lowest.value, where: lowest.where, min },
      evidence: bars.map(bar => jobEvidence(bar.job, 'coverage')),
      locations: bars.map(bar => locationOf(bar.job, 'coverage')),
      remediation: ''
    })
  }
  if (producing.length === 0) {
    const opaque = opaqueVerdict(context, {
      purposes: ['coverage'],
      calledJobs: ['unit-test', 'integration-test', 'build'],
      suites: 'called-jobs',
      unless: IMAGE_BUILD,
      work: 'measuring coverage'
    })
    if (opaque) return opaque
    return findingFor(context, messages, 'none', {
      status: 'fail',
      strength: 'definition',
      data: searched,
      evidence: [],
      locations: [],
      remediation:
        'Measure coverage in the test job (`jest --coverage`, `pytest --cov --cov-report=xml`, `go test -coverprofile`) and keep the report (upload it, or download it into the workspace before this gate runs).'
    })
  }
  return findingFor(context, messages, 'not-in-workspace', {
    status: 'unknown',
    strength: 'definition',
    data: {
      jobs: listJobs(producing),
      ...searched,
      hint: lowest && lowest.value < min ? ` (${lowest.where} fails only below ${lowest.value}%)` : ''
    },
    evidence: producing.map(job => jobEvidence(job, 'coverage')),
    locations: producing.map(job => locationOf(job, 'coverage')),
    remediation:
      'Make the coverage report available to the gate: run it in the job that tests, or `actions/download-artifact` the report into the workspace first.'
  })
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * A coverage bar the runner enforces, read where the job's coverage commands say it: on the command line or
 * in a config file they were followed through (`addopts = "--cov-fail-under=80"` in pyproject.toml, coverage.py
 * `fail_under`, `nyc --check-coverage --lines 80`). A swallowed command never got its coverage purpose.
 */
const BARS: readonly RegExp[] = [
  /--(?:cov-)?fail-under[= ](\d+(?:\.\d+)?)/,
  /^\s*fail_under\s*=\s*(\d+(?:\.\d+)?)/m,
  /--check-coverage\b.*?--lines[= ](\d+(?:\.\d+)?)/
]

function enforcedBar(job: PipelineJob, read: ReadFile): { value: number; where: string } | undefined {
  for (const hit of job.purposes.filter(p => p.purpose === 'coverage')) {
    const files = hit.via.map(hop => hop.split(' ')[0] ?? '').filter(file => /\.\w+$/.test(file))
    const places = [
      { text: hit.command ?? '', where: `\`${hit.command ?? ''}\`` },
      ...files.map(file => ({ text: read(file) ?? '', where: file }))
    ]
    for (const { text, where } of places)
      for (const bar of BARS) {
        const value = bar.exec(text)?.[1]
        if (value !== undefined) return { value: Number(value), where }
      }
  }
  return undefined
}
