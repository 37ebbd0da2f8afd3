import picomatch from 'picomatch'
import type { Trigger } from '../../workflow/model.js'

/**
 * Whether a `push` trigger fires for a push to `branch`, by GitHub's filter rules: `branches` patterns are
 * read in order and a later `!pattern` excludes what an earlier one included; `branches-ignore` excludes;
 * a trigger that filters only `tags` never fires for a branch.
 */
export function pushReachesBranch(trigger: Trigger, branch: string): boolean {
  if (trigger.event !== 'push') return false
  if (trigger.branches.length > 0) return lastMatchIncludes(trigger.branches, branch)
  if (trigger.branchesIgnore.length > 0) return !trigger.branchesIgnore.some(p => globMatches(p, branch))
  return trigger.tags.length === 0
}

function lastMatchIncludes(patterns: readonly string[], branch: string): boolean {
  let included = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    if (globMatches(negated ? pattern.slice(1) : pattern, branch)) included = !negated
  }
  return included
}

/** GitHub's filter globs: `*` stops at `/`, `**` does not — picomatch's reading. */
function globMatches(pattern: string, branch: string): boolean {
  return picomatch.isMatch(branch, pattern, { dot: true })
}
