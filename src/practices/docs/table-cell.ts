/** A pipe inside a table cell ends the cell, even within a code span, unless it is escaped. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
