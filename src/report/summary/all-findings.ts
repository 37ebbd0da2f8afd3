import type { EvidenceItem } from '../../core/finding.js'
import { escapeHtml, escapeMarkdown } from '../escape.js'
import { capped, codeName, METRIC_VERDICT, name, num, STATUS_ICON, STRENGTH_MARK } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/** Evidence items shown per finding; the JSON report has the rest. */
const EVIDENCE_MAX = 10

/** Every finding with its evidence, folded away in a details block. */
export function allFindings(context: SummaryContext): Block[] {
  const { report, detail } = context
  if (report.findings.length === 0) return []
  const file = escapeHtml(context.options.reportFile ?? 'maturity-report.json')
  const columns = detail.shortEvidence
    ? '| practice | level | status | message | where |\n|---|---|---|---|---|'
    : '| practice | level | status | message | where | evidence |\n|---|---|---|---|---|---|'
  const rows = report.findings.map(f => {
    const where = f.locations.map(l => context.location(l, 'cell')).join('<br>') || '–'
    const mark = STRENGTH_MARK[f.strength]
    const status = `${STATUS_ICON[f.status]} ${f.status}${mark ? ` (${mark})` : ''}`
    const evidence = detail.shortEvidence ? '' : ` ${evidenceCell(context, f.evidence)} |`
    return `| ${name(f.practice)} | ${name(f.level)} | ${status} | ${context.prose(f.message, 'cell')} | ${where} |${evidence}`
  })
  return [
    {
      name: 'all findings',
      head: [
        `<details><summary>All ${report.findings.length} findings with evidence (JSON report: ${file})</summary>`,
        '',
        ...columns.split('\n')
      ],
      rows: context.capRows(rows),
      tail: ['', '</details>']
    }
  ]
}

/** Each evidence item in a few words; the JSON report has the full record. */
function evidenceCell(context: SummaryContext, items: EvidenceItem[]): string {
  const shown = items.map(item => evidenceText(context, item))
  return capped(shown, EVIDENCE_MAX, count => `… ${count} more`).join('<br>') || '–'
}

function evidenceText(context: SummaryContext, item: EvidenceItem): string {
  const code = (value: string): string => codeName(value, 'cell')
  switch (item.kind) {
    case 'file':
      return `file ${code(item.file)}`
    case 'job':
      return `job ${code(item.job)} in ${code(item.workflow)}`
    case 'step':
      return `step ${code(item.step)} of ${code(item.job)}`
    case 'attestation':
      return `attested by ${context.cell(item.by)} until ${escapeMarkdown(item.expires)}`
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
      return `${code(item.key)} = ${num(item.candidate)} (${METRIC_VERDICT[item.verdict]})`
    case 'note':
      return context.prose(item.text, 'cell')
  }
}
