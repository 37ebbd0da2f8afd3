import type { OrgReport } from './merge-org-report.js'

const COLUMNS = ['repository', 'tier', 'source', 'model', 'level', 'target', 'passed', 'reason'] as const

/**
 * One line per repository, then one column per practice with its status. Cells are quoted, and a cell a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at its start) is prefixed with `'`.
 */
export function renderOrgCsv(report: OrgReport): string {
  const practices = Object.keys(report.practices)
  const lines = [
    [...COLUMNS, ...practices].map(quote).join(','),
    ...report.entries.map(entry =>
      [
        entry.repository,
        entry.tier ?? '',
        entry.source,
        entry.model ?? '',
        entry.level ?? '',
        entry.target ?? '',
        String(entry.passed),
        entry.reason,
        ...practices.map(practice => entry.practices[practice] ?? '')
      ]
        .map(quote)
        .join(',')
    )
  ]
  return `${lines.join('\r\n')}\r\n`
}

function quote(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}
