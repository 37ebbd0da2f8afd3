import { countsAsPass } from '../../evaluate/levels.js'
import type { Report, ReportFinding } from '../../evaluate/report.js'
import { isRequired } from '../annotations.js'
import { capped, name, STATUS_ICON, STRENGTH_MARK } from '../format.js'
import { type Block, textBlock } from './block.js'
import type { SummaryContext } from './context.js'

/** Practices shown in one level's cell; a 5,000-practice policy must not make one row unreadable. */
const LADDER_ROW_MAX = 200

const LEGEND =
  '<sub>✅ pass · ❌ fail · ❔ unknown (never a pass) · ➖ not applicable · ⏸ waived · 🎯 target — ' +
  'evidence: <sup>run</sup> this run · <sup>hist</sup> recent runs · <sup>def</sup> workflow files · ' +
  '<sup>att</sup> attested</sub>'

/** The level ladder: one row per level with its practices, whether it holds, and the target marked. */
export function ladder({ report, detail }: SummaryContext): Block[] {
  if (report.findings.length === 0) return [textBlock('ladder', '_No practices were evaluated._')]
  const rows = report.levels.map((level, index) => {
    const atLevel = report.findings.filter(f => f.level === level)
    const shown = detail.collapsePassing ? atLevel.filter(f => !countsAsPass(f.status)) : atLevel
    const hidden = atLevel.length - shown.length
    const items = capped(
      shown.map(f => ladderItem(report, f)),
      LADDER_ROW_MAX,
      count => `… ${count} more`
    )
    if (hidden > 0) items.push(`✅ ×${hidden}`)
    const holds = index <= report.levelIndex ? '✅' : '❌'
    const target = level === report.target ? ' 🎯' : ''
    return `| ${name(level)}${target} | ${items.join(' · ') || '–'} | ${holds} |`
  })
  const blocks: Block[] = [
    { name: 'level ladder', head: ['| level | practices | holds |', '|---|---|---|'], rows, tail: [] },
    textBlock('legend', LEGEND)
  ]
  if (detail.collapsePassing) blocks.push(passingDetails(report))
  return blocks
}

function ladderItem(report: Report, finding: ReportFinding): string {
  const practice = name(finding.practice)
  const shown = isRequired(report, finding) && !countsAsPass(finding.status) ? `**${practice}**` : practice
  const mark = STRENGTH_MARK[finding.strength]
  return `${STATUS_ICON[finding.status]} ${shown}${mark ? `<sup>${mark}</sup>` : ''}`
}

/** The passing practices of a collapsed ladder, one compact line per level. */
function passingDetails(report: Report): Block {
  const passing = report.findings.filter(f => countsAsPass(f.status))
  const rows = report.levels.flatMap(level => {
    const names = passing.filter(f => f.level === level).map(f => name(f.practice))
    return names.length > 0 ? [`- ${name(level)}: ${names.join(', ')}`] : []
  })
  return {
    name: 'passing practices',
    head: [`<details><summary>${passing.length} practices that hold</summary>`, ''],
    rows,
    tail: ['', '</details>']
  }
}
