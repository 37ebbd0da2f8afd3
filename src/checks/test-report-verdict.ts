import type { ReportSearch } from '../evidence/evidence.js'
import type { EvidenceItem } from '../core/finding.js'
import type { JunitSummary } from '../parsers/junit.js'
import { failingCases } from './failing-cases.js'
import { testsEvidence } from './tests-evidence.js'

/** What the test reports found by a search say, before any practice words it. */
export type TestReportVerdict =
  | { kind: 'none' }
  | { kind: 'failing'; file: string; failed: number; cases: string; evidence: EvidenceItem[] }
  | { kind: 'unreadable'; file: string; error: string; evidence: EvidenceItem[] }
  /** `tests`: cases that ran (skipped ones excluded). */
  | { kind: 'too-few'; tests: number; files: string[]; evidence: EvidenceItem[] }
  | { kind: 'passing'; tests: number; reports: number; evidence: EvidenceItem[] }

/**
 * Judges found test reports in a fixed order — a failing report first (it is the news), then an unreadable
 * one (its results are unknown, never passed), then too few tests — shared by `unit-tests` and the generic
 * `reports` check so both read reports the same way.
 */
export function testReportVerdict(search: ReportSearch<JunitSummary>, minTests: number): TestReportVerdict {
  if (search.files.length === 0) return { kind: 'none' }
  const parsed = search.files.flatMap(f => (f.summary ? [{ file: f.file, summary: f.summary }] : []))
  const evidence: EvidenceItem[] = [
    ...parsed.map(({ file, summary }) => testsEvidence(file, summary)),
    ...search.files.flatMap(f =>
      f.error === undefined ? [] : [{ kind: 'note' as const, text: `${f.file}: ${f.error}` }]
    )
  ]
  const failing = parsed.find(({ summary }) => summary.failures + summary.errors > 0)
  if (failing) {
    const failed = failing.summary.failures + failing.summary.errors
    return { kind: 'failing', file: failing.file, failed, cases: failingCases(failing.summary), evidence }
  }
  const unreadable = search.files.find(f => f.error !== undefined)
  if (unreadable)
    return { kind: 'unreadable', file: unreadable.file, error: unreadable.error ?? '', evidence }
  // Skipped cases prove nothing ran: a suite of skips must not satisfy `min-tests`.
  const tests = parsed.reduce((sum, { summary }) => sum + summary.tests - summary.skipped, 0)
  if (tests < minTests) return { kind: 'too-few', tests, files: parsed.map(p => p.file), evidence }
  return { kind: 'passing', tests, reports: parsed.length, evidence }
}
