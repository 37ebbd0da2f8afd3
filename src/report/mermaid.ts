import { escapeMermaidLabel, truncate } from './escape.js'
import type { PipelineJob } from '../evaluate/report.js'

/** Fill colour by what a job does; the first group a job's stages fall in wins, deploys first. */
const STAGE_GROUPS: Array<{ className: string; stages: string[]; style: string }> = [
  {
    className: 'deploy',
    stages: ['deploy', 'rollout', 'iac-apply', 'db-migration', 'model-deploy', 'pipeline-deploy'],
    style: 'fill:#fbefff'
  },
  {
    className: 'verify',
    stages: ['acceptance-test', 'smoke-test', 'performance-test', 'model-evaluation'],
    style: 'fill:#fff8c5'
  },
  {
    className: 'test',
    stages: [
      'unit-test',
      'integration-test',
      'static-analysis',
      'security-scan',
      'coverage',
      'test-report',
      'data-validation'
    ],
    style: 'fill:#ddf4ff'
  },
  {
    className: 'build',
    stages: ['build', 'artifact-store', 'training', 'experiment-tracking'],
    style: 'fill:#f6f8fa'
  }
]

/** Border by this run's outcome, so stage and status show at once. */
const STATUS_STYLES: Record<RunStatus, string> = {
  ok: 'stroke:#1a7f37,stroke-width:2px',
  bad: 'stroke:#cf222e,stroke-width:3px',
  skip: 'stroke:#8c959f,stroke-dasharray:4 3',
  running: 'stroke:#9a6700,stroke-width:2px'
}

type RunStatus = 'ok' | 'bad' | 'skip' | 'running'

const STATUS_ICON: Record<RunStatus, string> = { ok: '✅', bad: '❌', skip: '⏭ skipped', running: '⏳' }

/** Longest job name or environment drawn in a node; the table beside the graph has the full text. */
const LABEL_MAX = 60

/**
 * The pipeline as a Mermaid flowchart: one node per job (a subgraph per workflow when there are several),
 * `needs` as edges, environments in the label, classes for stage (fill) and run status (border).
 * Node ids are generated, never taken from the repository, so no job id can break the syntax.
 */
export function renderMermaid(pipeline: PipelineJob[]): string {
  const ids = nodeIds(pipeline)
  const byWorkflow = groupBy(pipeline, job => job.workflow)
  const lines = ['flowchart LR']
  const nested = byWorkflow.size > 1
  let subgraph = 0
  for (const [workflow, jobs] of byWorkflow) {
    if (nested)
      lines.push(`  subgraph w${subgraph++}["${escapeMermaidLabel(truncate(workflow, LABEL_MAX))}"]`)
    const indent = nested ? '    ' : '  '
    for (const job of jobs) lines.push(`${indent}${ids.get(job)}["${nodeLabel(job)}"]`)
    if (nested) lines.push('  end')
  }
  const needed = neededJob(pipeline)
  for (const job of pipeline) {
    for (const need of job.needs) {
      const from = needed(job, need)
      if (from) lines.push(`  ${ids.get(from)} --> ${ids.get(job)}`)
    }
  }
  lines.push(...classLines(ids))
  return `${lines.join('\n')}\n`
}

/** Finds the job a `needs` entry names: job ids are unique only within their workflow. */
export function neededJob(
  pipeline: PipelineJob[]
): (job: PipelineJob, need: string) => PipelineJob | undefined {
  const key = (workflow: string, id: string): string => JSON.stringify([workflow, id])
  const byKey = new Map(pipeline.map(job => [key(job.workflow, job.id), job]))
  return (job, need) => byKey.get(key(job.workflow, need))
}

function nodeIds(pipeline: PipelineJob[]): Map<PipelineJob, string> {
  return new Map(pipeline.map((job, index) => [job, `j${index}`]))
}

function nodeLabel(job: PipelineJob): string {
  const status = runStatus(job)
  const name = escapeMermaidLabel(truncate(job.name, LABEL_MAX))
  const icon = status ? ` ${STATUS_ICON[status]}` : ''
  const environment = job.environment
    ? `<br/>env: ${escapeMermaidLabel(truncate(job.environment, LABEL_MAX))}`
    : ''
  return `${name}${icon}${environment}`
}

/** The API's conclusion as a colour; no run evidence draws no status at all. */
export function runStatus(job: PipelineJob): RunStatus | undefined {
  if (!job.run) return undefined
  const { conclusion } = job.run
  if (conclusion === null) return 'running'
  if (conclusion === 'success') return 'ok'
  if (conclusion === 'skipped' || conclusion === 'neutral') return 'skip'
  return 'bad'
}

/** The group a job's stages colour it with, undefined for jobs the catalog could not place. */
export function stageGroup(job: PipelineJob): string | undefined {
  return STAGE_GROUPS.find(group => group.stages.some(stage => job.stages.includes(stage)))?.className
}

/** Only the classes in use are defined, in a fixed order so the output is stable. */
function classLines(ids: Map<PipelineJob, string>): string[] {
  const members = new Map<string, string[]>()
  for (const [job, id] of ids) {
    for (const className of [stageGroup(job), runStatus(job)]) {
      if (className) groupAppend(members, className, id)
    }
  }
  const styles: Array<[string, string]> = [
    ...STAGE_GROUPS.map(group => [group.className, group.style] satisfies [string, string]),
    ...Object.entries<string>(STATUS_STYLES)
  ]
  const used = styles.flatMap(([className, style]) => {
    const names = members.get(className)
    return names ? [{ className, style, names }] : []
  })
  return [
    ...used.map(({ className, style }) => `  classDef ${className} ${style};`),
    ...used.map(({ className, names }) => `  class ${names.join(',')} ${className};`)
  ]
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groupAppend(groups, key(item), item)
  return groups
}

function groupAppend<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key)
  if (group) group.push(item)
  else groups.set(key, [item])
}
