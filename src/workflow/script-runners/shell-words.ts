/** Shell words with quotes removed; good enough to read runner flags and target names. */
export function shellWords(command: string): string[] {
  return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map(w => w.replace(/^(['"])(.*)\1$/s, '$2'))
}
