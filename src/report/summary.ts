import type { EvidenceItem, Location, Status, Strength } from '../core/finding.js'
import { permissionHint } from '../evidence/permission-hint.js'
import { DOCS_URL } from '../core/version.js'
import { countsAsPass } from '../evaluate/levels.js'
import { isDocumentedPractice } from './documented-practice.js'
import { type AnnotationLevel, isRequired, regressionSubject } from './annotations.js'
import {
  codeSpan,
  encodeLinkPath,
  escapeHtml,
  escapeMarkdown,
  inlineMarkdown,
  truncate,
  truncateBytes
} from './escape.js'
import { neededJob, renderMermaid, runStatus } from './mermaid.js'
import type { PipelineJob, Report, ReportFinding } from '../evaluate/report.js'

export interface SummaryOptions {
  /** URL of the practices page; `#<practice>` is appended. */
  docsUrl?: string
  /** GitHub's job summary limit is 1 MiB per step. */
  maxBytes?: number
  /** Blob URL of the evaluated commit (`https://github.com/o/r/blob/<sha>`): file locations become links. */
  sourceUrl?: string
  /** Name of the JSON report, pointed to for everything the summary leaves out. */
  reportFile?: string
  /** Annotations GitHub's caps kept from the run page (from `planAnnotations`), so the summary says so. */
  omittedAnnotations?: Record<AnnotationLevel, number>
}

export interface RenderedSummary {
  markdown: string
  /** What was collapsed, left out or cut to stay under `maxBytes` (empty when nothing was). */
  dropped: string[]
}

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  'not-applicable': '➖',
  waived: '⏸'
}

const STRENGTH_MARK: Record<Strength, string> = {
  run: 'run',
  history: 'hist',
  definition: 'def',
  attested: 'att',
  none: ''
}

const MIB = 1_048_576
/** Mermaid's defaults on GitHub: larger diagrams show an error instead of a graph. */
const GRAPH_MAX_CHARS = 50_000
const GRAPH_MAX_EDGES = 500
/** Room kept for the closing note about what was cut. */
const NOTE_RESERVE = 2048
const NAME_MAX = 100
const LADDER_ROW_MAX = 200

interface Detail {
  collapsePassing: boolean
  graph: boolean
  shortEvidence: boolean
}

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

/** A top-level Markdown block; `rows` are the part that may be cut (table rows, list items). */
interface Block {
  name: string
  head: string[]
  rows: string[]
  tail: string[]
}

interface Context {
  report: Report
  options: SummaryOptions
  detail: Detail
  docsUrl: string
  cellMax: number
}

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
    if (step.drops && !dropped.some(reason => reason.startsWith(step.drops!))) dropped.push(step.drops)
    const blocks = render(report, options, step.detail)
    const markdown = join([...blocks, noteBlock(dropped, options)])
    if (byteLength(markdown) <= maxBytes) return { markdown, dropped }
    if (index === STEPS.length - 1) return cut(blocks, dropped, options, maxBytes)
  }
  throw new Error('unreachable: the last step always returns')
}

function render(report: Report, options: SummaryOptions, detail: Detail): Block[] {
  const context: Context = {
    report,
    options,
    detail,
    docsUrl: options.docsUrl ?? DOCS_URL,
    cellMax: detail.shortEvidence ? 160 : 400
  }
  return [
    headline(context),
    ...ladder(context),
    ...annotationNote(context),
    ...nextSteps(context),
    ...regressions(context),
    ...policyChanges(context),
    ...categories(context),
    ...metrics(context),
    ...pipeline(context),
    ...warnings(context),
    ...allFindings(context),
    footer(context)
  ]
}

function headline({ report }: Context): Block {
  return text('headline', summaryHeadline(report), '', explanation(report))
}

/** The verdict as a Markdown heading, shared with the PR comment. */
export function summaryHeadline(report: Report, depth = 2): string {
  const icon = report.passed ? '✅' : '❌'
  const reached = report.level === null ? 'no level' : `**${name(report.level)}**`
  return (
    `${'#'.repeat(depth)} ${icon} Maturity gate: ${reached} reached — target **${name(report.target)}** ` +
    `(${name(report.model)}, ${report.mode})`
  )
}

