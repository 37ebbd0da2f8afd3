import picomatch from 'picomatch'
import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import type { Workspace } from '../evidence/evidence.js'
import { parseMetrics } from '../parsers/metrics.js'
import type { MetricsData } from '../parsers/metrics.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listFiles, listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import {
  lineageSigns,
  remoteTracking,
  trackerDependencies,
  trackingSigns,
  trainingJobs
} from './support/ml-signals.js'

/** Top-level keys that make a metrics file a run record: which model, code, data and parameters made it. */
const METADATA_KEY =
  /^(?:model|code|pipeline|run)[_-]?(?:version|id|sha|commit)$|^(?:version|sha|commit)$|^git[_-]?(?:sha|commit)$|^param(?:eter)?s$|^(?:data(?:set)?|training[_-]data)(?:[_-]?(?:version|hash|path|uri))?$/i

const OPTIONS = {
  files: z
    .array(workspaceGlob)
    .min(1)
    .default(['**/dvc.lock', '**/MLproject'])
    .describe(
      'globs of files that record run metadata (dvc.lock pins the data, parameters and outputs of each run; an MLproject runs under MLflow tracking)'
    ),
  'metrics-files': z
    .array(workspaceGlob)
    .min(1)
    .default(['**/*metrics*.{json,yaml,yml}'])
    .describe(
      'globs of metrics files that count as run records when they carry version, data or params fields'
    ),
  jobs: jobGlobs
}

const messages = {
  tracked: 'run metadata is recorded in {jobs} ({tools})',
  'recorded-in-files': 'run metadata is committed: {files} (data, parameters and outputs of pipeline runs)',
  'recorded-in-metrics': 'metrics files record their run: {files} (fields {fields})',
  'tracked-by-workflow': 'runs are tracked or recorded by the workflow: {signs}',
  'tracker-dependency': 'training code depends on an experiment tracker: {files} list mlflow or wandb',
  'remote-only':
    'tracking appears only in code a platform job runs ({files}); no workflow step shows it or reads its run record',
  'untracked-training': 'training ({jobs}) records no run metadata (experiment tracking, dvc.lock){hint}',
  none: 'no workflow step tracks experiments and no file records run metadata{hint}'
}

