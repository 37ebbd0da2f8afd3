/**
 * Shell words with quotes removed; good enough to read runner flags and target names. A workflow expression is
 * part of its word even with spaces inside (`--project ${{ inputs.project }}` is one flag and one value).
 */
export function shellWords(command: string): string[] {
  return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s$]|\$(?!\{\{))+/g) ?? []).map(w =>
    w.replace(/^(['"])(.*)\1$/s, '$2')
  )
}
