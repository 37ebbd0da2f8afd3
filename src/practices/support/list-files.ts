/** At most three file names, then a count: enough to find them, short enough for a message. */
export function listFiles(files: readonly string[]): string {
  const names = files.slice(0, 3).map(file => `\`${file}\``)
  return files.length > 3 ? `${names.join(', ')} and ${files.length - 3} more` : names.join(', ')
}