/** One or two sentences saying why, in the words a reviewer would use; shared with the PR comment. */
export function explanation(report: Report): string {
  const target = report.levels.indexOf(report.target)
  const required = report.findings.filter(f => isRequired(report, f) && !countsAsPass(f.status))
  // Practices above the staged target are required only by a category target: named with that target.
  const blockers = required.filter(f => report.levels.indexOf(f.level) <= target)
  const byCategory = required.filter(f => report.levels.indexOf(f.level) > target)
  const unknown = required.filter(f => f.status === 'unknown').length
  const fatal = report.regressions.filter(r => r.severity === 'error').length
  const weakened = report.policyChanges.filter(c => c.kind === 'weakened' && c.severity === 'error').length
  const parts: string[] = []
  if (blockers.length > 0) {
    parts.push(
      `${plural(blockers.length, 'practice stands', 'practices stand')} between it and ` +
        `**${name(report.target)}**: ${nameList(blockers.map(f => f.practice))}` +
        (unknown > 0 ? ` (${unknown} could not be checked, and unknown never counts as a pass)` : '')
    )
  } else if (report.passed) {
    parts.push(`every practice required for **${name(report.target)}** holds`)
  }
  if (byCategory.length > 0) {
    const named = byCategory.map(
      f => `${name(f.practice)} (${name(f.category)} → ${name(report.targets[f.category] ?? '')})`
    )
    parts.push(`category targets also require ${named.join(', ')}`)
  }
  if (fatal > 0)
    parts.push(`${plural(fatal, 'fatal regression', 'fatal regressions')} against the base commit`)
  if (weakened > 0) parts.push(`this change weakens the policy (${plural(weakened, 'change', 'changes')})`)
  if (parts.length === 0) parts.push(escapeMarkdown(truncate(report.reason, 500)))
  const advise = !report.passed && report.mode === 'advise' ? ' Advise mode: the check does not fail.' : ''
  const sentence = parts.join('; ')
  return `${capitalise(sentence)}.${baseSentence(report)}${advise}`
}

/** Never a silent "no regressions": say whether the base was compared, and if not, why. */
function baseSentence(report: Report): string {
  const { base } = report
  const sha = base.sha ? ` ${codeSpan(base.sha.slice(0, 7))}` : ''
  if (base.status === 'compared') {
    return report.regressions.length === 0 ? ` No regression against the base commit${sha}.` : ''
  }
  if (base.status === 'unknown') {
    return ` Regressions could not be checked: ${escapeMarkdown(truncate(base.reason, 300))}.`
  }
  return ''
}

function ladder(context: Context): Block[] {
  const { report, detail } = context
  if (report.findings.length === 0) return [text('ladder', '_No practices were evaluated._')]
  const rows = report.levels.map((level, index) => {
    const atLevel = report.findings.filter(f => f.level === level)
    const shown = detail.collapsePassing ? atLevel.filter(f => !countsAsPass(f.status)) : atLevel
    const hidden = atLevel.length - shown.length
    const items = shown.slice(0, LADDER_ROW_MAX).map(f => ladderItem(report, f))
    if (shown.length > LADDER_ROW_MAX) items.push(`… ${shown.length - LADDER_ROW_MAX} more`)
    if (hidden > 0) items.push(`✅ ×${hidden}`)
    const holds = index <= report.levelIndex ? '✅' : '❌'
    const target = level === report.target ? ' 🎯' : ''
    return `| ${name(level)}${target} | ${items.join(' · ') || '–'} | ${holds} |`
  })
  const blocks: Block[] = [
    { name: 'level ladder', head: ['| level | practices | holds |', '|---|---|---|'], rows, tail: [] },
    text(
      'legend',
      '<sub>✅ pass · ❌ fail · ❔ unknown (never a pass) · ➖ not applicable · ⏸ waived · 🎯 target — ' +
        'evidence: <sup>run</sup> this run · <sup>hist</sup> recent runs · <sup>def</sup> workflow files · ' +
        '<sup>att</sup> attested</sub>'
    )
  ]
  if (detail.collapsePassing) blocks.push(passingDetails(report))
  return blocks
}

function ladderItem(report: Report, finding: ReportFinding): string {
  const practice = name(finding.practice)
  const shown = isRequired(report, finding) && !countsAsPass(finding.status) ? `**${practice}**` : practice
  const mark = STRENGTH_MARK[finding.strength]
  return `${STATUS_ICON[finding.status]} ${shown}${mark ? `<sup>${mark}</sup>` : ''}`
}

/** The passing practices of a collapsed ladder, one compact line per level. */
function passingDetails(report: Report): Block {
  const passing = report.findings.filter(f => countsAsPass(f.status))
  const rows = report.levels.flatMap(level => {
    const names = passing.filter(f => f.level === level).map(f => name(f.practice))
    return names.length > 0 ? [`- ${name(level)}: ${names.join(', ')}`] : []
  })
  return {
    name: 'passing practices',
    head: [`<details><summary>${passing.length} practices that hold</summary>`, ''],
    rows,
    tail: ['', '</details>']
  }
}

