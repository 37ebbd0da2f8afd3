import { findingFor } from '../checks/finding-for.js'
import type { CheckContext } from '../checks/check.js'
import type { BranchRule, BranchRules, RunGap } from '../evidence/run-evidence.js'
import { requiredChecks } from '../evidence/required-checks.js'
import { definePractice } from './define-practice.js'
import { permissionHint } from '../evidence/permission-hint.js'

const messages = {
  protected: '`{branch}` requires a pull request and status checks ({checks})',
  'classic-protected': 'classic branch protection on `{branch}` requires status checks ({checks})',
  unprotected: 'nothing on `{branch}` requires {missing} (rulesets: {rules}; classic protection: {classic})',
  'not-read': 'the protection of the default branch was not read: {reason}',
  offline:
    'unknown (needs the GitHub API): the default branch rules and protection are read from the GitHub API, and this run is offline'
}

const PROTECT_ADVICE =
  'Require a pull request and status checks (this gate among them) on the default branch: a ruleset (Settings → Rules → Rulesets) or classic branch protection with required status checks (Settings → Branches).'

/** What a person can do when the protection cannot be read, besides fixing the token. */
const WAIVE_OR_DISABLE =
  'waive `protected-default-branch` in `waivers:` with that reason and an expiry, or turn it off with `practices: { protected-default-branch: { enabled: false } }`.'

export const protectedDefaultBranch = definePractice({
  meta: {
    id: 'protected-default-branch',
    title: 'Protected default branch',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Culture & Organization: changes reach the mainline only through review and a green pipeline, a shared rule rather than a habit.',
    messages,
    options: {},
    needsApi: true
  },
  check(context) {
    const { evidence } = context
    if (evidence.offline) {
      return findingFor(context, messages, 'offline', {
        status: 'unknown',
        strength: 'none',
        evidence: [],
        locations: [],
        remediation: `Run with a token: in the action, keep the default \`GITHUB_TOKEN\`; on the command line, set \`GITHUB_TOKEN\` or \`GH_TOKEN\` (with \`--repo owner/name\` when there is no \`origin\` remote). Where no token can be given, ${WAIVE_OR_DISABLE}`
      })
    }
    const gaps = evidence.gaps.filter(gap => gap.what === 'rules' || gap.what === 'protection')
    const rules = evidence.rules
    if (!rules) return notRead(context, gaps)
    return judge(context, rules, gaps)
  }
})

/** Rulesets and classic protection together: either may require the checks; only rulesets show a pull request. */
function judge(context: CheckContext, rules: BranchRules, gaps: RunGap[]) {
  const pullRequest = rules.rules.some(rule => rule.type === 'pull_request')
  const rulesetChecks = requiredChecks(rules.rules)
  const classicChecks = rules.classic?.protected ? rules.classic.requiredChecks : []
  const checks = [...new Set([...rulesetChecks, ...classicChecks])]
  const evidence = [
    ...rules.rules.map(rule => ({ kind: 'note' as const, text: describeRule(rule) })),
    ...(rules.classic ? [{ kind: 'note' as const, text: describeClassic(rules.classic) }] : [])
  ]
  const data = { branch: rules.branch, checks: checks.map(c => `\`${c}\``).join(', ') }
  if (pullRequest && checks.length > 0) {
    return findingFor(context, messages, 'protected', {
      status: 'pass',
      strength: 'run',
      data,
      evidence,
      locations: [],
      remediation: ''
    })
  }
  // Required checks block any commit that has not passed them, pushed or merged: the pipeline guards the branch.
  if (classicChecks.length > 0) {
    return findingFor(context, messages, 'classic-protected', {
      status: 'pass',
      strength: 'run',
      data: { ...data, checks: classicChecks.map(c => `\`${c}\``).join(', ') },
      evidence: [
        ...evidence,
        {
          kind: 'note',
          text: 'whether classic protection also requires a pull request review is visible only to an admin token'
        }
      ],
      locations: [],
      remediation: ''
    })
  }
  if (gaps.length > 0) return notRead(context, gaps, rules.branch)
  const missing = [...(pullRequest ? [] : ['a pull request']), 'status checks']
  return findingFor(context, messages, 'unprotected', {
    status: 'fail',
    strength: 'run',
    data: {
      branch: rules.branch,
      missing: missing.join(' or '),
      rules: rules.rules.length === 0 ? 'none' : [...new Set(rules.rules.map(rule => rule.type))].join(', '),
      classic: rules.classic ? describeClassic(rules.classic) : 'not read'
    },
    evidence,
    locations: [],
    remediation: PROTECT_ADVICE
  })
}

/** The reasons of every unread part in one finding, so the run warns once rather than once per request. */
function notRead(context: CheckContext, gaps: RunGap[], branch?: string) {
  const reason = gaps.length === 0 ? 'the API gave no answer for it' : gaps.map(gap => gap.reason).join('; ')
  const fixes = [...new Set(gaps.map(gap => permissionHint(gap)))]
  return findingFor(context, messages, 'not-read', {
    status: 'unknown',
    strength: 'none',
    data: { reason: branch ? `${reason} (branch \`${branch}\`)` : reason },
    evidence: [],
    locations: [],
    remediation: [
      ...fixes,
      `If the branch is protected in a way this token cannot see, ${WAIVE_OR_DISABLE}`
    ].join(' ')
  })
}

function describeRule(rule: BranchRule): string {
  const source = rule.rulesetSource
    ? ` from ${rule.rulesetSourceType ?? 'ruleset'} ${rule.rulesetSource}`
    : ''
  return `rule \`${rule.type}\`${rule.rulesetId !== undefined ? ` (ruleset ${rule.rulesetId}${source})` : ''}`
}

function describeClassic(classic: NonNullable<BranchRules['classic']>): string {
  if (!classic.protected) return 'none'
  if (classic.requiredChecks.length === 0) return 'on, with no required status checks'
  return `on, requiring ${classic.requiredChecks.map(c => `\`${c}\``).join(', ')}`
}
