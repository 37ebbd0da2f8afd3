// What ML practices read beyond catalog purposes (real-world patterns §9): the text a job hands its runs, the
// files it submits, and the ML meaning of that text — training runs, tracking, run records, metrics files.
import type { Workspace } from '../../evidence/evidence.js'
import type { Location } from '../../core/finding.js'
import type { Step } from '../../workflow/model.js'
import type { Pipeline, PipelineJob } from './pipeline.js'

/** One piece of text a job runs or hands on, with where it is written. */
export interface JobText {
  text: string
  location: Location
  step?: Step
}

/** Everything a job writes down for its steps: scripts, inputs, env (workflow, job, step) and names. */
export function jobTexts(job: PipelineJob): JobText[] {
  const { workflow } = job
  const env = (values: Record<string, string> | undefined) =>
    Object.entries(values ?? {}).map(([key, value]) => `${key}=${value}`)
  const around = [...env(workflow.env), ...env(job.job.env), ...Object.values(job.job.with)]
  return [
    ...around.map(text => ({ text, location: job.job.location })),
    ...job.job.steps.flatMap(step =>
      [step.run ?? '', ...Object.values(step.with), ...env(step.env), step.name ?? '']
        .filter(text => text !== '')
        .map(text => ({ text, location: step.location, step }))
    )
  ]
}

/** Path-like words of a script or input; `${{ }}` expressions are not paths. */
const PATH_WORD = /[\w.${}/-]+\.[A-Za-z0-9]{1,5}(?![\w-])/g
/** Lines of a followed spec that name what it runs next (Anyscale `entrypoint:`, Azure ML `command:`, a `file:`). */
const SPEC_REFERENCE = /^\s*-?\s*(?:entrypoint|command|file|script|code|parameters-file|job_file):\s*(.+)$/gm
/** A job hands few files on; a spec names few more. Bounded all the same. */
const FOLLOW_LIMIT = 30

/** A file a job submits or runs (a platform spec, a driver script), with its text. */
export interface FollowedFile {
  file: string
  text: string
  /** The job text that named it, or the followed file that did. */
  from: Location
}

/**
 * The workspace files a job names (relative to the repository or to the step's working directory), and those
 * that the named specs name in turn (`az ml job create -f train.yml` → its `command:`; `anyscale job submit
 * jobs/train.yaml` → its `entrypoint:` script): two hops, read as text, never run.
 */
export function followedFiles(job: PipelineJob, workspace: Workspace): FollowedFile[] {
  const known = new Set(workspace.files)
  const found = new Map<string, FollowedFile>()
  const visit = (words: string[], dirs: string[], from: Location, depth: number) => {
    for (const word of words) {
      const file = dirs.map(dir => normalise(dir, word)).find(candidate => known.has(candidate))
      if (file === undefined || found.has(file) || found.size >= FOLLOW_LIMIT) continue
      const text = workspace.read(file) ?? ''
      found.set(file, { file, text, from })
      if (depth > 0) {
        const named = [...text.matchAll(SPEC_REFERENCE)].flatMap(match => pathWords(match[1] ?? ''))
        visit(named, ['', dirname(file)], { file, line: 1, column: 1 }, depth - 1)
      }
    }
  }
  for (const { text, location, step } of jobTexts(job)) {
    visit(pathWords(text), ['', step?.workingDirectory ?? ''], location, 1)
  }
  return [...found.values()]
}

function pathWords(text: string): string[] {
  return [...text.matchAll(PATH_WORD)].map(match => match[0]).filter(word => !word.includes('${'))
}

