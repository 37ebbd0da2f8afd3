import picomatch from 'picomatch'
import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import type { EvidenceItem, Location } from '../core/finding.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listFiles, listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { PipelineJob } from './support/pipeline.js'
import { metricsUses } from './support/ml-signals.js'
import { indentOf } from '../core/indent-of.js'

/** DVC reads the metrics files its stages declare: a step showing or diffing them proves they are written. */
const DVC_METRICS = /(?<![\w.:-])dvc\s+(?:metrics|exp)\s+(?:show|diff)(?![\w.:-])/
/** Path-like words with a data-file extension, as written in a script or an action input. */
const FILE_WORD = /[\w./${}-]*\.(?:json|ya?ml|csv|tsv)(?![\w-])/g
/** A DVC stage's `metrics:` list (dvc.yaml); a top-level `metrics:` of DVC 2.x counts too. */
const DVC_METRICS_KEY = /^(\s*)metrics:/
/** A stage that checks or prepares data (`validate_data`, `python -m pkg.validation.run`) and not a model. */
const DATA_STAGE = /valid|preprocess|download|ingest|expectation|profil|data[\s_-]*(?:check|quality)/i
const MODEL_STAGE = /train|eval|score|model|predict/i

interface Recording {
  job: PipelineJob
  location: Location
  what: string
}

const OPTIONS = {
  files: z
    .array(workspaceGlob)
    .min(1)
    .default([
      '**/*metrics*.{json,yaml,yml,csv,tsv}',
      '**/*scores*.{json,yaml,yml,csv}',
      '**/eval*.{json,csv}'
    ])
    .describe('globs of metrics file names a workflow step writes, uploads or reads'),
  jobs: jobGlobs
}

const messages = {
  'written-by-step': 'evaluation metrics are recorded in {jobs} ({what})',
  'declared-in-dvc': '{file} declares DVC metrics (`metrics:` at line {line})',
  'evaluates-without-file':
    'the model is evaluated ({jobs}), but no step writes a metrics file matching {globs}',
  none: 'no workflow step writes a metrics file matching {globs} and no dvc.yaml declares metrics{hint}'
}

export const modelMetricsRecorded = definePractice({
  meta: {
    id: 'model-metrics-recorded',
    title: 'Model evaluation metrics are recorded',
    model: 'mlops',
    rationale:
      'MLOps level 0 (manual process): model analysis produces the evaluation metrics that decide a release; kept in a file, they can be compared run to run.',
    messages,
    options: OPTIONS,
    namedJobs: ['model-evaluation']
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const isMetricsFile = picomatch(options.files, { dot: true })
    const globs = options.files.join(', ')
    const recordings = pipeline.jobs.flatMap(job => recordingsOf(job, isMetricsFile))
    if (recordings.length > 0) {
      const jobs = [...new Set(recordings.map(r => r.job))]
      return findingFor(context, messages, 'written-by-step', {
        status: 'pass',
        strength: 'definition',
        data: {
          jobs: listJobs(jobs),
          what: [...new Set(recordings.map(r => r.what))].slice(0, 3).join(', ')
        },
        evidence: recordings.map(r => ({
          kind: 'job' as const,
          workflow: r.job.ref.workflow,
          job: r.job.ref.job,
          location: r.location
        })),
        locations: recordings.map(r => r.location),
        remediation: ''
      })
    }
    const { workspace } = context.evidence
    const declared = workspace.files
      .filter(file => /(?:^|\/)dvc\.yaml$/.test(file))
      .flatMap(file => {
        const line = modelMetricsLine((workspace.read(file) ?? '').split('\n'))
        return line >= 0 ? [{ file, line: line + 1, column: 1 }] : []
      })
    const [first] = declared
    if (first) {
      return findingFor(context, messages, 'declared-in-dvc', {
        status: 'pass',
        strength: 'definition',
        data: { file: `\`${first.file}\``, line: first.line },
        evidence: declared.map(location => ({ kind: 'file' as const, file: location.file })),
        locations: declared,
        remediation: ''
      })
    }
    const evaluating = pipeline.withPurpose('model-evaluation')
    if (evaluating.length > 0) {
      return findingFor(context, messages, 'evaluates-without-file', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(evaluating), globs },
        evidence: evaluating.map(job => jobEvidence(job, 'model-evaluation')),
        locations: evaluating.map(job => locationOf(job, 'model-evaluation')),
        remediation:
          'Have the evaluation step write its metrics to a file (e.g. `metrics.json`) and keep it (upload-artifact, `dvc metrics`), or set the `files` option to the name it writes.'
      })
    }
    const committed = workspace.files.filter(file => isMetricsFile(file))
    const hint =
      committed.length > 0
        ? ` (${listFiles(committed)} exist, but no workflow step writes or reads them)`
        : ''
    return findingFor(context, messages, 'none', {
      status: 'fail',
      strength: 'definition',
      data: { globs, hint },
      evidence: committed.map((file): EvidenceItem => ({ kind: 'file', file })),
      locations: [],
      remediation:
        'Add an evaluation step to the training workflow that writes metrics to a file (metrics.json) and keeps it, or declare `metrics:` in the dvc.yaml stage that evaluates.'
    })
  }
})

