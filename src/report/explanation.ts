import { countsAsPass } from '../evaluate/levels.js'
import type { Report } from '../evaluate/report.js'
import { regressionParts } from '../evaluate/regression-parts.js'
import { isRequired } from './annotations.js'
import { escapeMarkdown, truncate } from './escape.js'
import { capitalise, name, nameList, plural, shortSha } from './format.js'

/**
 * One or two sentences saying why, in the words a reviewer would use; shared by the job summary and the PR
 * comment.
 */
export function explanation(report: Report): string {
  const target = report.levels.indexOf(report.target)
  const required = report.findings.filter(f => isRequired(report, f) && !countsAsPass(f.status))
  // Practices above the staged target are required only by a category target: named with that target.
  const blockers = required.filter(f => report.levels.indexOf(f.level) <= target)
  const byCategory = required.filter(f => report.levels.indexOf(f.level) > target)
  const unknown = required.filter(f => f.status === 'unknown').length
  const fatal = regressionParts(report.regressions.filter(r => r.severity === 'error'))
  const weakened = report.policyChanges.filter(c => c.kind === 'weakened' && c.severity === 'error').length
  const parts: string[] = []
  if (report.evidence.onlyApiMissing) {
    // Not a shortfall of the pipeline: say what would be judged with a token instead of listing blockers.
    parts.push(escapeMarkdown(truncate(report.reason, 500)))
  } else if (blockers.length > 0) {
    parts.push(
      `${plural(blockers.length, 'practice stands', 'practices stand')} between it and ` +
        `**${name(report.target)}**: ${nameList(blockers.map(f => f.practice))}` +
        (unknown > 0 ? ` (${unknown} could not be checked, and unknown never counts as a pass)` : '')
    )
  } else if (report.passed) {
    parts.push(`every practice required for **${name(report.target)}** holds`)
  }
  if (byCategory.length > 0) {
    const named = byCategory.map(
      f => `${name(f.practice)} (${name(f.category)} → ${name(report.targets[f.category] ?? '')})`
    )
    parts.push(`category targets also require ${named.join(', ')}`)
  }
  if (fatal.length > 0) parts.push(`against the base commit, ${fatal.join(' and ')}`)
  if (weakened > 0) parts.push(`this change weakens the policy (${plural(weakened, 'change', 'changes')})`)
  if (parts.length === 0) parts.push(escapeMarkdown(truncate(report.reason, 500)))
  const advise = !report.passed && report.mode === 'advise' ? ' Advise mode: the check does not fail.' : ''
  const sentence = parts.join('; ')
  return `${capitalise(sentence)}.${baseSentence(report)}${advise}`
}

/** Never a silent "no regressions": say whether the base was compared, and if not, why. */
function baseSentence(report: Report): string {
  const { base } = report
  if (base.status === 'compared') {
    return report.regressions.length === 0
      ? ` No regression against the base commit${shortSha(base.sha)}.`
      : ''
  }
  if (base.status === 'unknown') {
    return ` Regressions could not be checked: ${escapeMarkdown(truncate(base.reason, 300))}.`
  }
  return ''
}