function annotationNote({ options }: Context): Block[] {
  const omitted = options.omittedAnnotations
  if (!omitted) return []
  const counts = (['error', 'warning', 'notice'] as const)
    .filter(level => omitted[level] > 0)
    .map(level => plural(omitted[level], level, `${level}s`))
  if (counts.length === 0) return []
  const hidden = omitted.error + omitted.warning + omitted.notice
  return [
    text(
      'annotation note',
      `> [!NOTE]\n> GitHub shows at most 10 annotations of each kind per step: ${counts.join(', ')} ` +
        `${hidden === 1 ? 'appears' : 'appear'} only in this summary.`
    )
  ]
}

/** "Why not <next level>" with each gap explained, then "To reach <target>" for the levels beyond. */
function nextSteps(context: Context): Block[] {
  const { report } = context
  const next = report.levels[report.levelIndex + 1]
  if (next === undefined) return []
  const gaps = (levels: string[]): ReportFinding[] =>
    report.findings.filter(f => levels.includes(f.level) && !countsAsPass(f.status))
  const blocks: Block[] = []
  const nextGaps = gaps([next])
  if (nextGaps.length > 0) {
    const required = report.levelIndex + 1 <= report.levels.indexOf(report.target)
    const title = required ? `Why not ${name(next)}` : `To reach ${name(next)}`
    blocks.push({
      name: `why not ${next}`,
      head: [`### ${title}`],
      rows: nextGaps.map(f => gapItem(context, f)),
      tail: []
    })
  }
  const targetIndex = report.levels.indexOf(report.target)
  const beyond = report.levels.slice(report.levelIndex + 2, targetIndex + 1)
  const later = gaps(beyond).filter(f => !nextGaps.includes(f))
  if (later.length > 0) {
    blocks.push({
      name: `to reach ${report.target}`,
      head: [`### To reach ${name(report.target)}`],
      rows: later.map((f, index) => `${index + 1}. ${gapItem(context, f).slice(2)}`),
      tail: []
    })
  }
  const byCategory = categoryGaps(report).filter(f => !nextGaps.includes(f))
  if (byCategory.length > 0) {
    blocks.push({
      name: 'to meet category targets',
      head: ['### To meet the category targets'],
      rows: byCategory.map(
        (f, index) =>
          `${index + 1}. ${name(f.category)} → ${name(report.targets[f.category] ?? '')}: ${gapItem(context, f).slice(2)}`
      ),
      tail: []
    })
  }
  return blocks
}

/** Gaps above the target that a category target makes required. */
function categoryGaps(report: Report): ReportFinding[] {
  const target = report.levels.indexOf(report.target)
  return report.findings.filter(
    f => report.levels.indexOf(f.level) > target && isRequired(report, f) && !countsAsPass(f.status)
  )
}

function gapItem(context: Context, finding: ReportFinding): string {
  const where = finding.locations[0] ? ` (${locationLink(context, finding.locations[0])})` : ''
  const fix = finding.remediation ? ` ${prose(context, capitalise(finding.remediation))}` : ''
  return (
    `- ${STATUS_ICON[finding.status]} **${name(finding.practice)}** — ${prose(context, finding.message)}` +
    `${where}.${fix} ${docsLink(context, finding.practice)}`
  )
}

function regressions(context: Context): Block[] {
  const { report } = context
  if (report.regressions.length === 0) return []
  return [
    {
      name: 'regressions',
      head: [
        `### Regressions against the base commit${report.base.sha ? ` ${codeSpan(report.base.sha.slice(0, 7))}` : ''}`
      ],
      rows: report.regressions.map(r => {
        const head = r.head[0]
        const base = r.base[0]
        // A base location is a line of the base commit: no link, since links point into the head commit.
        const where = head
          ? ` (${locationLink(context, head)})`
          : base
            ? ` (at the base commit: ${codeSpan(`${truncate(base.file, NAME_MAX)}:${base.line}`)})`
            : ''
        const icon = r.severity === 'error' ? '❌' : '⚠️'
        return `- ${icon} **${name(regressionSubject(r))}** — ${prose(context, r.message)}${where}`
      }),
      tail: []
    }
  ]
}

