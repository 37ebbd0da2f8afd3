import type { PipelineJob } from '../../evaluate/report.js'
import { renderMermaid } from '../mermaid.js'

/** Mermaid's defaults on GitHub: larger diagrams show an error instead of a graph. */
const GRAPH_MAX_CHARS = 50_000
const GRAPH_MAX_EDGES = 500

/** Why the graph cannot be drawn on GitHub, undefined when it can. */
export function graphLimit(jobs: PipelineJob[]): string | undefined {
  const edges = jobs.reduce((sum, job) => sum + job.needs.length, 0)
  if (edges > GRAPH_MAX_EDGES) return `pipeline graph (${edges} edges, more than GitHub draws)`
  if (jobs.length > 0 && renderMermaid(jobs).length > GRAPH_MAX_CHARS) {
    return `pipeline graph (${jobs.length} jobs, more than GitHub draws)`
  }
  return undefined
}