export const mlMetadata = definePractice({
  meta: {
    id: 'ml-metadata',
    title: 'ML metadata is recorded',
    model: 'mlops',
    rationale:
      'MLOps level 1 (ML pipeline automation): each pipeline run records its metadata — data and code versions, parameters, metrics, artifacts — for lineage, reproducibility and comparison.',
    messages,
    options: OPTIONS,
    namedJobs: ['experiment-tracking']
  },
  check(context, options) {
    const pipeline = pipelineOf(context.evidence, context.environments)
    const tracking = pipeline.withPurpose('experiment-tracking')
    if (tracking.length > 0) {
      const tools = tracking
        .flatMap(job => job.purposes.filter(p => p.purpose === 'experiment-tracking'))
        .map(p => (p.command ? `\`${p.command.slice(0, 40)}\`` : p.rule))
      return findingFor(context, messages, 'tracked', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(tracking), tools: [...new Set(tools)].slice(0, 3).join(', ') },
        evidence: tracking.map(job => jobEvidence(job, 'experiment-tracking')),
        locations: tracking.map(job => locationOf(job, 'experiment-tracking')),
        remediation: ''
      })
    }
    const { workspace } = context.evidence
    const { files } = workspace
    const training = trainingJobs(pipeline, workspace)
    const running = [...new Set([...training, ...pipeline.withPurpose('pipeline-deploy')])]
    const signs = [...trackingSigns(pipeline.jobs, workspace), ...lineageSigns(running)]
    if (signs.length > 0) {
      return findingFor(context, messages, 'tracked-by-workflow', {
        status: 'pass',
        strength: 'definition',
        data: { signs: [...new Set(signs.map(sign => sign.what))].slice(0, 3).join(', ') },
        evidence: signs.map(sign => ({
          kind: 'note' as const,
          text: `${sign.what} (${sign.location.file}:${sign.location.line})`
        })),
        locations: signs.slice(0, 5).map(sign => sign.location),
        remediation: ''
      })
    }
    const isMatch = picomatch(options.files, { dot: true })
    const recorded = files.filter(file => isMatch(file))
    if (recorded.length > 0) {
      return findingFor(context, messages, 'recorded-in-files', {
        status: 'pass',
        strength: 'definition',
        data: { files: listFiles(recorded) },
        evidence: recorded.map(file => ({ kind: 'file' as const, file })),
        locations: recorded.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
        remediation: ''
      })
    }
    const records = metricsRecords(context.evidence.workspace, options['metrics-files'])
    if (records.length > 0) {
      return findingFor(context, messages, 'recorded-in-metrics', {
        status: 'pass',
        strength: 'definition',
        data: {
          files: listFiles(records.map(r => r.file)),
          fields: [...new Set(records.flatMap(r => r.fields))].slice(0, 5).join(', ')
        },
        evidence: records.map(r => ({ kind: 'file' as const, file: r.file })),
        locations: records.slice(0, 5).map(r => ({ file: r.file, line: 1, column: 1 })),
        remediation: ''
      })
    }
    const dependencies = trackerDependencies(workspace)
    if (dependencies.length > 0) {
      return findingFor(context, messages, 'tracker-dependency', {
        status: 'pass',
        strength: 'definition',
        data: { files: listFiles(dependencies.map(d => d.file)) },
        evidence: dependencies.map(d => ({ kind: 'file' as const, file: d.file })),
        locations: dependencies.slice(0, 5).map(d => ({ file: d.file, line: d.line, column: 1 })),
        remediation: ''
      })
    }
    const remote = remoteTracking(running, workspace)
    if (remote.length > 0) {
      return findingFor(context, messages, 'remote-only', {
        status: 'unknown',
        strength: 'definition',
        data: { files: listFiles([...new Set(remote.map(r => r.file))]) },
        evidence: remote.map(r => ({ kind: 'file' as const, file: r.file })),
        locations: remote.slice(0, 5).map(r => r.from),
        remediation:
          'Show the tracking in the workflow: set `MLFLOW_TRACKING_URI` (or `WANDB_PROJECT`) in its `env:`, pass the commit (`GIT_SHA: ${{ github.sha }}`) to the run, or list the tracker in the training requirements.'
      })
    }
    const dvcWithoutLock = files.filter(file => /(?:^|\/)dvc\.yaml$/.test(file))
    const hint =
      dvcWithoutLock.length > 0
        ? ` (${listFiles(dvcWithoutLock)} defines a DVC pipeline, but no dvc.lock is committed: run \`dvc repro\` and commit it)`
        : ''
    return findingFor(context, messages, training.length > 0 ? 'untracked-training' : 'none', {
      status: 'fail',
      strength: 'definition',
      data: { jobs: listJobs(training), hint },
      evidence: training.map(job => jobEvidence(job, 'training')),
      locations: training.map(job => locationOf(job, 'training')),
      remediation:
        'Track each training run: log parameters, metrics and data versions with MLflow, Weights & Biases, Neptune or DVC (`dvc exp run`, commit dvc.lock), or list the files that record them in the `files` option.'
    })
  }
})

/** Metrics files whose top level names the model, code, data or parameters of the run that wrote them. */
function metricsRecords(workspace: Workspace, globs: string[]): Array<{ file: string; fields: string[] }> {
  const isMatch = picomatch(globs, { dot: true })
  return workspace.files
    .filter(file => isMatch(file))
    .flatMap(file => {
      const fields = Object.keys(readMetrics(workspace, file)).filter(key => METADATA_KEY.test(key))
      return fields.length > 0 ? [{ file, fields }] : []
    })
}

/** A metrics file that does not parse records nothing; model-validation reports it when it matters. */
function readMetrics(workspace: Workspace, file: string): MetricsData {
  try {
    return parseMetrics(workspace.read(file) ?? '', file)
  } catch {
    return {}
  }
}
