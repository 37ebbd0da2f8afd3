import type { Report } from '../../evaluate/report.js'

/**
 * A downloaded `maturity-report.json` as a Report, or why it cannot be used: only what the org views read is
 * checked (schema/maturity-report-v1.schema.json is the full contract), and a report of an invalid policy is
 * said to be one.
 */
export function collectedReport(text: string): Report | { problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { problem: 'its maturity-report.json is not JSON' }
  }
  const report = value as Partial<Report> & { policyErrors?: unknown }
  if (typeof value !== 'object' || value === null || report.version !== 1) {
    return { problem: 'its maturity-report.json is not a version 1 report' }
  }
  if (Array.isArray(report.policyErrors))
    return { problem: `its latest report says: ${String(report.reason)}` }
  const shaped =
    typeof report.model === 'string' &&
    typeof report.target === 'string' &&
    (report.level === null || typeof report.level === 'string') &&
    typeof report.levelIndex === 'number' &&
    Array.isArray(report.levels) &&
    typeof report.passed === 'boolean' &&
    typeof report.reason === 'string' &&
    Array.isArray(report.findings) &&
    report.findings.every(f => typeof f.practice === 'string' && typeof f.status === 'string')
  return shaped
    ? (report as Report)
    : { problem: 'its maturity-report.json lacks the fields of a version 1 report' }
}
