import type { Report } from '../evaluate/report.js'
import { escapeMarkdown, truncateBytes } from './escape.js'
import { explanation } from './explanation.js'
import { capitalise, workflowsRead } from './format.js'
import { allFindings } from './summary/all-findings.js'
import { annotationNote } from './summary/annotation-note.js'
import { type Block, joinBlocks, textBlock } from './summary/block.js'
import { categories } from './summary/categories.js'
import { type Detail, type SummaryOptions, summaryContext } from './summary/context.js'
import { cutBlocks } from './summary/cut-blocks.js'
import { footer } from './summary/footer.js'
import { graphLimit } from './summary/graph-limit.js'
import { ladder } from './summary/ladder.js'
import { metrics } from './summary/metrics.js'
import { nextSteps } from './summary/next-steps.js'
import { pipeline } from './summary/pipeline.js'
import { doraChecks } from './summary/dora-checks.js'
import { policyChanges } from './summary/policy-changes.js'
import { regressions } from './summary/regressions.js'
import { trend } from './summary/trend.js'
import { evidenceWarnings, warnings } from './summary/warnings.js'
import { summaryHeadline } from './summary-headline.js'

export interface RenderedSummary {
  markdown: string
  /** What was collapsed, left out or cut to stay under `maxBytes` (empty when nothing was). */
  dropped: string[]
}

const MIB = 1_048_576
/** Room kept for the closing note about what was cut. */
const NOTE_RESERVE = 2048

/** Cheapest first: each step gives up more detail than the one before. */
const STEPS: Array<{ detail: Detail; drops?: string }> = [
  { detail: { collapsePassing: false, graph: true, shortEvidence: false } },
  {
    detail: { collapsePassing: true, graph: true, shortEvidence: false },
    drops: 'passing practices collapsed into a details block'
  },
  { detail: { collapsePassing: true, graph: false, shortEvidence: false }, drops: 'pipeline graph' },
  {
    detail: { collapsePassing: true, graph: false, shortEvidence: true },
    drops: 'evidence and long tables shortened'
  }
]

/**
 * The job summary (design §6, mockups/job-summary.md): the verdict, the level ladder, what to do next, the
 * regressions and policy changes, categories, model metrics, the pipeline and every finding. Stays under
 * `maxBytes` for any report by giving up detail step by step, then cutting whole blocks and table rows.
 */
export function renderSummary(report: Report, options: SummaryOptions = {}): RenderedSummary {
  const maxBytes = options.maxBytes ?? MIB
  const dropped: string[] = []
  const graphTooLarge = graphLimit(report.pipeline)
  if (graphTooLarge) dropped.push(graphTooLarge)
  for (const [index, step] of STEPS.entries()) {
    // A graph too large to draw is already reported with its reason.
    const { drops } = step
    if (drops && !dropped.some(reason => reason.startsWith(drops))) dropped.push(drops)
    const blocks = sections(report, options, step.detail)
    const markdown = joinBlocks([...blocks, noteBlock(dropped, options)])
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return { markdown, dropped }
    if (index === STEPS.length - 1) return cut(blocks, dropped, options, maxBytes)
  }
  throw new Error('unreachable: the last step always returns')
}

/** What the verdict rests on: the workflow files read, and whether the API was. */
function evidenceRead(report: Report): string {
  return `<sub>${capitalise(workflowsRead(report))}${report.evidence.offline ? ' · offline (workflow files only)' : ''}.</sub>`
}

/** The summary's blocks in reading order, at one level of detail. */
function sections(report: Report, options: SummaryOptions, detail: Detail): Block[] {
  const context = summaryContext(report, options, detail)
  return [
    textBlock('headline', summaryHeadline(report), '', `${explanation(report)} ${evidenceRead(report)}`),
    ...evidenceWarnings(context),
    ...ladder(context),
    ...annotationNote(context),
    ...nextSteps(context),
    ...regressions(context),
    ...policyChanges(context),
    ...doraChecks(context),
    ...categories(context),
    ...trend(context),
    ...metrics(context),
    ...pipeline(context),
    ...warnings(context),
    ...allFindings(context),
    footer(context)
  ]
}

/** Even the shortest detail is too large: cut blocks and rows, keeping room for the note that says so. */
function cut(blocks: Block[], dropped: string[], options: SummaryOptions, maxBytes: number): RenderedSummary {
  const reserve = Math.min(NOTE_RESERVE, Math.floor(maxBytes / 4))
  const { kept, cut: lost } = cutBlocks(blocks, maxBytes - reserve)
  if (lost) dropped.push(`cut: ${lost}`)
  const markdown = truncateBytes(joinBlocks([...kept, noteBlock(dropped, options, reserve)]), maxBytes)
  return { markdown, dropped }
}

function noteBlock(dropped: string[], options: SummaryOptions, maxBytes = NOTE_RESERVE): Block {
  if (dropped.length === 0) return textBlock('note')
  const file = escapeMarkdown(options.reportFile ?? 'maturity-report.json')
  return textBlock(
    'note',
    truncateBytes(
      `> [!NOTE]\n> Shortened to fit GitHub's summary limit: ${escapeMarkdown(dropped.join('; '))}. ` +
        `The JSON report (${file}) has everything.`,
      maxBytes
    )
  )
}
