import type { EvidenceItem } from '../core/finding.js'
import type { JunitSummary } from '../parsers/junit.js'

/** A parsed test report as the JSON report shows it. */
export function testsEvidence(file: string, summary: JunitSummary): EvidenceItem {
  const { tests, failures, errors, skipped } = summary
  return { kind: 'tests', file, tests, failures, errors, skipped }
}
