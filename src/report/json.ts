import type { Report } from '../evaluate/report.js'

/** Serialises the report with a fixed key order, so reports diff cleanly between runs. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
