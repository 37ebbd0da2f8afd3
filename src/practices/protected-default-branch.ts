import { findingFor } from '../checks/finding-for.js'
import type { BranchRule } from '../evidence/run-evidence.js'
import { definePractice } from './define-practice.js'
import { permissionHint } from '../evidence/permission-hint.js'

const messages = {
  protected: '`{branch}` requires a pull request and status checks ({checks})',
  unprotected: 'the rules on `{branch}` do not require {missing} (active rules: {rules})',
  'no-rulesets':
    'no ruleset applies to `{branch}`; classic branch protection is not read, so whether it requires pull requests and status checks is unknown',
  'not-read': 'the default branch rules were not read: {reason}',
  offline: 'the default branch rules were not read: no GitHub token (offline)'
}

const RULESET_ADVICE =
  'Protect the default branch with a ruleset that requires a pull request and required status checks (Settings → Rules → Rulesets); rulesets are what the rules API shows.'

export const protectedDefaultBranch = definePractice({
  meta: {
    id: 'protected-default-branch',
    title: 'Protected default branch',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Culture & Organization: changes reach the mainline only through review and a green pipeline, a shared rule rather than a habit.',
    messages,
    options: {}
  },
  check(context) {
    const { evidence } = context
    if (evidence.offline) {
      return findingFor(context, messages, 'offline', {
        status: 'unknown',
        strength: 'none',
        evidence: [],
        locations: [],
        remediation:
          'Run with a token: in the action, keep the default `GITHUB_TOKEN`; on the command line, set `GITHUB_TOKEN` or `GH_TOKEN` (with `--repo owner/name` when there is no `origin` remote).'
      })
    }
    const rules = evidence.rules
    if (!rules) {
      const gap = evidence.gaps.find(g => g.what === 'rules')
      return findingFor(context, messages, 'not-read', {
        status: 'unknown',
        strength: 'none',
        data: { reason: gap?.reason ?? 'the API gave no answer for them' },
        evidence: [],
        locations: [],
        remediation: gap
          ? permissionHint(gap)
          : 'Run with a token that can read the repository, so the rules API can be asked.'
      })
    }
    const data = { branch: rules.branch }
    if (rules.rules.length === 0) {
      return findingFor(context, messages, 'no-rulesets', {
        status: 'unknown',
        strength: 'run',
        data,
        evidence: [],
        locations: [],
        remediation: RULESET_ADVICE
      })
    }
    const pullRequest = rules.rules.some(rule => rule.type === 'pull_request')
    const checks = rules.rules.flatMap(requiredChecks)
    const statusChecks = rules.rules.some(rule => rule.type === 'required_status_checks') && checks.length > 0
    const evidenceItems = rules.rules.map(rule => ({ kind: 'note' as const, text: describeRule(rule) }))
    if (pullRequest && statusChecks) {
      return findingFor(context, messages, 'protected', {
        status: 'pass',
        strength: 'run',
        data: { ...data, checks: checks.map(c => `\`${c}\``).join(', ') },
        evidence: evidenceItems,
        locations: [],
        remediation: ''
      })
    }
    const missing = [...(pullRequest ? [] : ['a pull request']), ...(statusChecks ? [] : ['status checks'])]
    return findingFor(context, messages, 'unprotected', {
      status: 'fail',
      strength: 'run',
      data: {
        ...data,
        missing: missing.join(' or '),
        rules: [...new Set(rules.rules.map(rule => rule.type))].join(', ')
      },
      evidence: evidenceItems,
      locations: [],
      remediation: `Add ${missing.join(' and ')} to a ruleset targeting \`${rules.branch}\`${statusChecks ? '' : ' (name the CI checks that must pass, this gate among them)'}.`
    })
  }
})

/** The contexts a `required_status_checks` rule lists (`parameters.required_status_checks[].context`). */
function requiredChecks(rule: BranchRule): string[] {
  if (rule.type !== 'required_status_checks') return []
  const listed = rule.parameters?.required_status_checks
  if (!Array.isArray(listed)) return []
  return listed.flatMap(item =>
    typeof item === 'object' && item !== null && typeof (item as { context?: unknown }).context === 'string'
      ? [(item as { context: string }).context]
      : []
  )
}

function describeRule(rule: BranchRule): string {
  const source = rule.rulesetSource
    ? ` from ${rule.rulesetSourceType ?? 'ruleset'} ${rule.rulesetSource}`
    : ''
  return `rule \`${rule.type}\`${rule.rulesetId !== undefined ? ` (ruleset ${rule.rulesetId}${source})` : ''}`
}