function policyChanges(context: Context): Block[] {
  const { report } = context
  if (report.policyChanges.length === 0) return []
  const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
  return [
    {
      name: 'policy changes',
      head: ['### Policy changes'],
      rows: report.policyChanges.map(
        c =>
          `- ${icon[c.severity]} ${c.kind}: ${prose(context, c.message)} (${locationLink(context, c.location)})`
      ),
      tail: []
    }
  ]
}

function categories({ report }: Context): Block[] {
  const entries = Object.entries(report.profile)
  if (entries.length === 0) return []
  const index = (level: string | null): number => (level === null ? -1 : report.levels.indexOf(level))
  return [
    {
      name: 'categories',
      head: ['### Categories', '', '| category | reached | target | |', '|---|---|---|---|'],
      rows: entries.map(([category, reached]) => {
        const explicit = report.targets[category]
        const target =
          explicit !== undefined && index(explicit) > index(report.target) ? explicit : report.target
        const met = index(reached) >= index(target) ? '✅' : '❌'
        return `| ${name(category)} | ${reached === null ? '–' : name(reached)} | ${name(target)} | ${met} |`
      }),
      tail: []
    }
  ]
}

const VERDICT = { pass: '✅ pass', fail: '❌ fail', 'no-baseline': '➖ no baseline' }

function metrics(context: Context): Block[] {
  const rows = context.report.findings.flatMap(f =>
    f.evidence.flatMap(item =>
      item.kind === 'metric'
        ? [
            `| ${name(f.practice)} | ${codeSpan(truncate(item.key, NAME_MAX), 'cell')} | ${num(item.candidate)} | ` +
              `${num(item.baseline)} | ${signed(item.delta)} | ${percent(item.relativeDelta)} | ` +
              `${cell(context, item.bound)} | ${VERDICT[item.verdict]} |`
          ]
        : []
    )
  )
  if (rows.length === 0) return []
  return [
    {
      name: 'model metrics',
      head: [
        '### Model metrics',
        '',
        '| practice | metric | candidate | baseline | Δ | Δ % | bound | verdict |',
        '|---|---|--:|--:|--:|--:|---|---|'
      ],
      rows: capRows(context, rows),
      tail: []
    }
  ]
}

