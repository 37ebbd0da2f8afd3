import type { RunGap } from './run-evidence.js'

/**
 * The fix for a run-evidence gap, shared by annotations and the summary. Only a refusal (401/403/404) is a
 * matter of permissions, and `metadata: read` is not a `permissions:` key at all — every token has it.
 */
export function permissionHint(gap: Pick<RunGap, 'permission' | 'status' | 'fix'>): string {
  if (gap.fix) return gap.fix
  if (gap.status === undefined || gap.status >= 500 || gap.status === 429) {
    return 'GitHub could not be reached or did not answer in time; re-run the job (the gate never passes on it meanwhile).'
  }
  if (gap.permission === 'metadata: read') {
    return 'Every token can read metadata: check that rulesets are available for this repository and that the token can see it.'
  }
  return `Grant \`${gap.permission}\` in the workflow's or job's \`permissions:\`.`
}
