import type { Location } from '../../core/finding.js'
import { DOCS_URL } from '../../core/version.js'
import type { Report } from '../../evaluate/report.js'
import type { AnnotationLevel } from '../annotations.js'
import type { HistoryRecord } from '../history-record.js'
import { codeSpan, encodeLinkPath, escapeMarkdown, truncate } from '../escape.js'
import { capped, locationLabel, prose } from '../format.js'
import { practiceDocsUrl } from '../practice-docs-url.js'
import { moreRow } from './block.js'

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
  /** The history store's last records, newest last: drawn as the trend. */
  history?: readonly HistoryRecord[]
}

/** How much the summary shows; the size budget gives it up step by step. */
export interface Detail {
  collapsePassing: boolean
  graph: boolean
  shortEvidence: boolean
}

type Where = 'inline' | 'cell'

/** What every section renders from, with the formatting that depends on the options and the detail. */
export interface SummaryContext {
  report: Report
  options: SummaryOptions
  detail: Detail
  /** Repository text in a table cell, shorter when evidence is shortened. */
  cell(value: string): string
  /** A message from a check, as long as a cell allows. */
  prose(value: string, where?: Where): string
  /** A file and line: a link into the evaluated commit when its URL is known, else code. */
  location(at: Location, where?: Where): string
  /** A link to a built-in practice's docs, empty for a policy's own practices. */
  docsLink(practice: string): string
  /** Short mode keeps the first rows of long tables, with a row saying how many more there are. */
  capRows(rows: string[]): string[]
}

export function summaryContext(report: Report, options: SummaryOptions, detail: Detail): SummaryContext {
  const cellMax = detail.shortEvidence ? 160 : 400
  const docsUrl = options.docsUrl ?? DOCS_URL
  return {
    report,
    options,
    detail,
    cell: value => escapeMarkdown(truncate(value, cellMax)),
    prose: (value, where) => prose(value, cellMax, where),
    location: (at, where = 'inline') => {
      const label = locationLabel(at)
      const base = options.sourceUrl
      if (!base) return codeSpan(label, where)
      return `[${escapeMarkdown(label)}](${base}/${encodeLinkPath(at.file)}#L${at.line})`
    },
    docsLink: practice => {
      const url = practiceDocsUrl(docsUrl, practice)
      return url ? `[docs](${url})` : ''
    },
    capRows: rows => capped(rows, detail.shortEvidence ? 300 : Infinity, count => moreRow(count))
  }
}