function normalise(dir: string, word: string): string {
  const joined = word.startsWith('/') || dir === '' ? word : `${dir.replace(/\/+$/, '')}/${word}`
  const parts: string[] = []
  for (const part of joined.replace(/^\/+/, '').split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

function dirname(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''
}

/**
 * Starting a pipeline run is training (§9.1): a SageMaker execution, a driver script that starts one, a
 * Kubeflow or Vertex run, an Anyscale job, a Databricks job run, a Vertex deployer run.
 */
const PIPELINE_RUN =
  /aws\s+sagemaker\s+start-pipeline-execution|--run-execution\b|\bpipeline\.start\(|kfp\s+run\s+(?:create|submit)|PipelineJob\([^)]*\)\.submit|anyscale\s+jobs?\s+submit|databricks\s+jobs\s+run-now|vertex-deployer\s+deploy\b[^\n]*--run\b|az\s+ml\s+job\s+create/
/** A purpose word used as a modifier (§2.1, §9.1): "Build and push training image" builds, it does not train. */
const TRAINING_MODIFIER =
  /\btrain(?:ing)?[\s_-]+(?:image|images|environment|env|results?|report|data|container|docker|dataset)\b/i

/** Whether a job starts a pipeline run (training on a platform), by its text or the files it submits. */
export function startsPipelineRun(job: PipelineJob, workspace: Workspace): boolean {
  return (
    jobTexts(job).some(({ text }) => PIPELINE_RUN.test(text)) ||
    followedFiles(job, workspace).some(({ file, text }) => /\.py$/.test(file) && PIPELINE_RUN.test(text))
  )
}

/**
 * The jobs that train (§9.1): the catalog's training jobs, less those whose only training evidence is a name
 * with "training" as a modifier (a job that builds training images packages; it trains nothing), plus jobs
 * that start a pipeline run.
 */
export function trainingJobs(pipeline: Pipeline, workspace: Workspace): PipelineJob[] {
  return pipeline.jobs.filter(job => {
    const training = job.purposes.filter(p => p.purpose === 'training')
    const byContent = training.some(p => p.rule !== 'step-name' && p.rule !== 'job-name')
    const byName = training.some(p => {
      const step = p.step === undefined ? undefined : job.job.steps[p.step]
      const name = step ? (step.name ?? '') : `${job.job.id} ${job.job.name ?? ''}`
      return !TRAINING_MODIFIER.test(name)
    })
    return byContent || byName || startsPipelineRun(job, workspace)
  })
}

/** One sign that runs are tracked or recorded, with where it is written. */
export interface TrackingSign {
  what: string
  location: Location
}

const TRACKING_ENV = /^(?:MLFLOW_TRACKING_URI|MLFLOW_EXPERIMENT_NAME|WANDB_[A-Z_]+|NEPTUNE_[A-Z_]+)=/m
const TRACKING_TEXT =
  /\bmlruns\/|\bmlflow\b|transition_model_version_stage|\bwandb\b|tags\.\w*run_id\s*=\s*\$\{\{\s*github\.run_id/i
/** Lines of a submitted spec or job script that put the run under a tracker (§9.4). */
const SPEC_TRACKING =
  /^\s*(?:experiment_name|tracking_uri|mlflow_tracking_uri)\s*:|\bMLFLOW_TRACKING_URI\b|\bEXPERIMENT_NAME\b|\bmlflow\b|\bwandb\b/im
/** Dependency files whose tracker is the training code's (mlflow or wandb listed, §9.4). */
const REQUIREMENTS =
  /(?:^|\/)(?:[\w-]*requirements[\w-]*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile|[\w-]*conda[\w-]*\.ya?ml|environment[\w-]*\.ya?ml)$/
const TRACKER_DEPENDENCY = /^\s*(?:-\s*)?["']?(?:azureml-)?(?:mlflow|wandb)(?:[-_]skinny)?\b/im
/** The commit or run handed to a training run (§9.3 run records, §9.4 lineage). */
const LINEAGE =
  /\b\w*(?:GIT|GITHUB|COMMIT)_?SHA\w*\s*[=:]\s*["']?\$\{?\{?\s*(?:github\.(?:sha|run_id)|github\.event\.pull_request\.head\.sha|GITHUB_SHA)|-D\s+\w*SHA\w*=|\$\{\{\s*github\.run_id\s*\}\}/

/**
 * Signs in the workflow that runs are tracked (§9.4): tracker env, `mlruns/`, MLflow-named steps and scripts,
 * run-id tags; then what the submitted specs and job scripts declare (`experiment_name`, an MLflow URI).
 */
export function trackingSigns(jobs: readonly PipelineJob[], workspace: Workspace): TrackingSign[] {
  return jobs.flatMap(job => [
    ...jobTexts(job)
      .filter(({ text }) => TRACKING_ENV.test(text) || tracksIn(text))
      .map(({ text, location }) => ({ what: quote(text), location })),
    ...followedFiles(job, workspace)
      .filter(({ file, text }) => !/\.py$/.test(file) && SPEC_TRACKING.test(text))
      .map(({ file, text }) => ({
        what: `\`${file}\` (${quote(SPEC_TRACKING.exec(text)?.[0] ?? '')})`,
        location: { file, line: lineOf(text, SPEC_TRACKING), column: 1 }
      }))
  ])
}

/** Installing a tracker is not using it: only lines that are not installs count. */
const INSTALL = /\b(?:pip3?|uv\s+pip|conda|mamba|poetry|uv)\s+(?:install|add)\b/

function tracksIn(text: string): boolean {
  return text.split('\n').some(line => TRACKING_TEXT.test(line) && !INSTALL.test(line))
}

/** The commit or run id handed to the runs of `jobs` (§9.3 run records): the run can be traced to its code. */
export function lineageSigns(jobs: readonly PipelineJob[]): TrackingSign[] {
  return jobs.flatMap(job =>
    jobTexts(job)
      .filter(({ text }) => LINEAGE.test(text))
      .map(({ text, location }) => ({ what: `lineage ${quote(text)}`, location }))
  )
}

/** Training code that the workflow only submits (a platform job's Python) and that uses a tracker (§9.4). */
export function remoteTracking(jobs: readonly PipelineJob[], workspace: Workspace): FollowedFile[] {
  return jobs.flatMap(job =>
    followedFiles(job, workspace).filter(
      ({ file, text }) => /\.py$/.test(file) && /\b(?:mlflow|wandb)\b/.test(text)
    )
  )
}

/** Dependency files that list a tracker, for training code that reaches it only in its own process. */
export function trackerDependencies(workspace: Workspace): Array<{ file: string; line: number }> {
  return workspace.files
    .filter(file => REQUIREMENTS.test(file))
    .flatMap(file => {
      const text = workspace.read(file) ?? ''
      return TRACKER_DEPENDENCY.test(text) ? [{ file, line: lineOf(text, TRACKER_DEPENDENCY) }] : []
    })
}

function lineOf(text: string, pattern: RegExp): number {
  const at = text.search(new RegExp(pattern.source, pattern.flags.replace('g', '')))
  return at < 0 ? 1 : text.slice(0, at).split('\n').length
}

function quote(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return `\`${line.length > 50 ? `${line.slice(0, 47)}...` : line}\``
}

/** Flags that name the file a run writes its metrics or results to (§9.3). */
const METRICS_FLAG =
  /--(?:metrics(?:-file)?|output|results-fp|scores?)[=\s]+["']?([\w./${}-]+\.(?:json|csv|md|txt|ya?ml))/g
/** Files written at run time whose name says they hold results (§9.3): `*results*`, `*report*`, `*baseline*`. */
const RESULT_NAME = /(?:^|[/_-])(?:[\w-]*results?|[\w-]*report|[\w-]*baseline)[\w-]*\.(?:json|csv|txt|md)$/i
/** jq or yq reading a metric key from a file. */
const METRIC_READ =
  /\b(?:jq|yq)\b[^|\n]*\.(?:test_)?(?:rmse|mse|mae|accuracy|acc|auc|f1|precision|recall|loss|r2)\b[^|\n]*?([\w./-]+\.(?:json|ya?ml))/i
/** A heredoc or echo writing a JSON object with metrics into a file. */
const METRICS_WRITE =
  /(?:echo|cat|printf)\b[^\n]*\{[^\n]*"metrics"[^\n]*>\s*([\w./-]+)|"metrics"\s*:\s*\{[\s\S]*?EOF[\s\S]*?>\s*([\w./-]+)/

/** A file a step shows to be metrics by how it writes or reads it (§9.3), with the step. */
export interface MetricsUse {
  file: string
  location: Location
}

/**
 * Metrics files told by their use, not their name: a metrics or results flag, `metrics/` folders, jq reading
 * metric keys, a heredoc with a `metrics` object, and files named for results that the run writes and the
 * workflow then reads (`cat classification_report.txt`).
 */
export function metricsUses(job: PipelineJob): MetricsUse[] {
  return job.job.steps.flatMap(step => {
    const texts = [step.run ?? '', ...Object.values(step.with)]
    const files = texts.flatMap(text => [
      ...[...text.matchAll(METRICS_FLAG)].map(match => match[1] ?? ''),
      ...(text.match(/(?:^|[\s"'=])((?:[\w.-]+\/)*metrics\/[\w./-]+\.(?:json|csv|ya?ml))/g) ?? []).map(word =>
        word.trim().replace(/^["'=]/, '')
      ),
      ...[METRIC_READ.exec(text)?.[1] ?? ''],
      ...(METRICS_WRITE.exec(text)?.slice(1) ?? []),
      ...readResults(text)
    ])
    return [...new Set(files.filter(file => file !== '' && !file.includes('${')))].map(file => ({
      file,
      location: step.location
    }))
  })
}

/** `cat results/report.txt >> comment.md`: a results file read back in the workflow was written by its run. */
function readResults(text: string): string[] {
  return [...text.matchAll(/\b(?:cat|jq|head|tail)\b[^\n|>]*?([\w./-]+)/g)]
    .map(match => match[1] ?? '')
    .filter(file => RESULT_NAME.test(file))
}
