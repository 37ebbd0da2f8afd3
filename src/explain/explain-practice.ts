import path from 'node:path'
import { practices, practicesById } from '../practices/index.js'
import { whatPasses } from '../practices/docs/what-passes.js'
import { suggest } from '../policy/suggest.js'
import { findingText } from './finding-text.js'
import { judgedFinding } from './judged-finding.js'
import { practiceMeaning } from './practice-meaning.js'

export interface ExplainOptions {
  /** The practice id asked about. */
  practice: string
  /** Absolute path of the repository root. */
  root: string
  /** The policy file relative to root, and whether `--policy` named it (then it must exist). */
  policy: { path: string; given: boolean }
}

export interface ExplainIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

/**
 * Prints what a built-in practice means, what evidence passes it (the block docs/practices.md has), and what
 * it matched in the repository and why. `unknown` (nothing printed on stdout) for an id no practice has.
 */
export async function explainPractice(
  options: ExplainOptions,
  io: ExplainIo
): Promise<'explained' | 'unknown'> {
  const practice = practicesById.get(options.practice)
  if (!practice) {
    io.stderr(`maturity-gate: ${unknownPractice(options.practice)}\n`)
    return 'unknown'
  }
  const { finding, basis } = await judgedFinding(options.root, options.policy, practice)
  const dir = path.relative(io.cwd, options.root) || '.'
  const verdict = finding ? findingText(finding) : 'not judged\n'
  io.stdout(
    [
      practiceMeaning(practice),
      whatPasses(practice),
      `#### In ${dir} (${basis}; offline: workflow files and the workspace only)\n`,
      verdict
    ].join('\n')
  )
  return 'explained'
}

function unknownPractice(id: string): string {
  const ids = practices.map(p => p.meta.id)
  const near = suggest(id, ids)
  return near
    ? `no built-in practice '${id}'; did you mean ${near}?`
    : `no built-in practice '${id}'; the built-in practices are: ${ids.join(', ')}`
}
