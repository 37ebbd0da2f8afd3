import { codeSpan, escapeMarkdown } from '../escape.js'
import type { OrgReport } from './merge-org-report.js'
import { STATUSES } from './merge-org-report.js'
import type { OrgEntry } from './org-entry.js'
import { levelChanges } from './org-trend.js'

/**
 * Rows of the repository table in the job summary: GitHub refuses a summary over 1 MiB, so a large org is cut
 * here and the table says where the rest is.
 */
export const SUMMARY_ROWS = 500

/** The org report as the merge job's summary: counts first, then practices, the laggards and every repository. */
export function renderOrgMarkdown(report: OrgReport): string {
  return [
    `## Maturity of ${escapeMarkdown(report.org)}: ${report.repositories} repositories`,
    '',
    `${report.passed} reach their target · ${report.sources.artifact} from their report artifact, ` +
      `${report.sources.static} re-evaluated from their files, ${report.sources.unreadable} unreadable`,
    '',
    ...levelTable(report),
    ...practiceTable(report),
    ...belowTargetTable(report),
    ...repositoryTable(report.entries),
    ''
  ].join('\n')
}

function levelTable(report: OrgReport): string[] {
  const rows = Object.entries(report.levels).flatMap(([model, levels]) =>
    Object.entries(levels).map(
      ([level, count]) => `| ${codeSpan(model, 'cell')} | ${escapeMarkdown(level)} | ${count} |`
    )
  )
  return ['### Levels', '', '| model | level | repositories |', '| --- | --- | ---: |', ...rows, '']
}

function practiceTable(report: OrgReport): string[] {
  const rows = Object.entries(report.practices).map(
    ([practice, counts]) =>
      `| ${codeSpan(practice, 'cell')} | ${STATUSES.map(status => counts[status]).join(' | ')} |`
  )
  return [
    '### Practices',
    '',
    `| practice | ${STATUSES.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(STATUSES.length)}`,
    ...rows,
    ''
  ]
}

function belowTargetTable(report: OrgReport): string[] {
  if (report.belowTarget.length === 0) return ['Every judged repository reaches its target.', '']
  const rows = report.belowTarget.map(
    row =>
      `| ${escapeMarkdown(row.repository)} | ${escapeMarkdown(row.level ?? 'none')} | ${escapeMarkdown(row.target)} | ${row.levelsBelow} |`
  )
  return [
    '### Furthest below target',
    '',
    '| repository | level | target | levels below |',
    '| --- | --- | --- | ---: |',
    ...rows,
    ''
  ]
}

function repositoryTable(entries: readonly OrgEntry[]): string[] {
  const rows = entries.slice(0, SUMMARY_ROWS).map(entry => {
    const trend = levelChanges(entry.history)
      .map(level => escapeMarkdown(level))
      .join(' → ')
    const verdict =
      entry.source === 'unreadable' ? `unreadable: ${escapeMarkdown(entry.reason)}` : passMark(entry)
    return `| ${escapeMarkdown(entry.repository)} | ${escapeMarkdown(entry.tier ?? '–')} | ${escapeMarkdown(entry.level ?? 'none')} | ${escapeMarkdown(entry.target ?? '–')} | ${verdict} | ${entry.source} | ${trend || '–'} |`
  })
  const cut = entries.length - rows.length
  return [
    '### Repositories',
    '',
    '| repository | tier | level | target | verdict | source | trend |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(cut > 0 ? ['', `… and ${cut} more: see \`org-report.json\` or the dashboard.`] : [])
  ]
}

function passMark(entry: OrgEntry): string {
  return entry.passed ? '✅ reaches target' : '❌ below target'
}
