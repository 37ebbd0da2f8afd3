import { countsAsPass } from '../../evaluate/levels.js'
import type { Report, ReportFinding } from '../../evaluate/report.js'
import { isRequired } from '../annotations.js'
import { capitalise, name, STATUS_ICON } from '../format.js'
import type { Block } from './block.js'
import type { SummaryContext } from './context.js'

/**
 * "Why not <next level>" with each gap explained, then "To reach <target>" for the levels beyond, then the
 * gaps only a category target requires.
 */
export function nextSteps(context: SummaryContext): Block[] {
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
      rows: nextGaps.map(f => `- ${gapItem(context, f)}`),
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
      rows: later.map((f, index) => `${index + 1}. ${gapItem(context, f)}`),
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
          `${index + 1}. ${name(f.category)} → ${name(report.targets[f.category] ?? '')}: ${gapItem(context, f)}`
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

/** One gap: what fails, where, how to fix it and where the practice is documented. */
function gapItem(context: SummaryContext, finding: ReportFinding): string {
  const where = finding.locations[0] ? ` (${context.location(finding.locations[0])})` : ''
  const fix = finding.remediation ? ` ${context.prose(capitalise(finding.remediation))}` : ''
  return (
    `${STATUS_ICON[finding.status]} **${name(finding.practice)}** — ${context.prose(finding.message)}` +
    `${where}.${fix} ${context.docsLink(finding.practice)}`
  )
}
