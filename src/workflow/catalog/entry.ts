import type { Purpose } from './purpose.js'

/**
 * What commands, actions and job/step names mean (design §3): data only, so that it can grow and be tested
 * on real workflows without touching the practices that read it.
 *
 * Three kinds of entry:
 * - `run`: a regex over one shell command, as resolved by src/workflow/script-resolution.ts (so `npm test`
 *   and the `jest` its package.json script runs are both commands);
 * - `uses`: a picomatch glob over `owner/repo[/path]` of an action or reusable workflow (the `@ref` is
 *   ignored, case-insensitive), optionally narrowed by its `with:` inputs;
 * - `name`: a regex over a job id/name, step name/id or reusable workflow file name, normalised by
 *   `normaliseName` (lower case, `_-./` as spaces, expressions removed).
 *
 * Regexes are token-bounded (see command-pattern.ts) so that `--test` is not `latest` and `npm run test:lint`
 * is not `npm test`. Precision beats recall: an unknown command is "no evidence", which the practices report
 * as a near-miss, while a wrong match is a false pass.
 *
 * Every entry carries realistic examples that __tests__/workflow/catalog/examples.test.ts classifies back to
 * it, so a pattern that stops matching what it was written for fails a test instead of going quiet.
 */

export interface RunEntry {
  kind: 'run'
  id: string
  purpose: Purpose
  /** `run:` lines this entry recognises. */
  examples: readonly string[]
  pattern: RegExp
}

/** A `uses:` value, with the inputs an entry narrowed by `with:` needs to recognise it. */
export type UsesExample = string | { uses: string; with: Record<string, string> }

export interface UsesEntry {
  kind: 'uses'
  id: string
  purpose: Purpose
  /** Steps' or jobs' `uses:` this entry recognises. */
  examples: readonly UsesExample[]
  /** picomatch glob over `owner/repo[/path]`, matched case-insensitively. */
  pattern: string
  /** Every listed input must be present and match. */
  with?: Record<string, RegExp>
  /** No listed input may match (an absent input does not match). */
  withNot?: Record<string, RegExp>
}

export interface NameEntry {
  kind: 'name'
  id: string
  purpose: Purpose
  /** Job or step names this entry recognises. */
  examples: readonly string[]
  pattern: RegExp
  /** A name that also matches this is not evidence (`Record deployment to New Relic` is no deploy). */
  unless?: RegExp
  /**
   * The entry names a result (`Upload coverage report`, `Archive test results`), so it reads the whole name;
   * other entries read it without purpose words used as modifiers (see classify-step.ts `headWords`).
   */
  result?: true
}

export type CatalogEntry = RunEntry | UsesEntry | NameEntry

export const run = (
  id: string,
  purpose: Purpose,
  examples: readonly string[],
  pattern: RegExp
): RunEntry => ({
  kind: 'run',
  id,
  purpose,
  examples,
  pattern
})

export const uses = (
  id: string,
  purpose: Purpose,
  examples: readonly UsesExample[],
  pattern = id,
  conditions: Pick<UsesEntry, 'with' | 'withNot'> = {}
): UsesEntry => ({ kind: 'uses', id, purpose, examples, pattern, ...conditions })

export const name = (
  id: string,
  purpose: Purpose,
  examples: readonly string[],
  pattern: RegExp,
  unless?: RegExp,
  result = false
): NameEntry => ({
  kind: 'name',
  id,
  purpose,
  examples,
  pattern,
  ...(unless ? { unless } : {}),
  ...(result ? { result: true } : {})
})
