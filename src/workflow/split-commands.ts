/**
 * A shell script as the simple commands it runs, so that each can be classified and followed on its own:
 * `cd web && FOO=1 make test | tee log` runs `cd web` and `make test` (and `tee log`).
 */

/** Simple commands of a script: lines, `&&`/`||`/`;`/`|`/`&` lists, with keywords, prefixes and heredoc bodies removed. */
export function splitCommands(script: string): string[] {
  const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)
  const commands: string[] = []
  let heredoc: string | undefined
  for (const line of lines) {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined
      continue
    }
    heredoc = /(?<!<)<<(?!<)-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(line)?.[2]
    for (const segment of splitLine(line)) {
      // `report=$(dvc exp diff main)` runs `dvc exp diff main` even though the line is an assignment.
      commands.push(...substitutions(segment).flatMap(splitCommands))
      const command = stripPrefixes(segment)
      if (command) commands.push(command)
    }
  }
  return commands
}

/** Bodies of the outermost `$( … )` in a segment (not `$(( … ))` arithmetic), quotes respected. */
function substitutions(segment: string): string[] {
  const bodies: string[] = []
  let quote: string | undefined
  let depth = 0
  let start = 0
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (quote === "'") {
      if (c === quote) quote = undefined
    } else if (c === "'" && depth === 0 && quote === undefined) quote = c
    else if (c === '$' && segment[i + 1] === '(' && segment[i + 2] !== '(') {
      if (depth++ === 0) start = i + 2
      i++
    } else if (c === ')' && depth > 0 && --depth === 0) bodies.push(segment.slice(start, i))
  }
  return bodies
}

/** Splits one line on list operators outside quotes, `$(...)` and backticks; drops a trailing comment. */
function splitLine(line: string): string[] {
  const segments: string[] = []
  let current = ''
  let quote: string | undefined
  let depth = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i)
    if (quote) {
      if (c === '\\' && quote === '"') {
        current += c + (line[++i] ?? '')
        continue
      }
      if (c === quote) quote = undefined
      current += c
      continue
    }
    if (c === '$' && line.startsWith('${{', i)) {
      // A workflow expression is text: its `||` and `&&` are not shell operators.
      const end = line.indexOf('}}', i)
      const stop = end === -1 ? line.length : end + 2
      current += line.slice(i, stop)
      i = stop - 1
      continue
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c
      current += c
      continue
    }
    if (c === '$' && line[i + 1] === '(') depth++
    else if (c === ')' && depth > 0) depth--
    else if (depth === 0 && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break
    else if (
      depth === 0 &&
      (c === ';' || c === '|' || (c === '&' && line[i + 1] !== '>' && line[i - 1] !== '>'))
    ) {
      segments.push(current)
      current = ''
      if ((c === '|' || c === '&') && line[i + 1] === c) i++
      continue
    }
    current += c
  }
  segments.push(current)
  return segments
}

const KEYWORD = /^(?:if|then|else|elif|do|while|until|!|\{|\}|time|exec|nohup|command|builtin)(?:\s+|$)/
const NOT_A_COMMAND =
  /^(?:(?:fi|done|esac)(?![\w.-])|;;|\}|\)|for\s|case\s|select\s|function\s|\[\[?\s|[A-Za-z_]\w*\s*\(\s*\))/
// A workflow expression is one value even with spaces inside: `ENABLE_DATAFLOW=${{ env.ENABLE_DATAFLOW }} tfx run create`.
const ASSIGNMENT = /^[A-Za-z_]\w*=(?:'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s'"$]|\$(?!\{\{))*)\s+/
const ASSIGNMENT_ONLY =
  /^(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)*)?[A-Za-z_]\w*=(?:\$\(.*\)|'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s$]|\$(?!\{\{))*)$/
const SUDO = /^sudo(?:\s+-\S+)*\s+/
const ENV = /^env(?:\s+-\S+)*\s+/

/** `FOO=1 sudo -E env BAR=2 make test` is `make test`: prefixes change how, not what, a command runs. */
function stripPrefixes(segment: string): string | undefined {
  let command = segment.trim()
  if (ASSIGNMENT_ONLY.test(command)) return undefined
  for (let previous = ''; previous !== command;) {
    previous = command
    command = command
      .replace(KEYWORD, '')
      .replace(ASSIGNMENT, '')
      .replace(SUDO, '')
      .replace(ENV, '')
      .replace(/^\((?!\()\s*/, '')
      .trim()
    command = dropUnbalancedClose(command)
  }
  if (command === '' || NOT_A_COMMAND.test(command)) return undefined
  return command
}

/** The `)` of `(cd web && make)` or the `}` of `{ a; b; }` ends a group, not the command. */
function dropUnbalancedClose(command: string): string {
  const last = command.at(-1)
  const open = last === ')' ? '(' : last === '}' ? '{' : undefined
  if (!open) return command
  const count = (c: string): number => command.split(c).length - 1
  return count(open) < count(last as string) ? command.slice(0, -1).trim() : command
}
