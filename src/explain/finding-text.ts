import type { ReportFinding } from '../evaluate/report.js'
import { oneLine } from '../report/escape.js'
import { evidenceLines } from './evidence-lines.js'

/** A practice's finding in one repository: its verdict and message, each piece of evidence and why, the fix. */
export function findingText(finding: ReportFinding): string {
  const strength = finding.strength === 'none' ? '' : ` [${finding.strength}]`
  const lines = [`${finding.status}${strength} — ${oneLine(finding.message)}`]
  if (finding.evidence.length > 0) {
    lines.push('evidence:', ...finding.evidence.flatMap(evidenceLines).map(line => `  ${line}`))
  } else {
    lines.push('evidence: none')
  }
  if (finding.status !== 'pass' && finding.remediation) lines.push(`fix: ${oneLine(finding.remediation)}`)
  return `${lines.join('\n')}\n`
}
