import type { PipelineJob } from '../../evaluate/report.js'
import { escapeMarkdown, truncate } from '../escape.js'
import { codeName, NAME_MAX } from '../format.js'
import { neededJob, renderMermaid, runStatus } from '../mermaid.js'
import { type Block, textBlock } from './block.js'
import type { SummaryContext } from './context.js'
import { graphLimit } from './graph-limit.js'

/** The pipeline: the Mermaid graph while detail and GitHub allow, then a table of every job. */
export function pipeline(context: SummaryContext): Block[] {
  const jobs = context.report.pipeline
  if (jobs.length === 0) return []
  const blocks: Block[] = [textBlock('pipeline heading', '### Pipeline')]
  if (context.detail.graph && graphLimit(jobs) === undefined) {
    blocks.push(textBlock('pipeline graph', '```mermaid', renderMermaid(jobs).trimEnd(), '```'))
  }
  const several = new Set(jobs.map(job => job.workflow)).size > 1
  const needed = neededJob(jobs)
  const rows = jobs.map(job => {
    const needs = job.needs.map(need => needed(job, need)?.name ?? need)
    const cells = [
      `${context.cell(job.name)} (${context.location(job.location, 'cell')})`,
      ...(several ? [codeName(job.workflow, 'cell')] : []),
      job.stages.length > 0 ? escapeMarkdown(truncate(job.stages.join(', '), NAME_MAX)) : '–',
      job.environment ? `${context.cell(job.environment)}${environmentClass(job)}` : '–',
      runCell(job),
      needs.length > 0 ? context.cell(needs.join(', ')) : '–'
    ]
    return `| ${cells.join(' | ')} |`
  })
  const columns = ['job', ...(several ? ['workflow'] : []), 'stage', 'environment', 'this run', 'needs']
  blocks.push({
    name: 'pipeline table',
    head: [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`],
    rows: context.capRows(rows),
    tail: []
  })
  return blocks
}

function environmentClass(job: PipelineJob): string {
  return job.environmentClass === 'production' || job.environmentClass === 'preproduction'
    ? ` (${job.environmentClass})`
    : ''
}

function runCell(job: PipelineJob): string {
  const status = runStatus(job)
  if (!job.run || !status) return '–'
  const duration = formatDuration(job.run.durationSeconds)
  const label = {
    ok: '✅',
    bad: `❌ ${escapeMarkdown(job.run.conclusion ?? '')}`,
    skip: '⏭ skipped',
    running: '⏳ running'
  }
  return duration ? `${label[status]} ${duration}` : label[status]
}

function formatDuration(seconds: number | null): string {
  if (seconds === null) return ''
  if (seconds < 60) return `${Math.round(seconds)}s`
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`
  return `${Math.floor(seconds / 3600)}h ${Math.round((seconds % 3600) / 60)}m`
}
