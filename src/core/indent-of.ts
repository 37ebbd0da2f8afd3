/** How many whitespace characters a line starts with: its indent, for the readers that go by indentation. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length
}
