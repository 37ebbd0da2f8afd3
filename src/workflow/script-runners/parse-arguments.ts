/** Flags (`--x=v`, `--x v` for value flags, bare `-x`) and the other words; `VAR=value` words are dropped. */
export function parseArguments(
  rest: readonly string[],
  valueFlags: ReadonlySet<string>
): { flags: Map<string, string>; args: string[] } {
  const flags = new Map<string, string>()
  const args: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--') break
    const eq = /^(-{1,2}[\w-]+)=(.*)$/s.exec(arg)
    if (eq) flags.set(eq[1] ?? '', eq[2] ?? '')
    else if (valueFlags.has(arg) && i + 1 < rest.length) flags.set(arg, rest[++i] ?? '')
    else if (arg.startsWith('-')) flags.set(arg, '')
    else if (!/^\w+=/.test(arg)) args.push(arg)
  }
  return { flags, args }
}