/** Steps (or a reusable workflow call, through its inputs) that write, keep or compare a metrics file. */
function recordingsOf(job: PipelineJob, isMetricsFile: (file: string) => boolean): Recording[] {
  const places = [
    ...job.job.steps.map(step => ({
      texts: [step.run ?? '', ...Object.values(step.with)],
      location: step.location
    })),
    { texts: Object.values(job.job.with), location: job.job.location }
  ]
  const byName = places.flatMap(({ texts, location }) => {
    const files = texts.flatMap(text => [...text.matchAll(FILE_WORD)].map(match => match[0]))
    const named = files.filter(file => isMetricsFile(file.replace(/^\.\//, '')))
    const dvc = texts.some(text => DVC_METRICS.test(text)) ? ['DVC metrics'] : []
    return [...named.map(file => `\`${file}\``), ...dvc].map(what => ({ job, location, what }))
  })
  // Files shown to be metrics by how steps write or read them, whatever their name (§9.3).
  const used = metricsUses(job).map(use => ({ job, location: use.location, what: `\`${use.file}\`` }))
  const seen = new Set(byName.map(r => `${r.location.line}\u0000${r.what}`))
  const unique = used.filter(r => !seen.has(`${r.location.line}\u0000${r.what}`))
  return [...byName, ...unique, ...definedIn(job, isMetricsFile)]
}

/**
 * Metrics files a pipeline definition the job runs declares for its evaluation (a SageMaker `PropertyFile`
 * with `path="evaluation.json"`): the pipeline writes them on every run (patterns §4.4).
 */
function definedIn(job: PipelineJob, isMetricsFile: (file: string) => boolean): Recording[] {
  return job.purposes.flatMap(p => {
    const step = p.step === undefined ? undefined : job.job.steps[p.step]
    if (p.purpose !== 'model-evaluation' || p.rule !== 'definition' || !step) return []
    const files = [...(p.command ?? '').matchAll(FILE_WORD)].map(match => match[0])
    const place = p.via.at(-1)?.split(' ')[0] ?? ''
    return files
      .filter(file => isMetricsFile(file))
      .map(file => ({ job, location: step.location, what: `\`${file}\` (${place})` }))
  })
}

/**
 * The 0-based line of the first `metrics:` in a dvc.yaml that records a model's metrics, or -1. A stage that
 * only checks or prepares data keeps its report as DVC metrics too (`validate_data` writing
 * `validation_report.json`): those are the data's figures, not a model's evaluation, unless the stage's name or
 * command also names training or evaluation.
 */
function modelMetricsLine(lines: readonly string[]): number {
  return lines.findIndex((text, at) => {
    const indent = DVC_METRICS_KEY.exec(text)?.[1]?.length
    if (indent === undefined) return false
    if (indent === 0) return true
    // The stage is the nearest line above at a smaller indent; its body runs to the next line at that indent.
    const stageAt = lines.findLastIndex(
      (line, i) =>
        i < at && line.trim() !== '' && !line.trimStart().startsWith('#') && indentOf(line) < indent
    )
    const stageIndent = indentOf(lines[stageAt] ?? '')
    const end = lines.findIndex(
      (line, i) => i > stageAt && line.trim() !== '' && indentOf(line) <= stageIndent
    )
    const stage = lines.slice(Math.max(stageAt, 0), end < 0 ? lines.length : end)
    const words = [stage[0] ?? '', ...stage.filter(line => /^\s*cmd:/.test(line))].join(' ')
    return !DATA_STAGE.test(words) || MODEL_STAGE.test(words)
  })
}
