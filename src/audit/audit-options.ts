import path from 'node:path'
import { parseArgs } from 'node:util'
import { InputError } from '../core/input-error.js'
import type { RepositoryFilter } from '../evidence/org-repositories.js'
import { REPORT_ARTIFACT } from '../evidence/report-artifact.js'
import { MAX_SHARDS } from './plan-shards.js'

export const AUDIT_USAGE = `Usage: maturity-gate audit --org ORG [options]            audit every repository, write the org report
       maturity-gate audit --org ORG --plan N [options]   list the repositories, print the shards (at most N)
       maturity-gate audit --org ORG --shard I/N [options] audit shard I of the planned list
       maturity-gate audit --org ORG --merge              merge the shards into the org report

  --org ORG             the organisation (GITHUB_TOKEN or GH_TOKEN: a token that may read it; GITHUB_API_URL)
  --topic T             only repositories with this topic
  --property NAME=VALUE only repositories whose custom property NAME is VALUE
  --tier-property NAME  the custom property that is a repository's tier (default: tier)
  --include-archived    audit archived repositories too (default: skipped)
  --include-forks       audit forks too (default: skipped)
  --artifact NAME       the report artifact collected (default: maturity-report)
  --policies DIR        a repository without .maturity.yml is judged by DIR/<tier>.yml, else DIR/default.yml
  --output-dir DIR      where the plan, the shards and the org report go (default: maturity-audit)
  --csv                 also write org-report.csv
`

export type AuditMode =
  | { kind: 'all' }
  | { kind: 'plan'; shards: number }
  | { kind: 'shard'; shard: number; of: number }
  | { kind: 'merge' }

export interface AuditOptions {
  org: string
  mode: AuditMode
  filter: RepositoryFilter
  artifact: string
  policies: string | undefined
  outputDir: string
  csv: boolean
}

/** argv after `audit` → options; InputError naming the option and the values it allows. */
export function parseAuditArgs(argv: string[], cwd: string): AuditOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      topic: { type: 'string' },
      property: { type: 'string' },
      'tier-property': { type: 'string' },
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      artifact: { type: 'string' },
      policies: { type: 'string' },
      'output-dir': { type: 'string' },
      csv: { type: 'boolean' },
      plan: { type: 'string' },
      shard: { type: 'string' },
      merge: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return 'help'
  if (positionals.length > 0) throw new InputError(`audit takes no operand; found '${positionals[0]}'`, '')
  if (!values.org || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(values.org)) {
    throw new InputError(
      'audit needs --org with an organisation login (letters, digits, hyphens)',
      values.org ?? ''
    )
  }
  return {
    org: values.org,
    mode: modeOf(values.plan, values.shard, values.merge === true),
    filter: {
      topic: values.topic,
      property: values.property === undefined ? undefined : propertyOf(values.property),
      includeArchived: values['include-archived'] === true,
      includeForks: values['include-forks'] === true,
      tierProperty: values['tier-property'] ?? 'tier'
    },
    artifact: values.artifact ?? REPORT_ARTIFACT,
    policies: values.policies === undefined ? undefined : path.resolve(cwd, values.policies),
    outputDir: path.resolve(cwd, values['output-dir'] ?? 'maturity-audit'),
    csv: values.csv === true
  }
}

function modeOf(plan: string | undefined, shard: string | undefined, merge: boolean): AuditMode {
  if ([plan !== undefined, shard !== undefined, merge].filter(Boolean).length > 1) {
    throw new InputError('--plan, --shard and --merge are steps of their own: give at most one', '')
  }
  if (plan !== undefined) {
    const shards = Number(plan)
    if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) {
      throw new InputError(`--plan is '${plan}'; expected a whole number from 1 to ${MAX_SHARDS}`, plan)
    }
    return { kind: 'plan', shards }
  }
  if (shard !== undefined) {
    const [, index, of] = /^(\d+)\/(\d+)$/.exec(shard) ?? []
    const mode = { kind: 'shard', shard: Number(index), of: Number(of) } as const
    if (
      index === undefined ||
      mode.of < 1 ||
      mode.of > MAX_SHARDS ||
      mode.shard < 1 ||
      mode.shard > mode.of
    ) {
      throw new InputError(
        `--shard is '${shard}'; expected I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, such as 2/5`,
        shard
      )
    }
    return mode
  }
  return merge ? { kind: 'merge' } : { kind: 'all' }
}

function propertyOf(text: string): { name: string; value: string } {
  const at = text.indexOf('=')
  if (at <= 0)
    throw new InputError(`--property is '${text}'; expected NAME=VALUE, such as tier=critical`, text)
  return { name: text.slice(0, at), value: text.slice(at + 1) }
}