function pipeline(context: Context): Block[] {
  const jobs = context.report.pipeline
  if (jobs.length === 0) return []
  const blocks: Block[] = [text('pipeline heading', '### Pipeline')]
  if (context.detail.graph && graphLimit(jobs) === undefined) {
    blocks.push(text('pipeline graph', '```mermaid', renderMermaid(jobs).trimEnd(), '```'))
  }
  const several = new Set(jobs.map(job => job.workflow)).size > 1
  const needed = neededJob(jobs)
  const rows = jobs.map(job => {
    const needs = job.needs.map(need => needed(job, need)?.name ?? need)
    const cells = [
      `${cell(context, job.name)} (${locationLink(context, job.location, 'cell')})`,
      ...(several ? [codeSpan(truncate(job.workflow, NAME_MAX), 'cell')] : []),
      job.stages.length > 0 ? escapeMarkdown(truncate(job.stages.join(', '), NAME_MAX)) : '–',
      job.environment ? `${cell(context, job.environment)}${environmentClass(job)}` : '–',
      runCell(job),
      needs.length > 0 ? cell(context, needs.join(', ')) : '–'
    ]
    return `| ${cells.join(' | ')} |`
  })
  const columns = ['job', ...(several ? ['workflow'] : []), 'stage', 'environment', 'this run', 'needs']
  blocks.push({
    name: 'pipeline table',
    head: [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`],
    rows: capRows(context, rows),
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

function warnings(context: Context): Block[] {
  const { report } = context
  const blocks: Block[] = []
  if (report.gaps.length > 0) {
    blocks.push({
      name: 'permission gaps',
      head: ['### Run evidence the token could not read'],
      rows: report.gaps.map(gap => {
        const status = gap.status === undefined ? '' : ` (HTTP ${gap.status})`
        return `- ❔ ${escapeMarkdown(gap.what)}: ${prose(context, gap.reason)}${status}. ${inlineMarkdown(permissionHint(gap))}`
      }),
      tail: []
    })
  }
  if (report.warnings.length > 0) {
    blocks.push({
      name: 'unreadable evidence',
      head: ['### Evidence that could not be read'],
      rows: report.warnings.map(w => {
        const where = w.location ? ` (${locationLink(context, w.location)})` : ''
        return `- ⚠️ ${prose(context, w.message)}${where}`
      }),
      tail: []
    })
  }
  if (report.disabled.length > 0) {
    blocks.push(text('disabled', `Turned off by the policy: ${nameList(report.disabled, 50)}.`))
  }
  return blocks
}

function allFindings(context: Context): Block[] {
  const { report, detail } = context
  if (report.findings.length === 0) return []
  const file = escapeHtml(context.options.reportFile ?? 'maturity-report.json')
  const columns = detail.shortEvidence
    ? '| practice | level | status | message | where |\n|---|---|---|---|---|'
    : '| practice | level | status | message | where | evidence |\n|---|---|---|---|---|---|'
  const rows = report.findings.map(f => {
    const where = f.locations.map(l => locationLink(context, l, 'cell')).join('<br>') || '–'
    const mark = STRENGTH_MARK[f.strength]
    const status = `${STATUS_ICON[f.status]} ${f.status}${mark ? ` (${mark})` : ''}`
    const evidence = detail.shortEvidence ? '' : ` ${evidenceCell(context, f.evidence)} |`
    return `| ${name(f.practice)} | ${name(f.level)} | ${status} | ${prose(context, f.message, 'cell')} | ${where} |${evidence}`
  })
  const block: Block = {
    name: 'all findings',
    head: [
      `<details><summary>All ${report.findings.length} findings with evidence (JSON report: ${file})</summary>`,
      '',
      ...columns.split('\n')
    ],
    rows: capRows(context, rows),
    tail: ['', '</details>']
  }
  return [block]
}

/** Each evidence item in a few words; the JSON report has the full record. */
function evidenceCell(context: Context, items: EvidenceItem[]): string {
  const shown = items.slice(0, 10).map(item => evidenceText(context, item))
  if (items.length > 10) shown.push(`… ${items.length - 10} more`)
  return shown.join('<br>') || '–'
}

function evidenceText(context: Context, item: EvidenceItem): string {
  const code = (value: string): string => codeSpan(truncate(value, NAME_MAX), 'cell')
  switch (item.kind) {
    case 'file':
      return `file ${code(item.file)}`
    case 'job':
      return `job ${code(item.job)} in ${code(item.workflow)}`
    case 'step':
      return `step ${code(item.step)} of ${code(item.job)}`
    case 'attestation':
      return `attested by ${cell(context, item.by)} until ${escapeMarkdown(item.expires)}`
    case 'command':
      return `${code(item.command)} ${item.timedOut ? 'timed out' : `exited ${item.exitCode ?? '–'}`}`
    case 'tests':
      return (
        `${item.tests} tests, ${item.failures} failed, ${item.errors} errors, ${item.skipped} skipped ` +
        `in ${code(item.file)}`
      )
    case 'coverage':
      return `coverage ${num(item.lines)}% lines, ${num(item.branches)}% branches in ${code(item.file)}`
    case 'metric':
      return `${code(item.key)} = ${num(item.candidate)} (${VERDICT[item.verdict]})`
    case 'note':
      return prose(context, item.text, 'cell')
  }
}

function footer({ report }: Context): Block {
  const evidence = report.evidence.offline
    ? 'offline: workflow files only'
    : report.evidence.run
      ? 'this run read through the API'
      : 'no run evidence'
  return text(
    'footer',
    `<sub>policy ${escapeHtml(truncate(report.policy.path, NAME_MAX))} (${report.policy.source}) · ` +
      `${plural(report.evidence.workflows, 'workflow file', 'workflow files')} · ${evidence}</sub>`
  )
}

function noteBlock(dropped: string[], options: SummaryOptions, maxBytes = NOTE_RESERVE): Block {
  if (dropped.length === 0) return text('note')
  const file = escapeMarkdown(options.reportFile ?? 'maturity-report.json')
  return text(
    'note',
    truncateBytes(
      `> [!NOTE]\n> Shortened to fit GitHub's summary limit: ${escapeMarkdown(dropped.join('; '))}. ` +
        `The JSON report (${file}) has everything.`,
      maxBytes
    )
  )
}

/** The last resort: whole blocks while they fit, then as many rows of the next one as fit, then the note. */
function cut(blocks: Block[], dropped: string[], options: SummaryOptions, maxBytes: number): RenderedSummary {
  const reserve = Math.min(NOTE_RESERVE, Math.floor(maxBytes / 4))
  const budget = maxBytes - reserve
  const kept: Block[] = []
  let used = 0
  for (const [index, block] of blocks.entries()) {
    const size = byteLength(join([block])) + 2
    if (used + size <= budget) {
      kept.push(block)
      used += size
      continue
    }
    const partial = partialBlock(block, budget - used)
    if (partial) kept.push(partial)
    const lost = blocks.slice(index + (partial ? 1 : 0)).map(b => b.name)
    if (partial)
      lost.unshift(
        `${block.name} (last ${plural(block.rows.length - partial.rows.length + 1, 'row', 'rows')})`
      )
    dropped.push(`cut: ${lost.join(', ')}`)
    break
  }
  const markdown = truncateBytes(join([...kept, noteBlock(dropped, options, reserve)]), maxBytes)
  return { markdown, dropped }
}

function partialBlock(block: Block, room: number): Block | undefined {
  const frame = byteLength(join([{ ...block, rows: [] }])) + 64
  if (block.rows.length === 0 || frame > room) return undefined
  const rows: string[] = []
  let used = frame
  for (const row of block.rows) {
    const size = byteLength(row) + 1
    if (used + size > room) break
    rows.push(row)
    used += size
  }
  const more = block.rows.length - rows.length
  return { ...block, rows: [...rows, moreRow(block, more)] }
}

function moreRow(block: Block, count: number): string {
  const inTable = block.head.some(line => line.startsWith('|'))
  return inTable ? `| … ${count} more in the JSON report |` : `- … ${count} more in the JSON report`
}

/** Short mode keeps the first rows of long tables, with a row saying how many more there are. */
function capRows(context: Context, rows: string[]): string[] {
  const cap = context.detail.shortEvidence ? 300 : Infinity
  if (rows.length <= cap) return rows
  return [...rows.slice(0, cap), `| … ${rows.length - cap} more in the JSON report |`]
}

/** Why the graph cannot be drawn on GitHub, undefined when it can. */
function graphLimit(jobs: PipelineJob[]): string | undefined {
  const edges = jobs.reduce((sum, job) => sum + job.needs.length, 0)
  if (edges > GRAPH_MAX_EDGES) return `pipeline graph (${edges} edges, more than GitHub draws)`
  if (jobs.length > 0 && renderMermaid(jobs).length > GRAPH_MAX_CHARS) {
    return `pipeline graph (${jobs.length} jobs, more than GitHub draws)`
  }
  return undefined
}

function locationLink(context: Context, at: Location, where: 'inline' | 'cell' = 'inline'): string {
  const label = `${truncate(at.file, NAME_MAX)}:${at.line}`
  const base = context.options.sourceUrl
  if (!base) return codeSpan(label, where)
  return `[${escapeMarkdown(label)}](${base}/${encodeLinkPath(at.file)}#L${at.line})`
}

function docsLink(context: Context, practice: string): string {
  if (!isDocumentedPractice(practice)) return ''
  return `[docs](${context.docsUrl}#${encodeLinkPath(truncate(practice, NAME_MAX))})`
}

function cell(context: Context, value: string): string {
  return escapeMarkdown(truncate(value, context.cellMax))
}

/** A message from a check: its backtick pairs become code spans. */
function prose(context: Context, value: string, where: 'inline' | 'cell' = 'inline'): string {
  return inlineMarkdown(truncate(value, context.cellMax), where)
}

function capitalise(value: string): string {
  return `${value.charAt(0).toUpperCase()}${value.slice(1)}`
}

function name(value: string): string {
  return escapeMarkdown(truncate(value, NAME_MAX))
}

function nameList(names: string[], max = 5): string {
  const shown = names.slice(0, max).map(name)
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ')
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

function num(value: number | null): string {
  if (value === null) return '–'
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

function signed(value: number | null): string {
  return value !== null && value > 0 ? `+${num(value)}` : num(value)
}

/** `relativeDelta` is a fraction of the baseline's magnitude. */
function percent(value: number | null): string {
  if (value === null) return '–'
  return `${value > 0 ? '+' : ''}${Number((value * 100).toPrecision(3))}%`
}

function formatDuration(seconds: number | null): string {
  if (seconds === null) return ''
  if (seconds < 60) return `${Math.round(seconds)}s`
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`
  return `${Math.floor(seconds / 3600)}h ${Math.round((seconds % 3600) / 60)}m`
}

function text(blockName: string, ...lines: string[]): Block {
  return { name: blockName, head: lines, rows: [], tail: [] }
}

function join(blocks: Block[]): string {
  const parts = blocks
    .map(block => [...block.head, ...block.rows, ...block.tail].join('\n'))
    .filter(part => part !== '')
  return `${parts.join('\n\n')}\n`
}

function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8')
}
