/** What a caught value says: its message when it is an Error, else the value itself (code may throw anything). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
