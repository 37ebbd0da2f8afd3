/**
 * What a "no report found" message adds when the only matches were committed files (ReportSearch.committed):
 * the user sees the files they expected and why they did not count. Empty when there were none.
 */
export function committedReportsNote(committed: readonly string[], shown = 3): string {
  if (committed.length === 0) return ''
  const one = committed.length === 1
  const names = committed.slice(0, shown).join(', ')
  const more = committed.length > shown ? ` and ${committed.length - shown} more` : ''
  const files = one ? 'file matching them is' : `${committed.length} files matching them are`
  return `; the ${files} committed unchanged (${names}${more}): no run wrote ${one ? 'it' : 'them'}, and ${one ? 'it was' : 'they were'} not read`
}
