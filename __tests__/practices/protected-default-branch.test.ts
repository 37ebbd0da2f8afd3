import { describe, it, expect } from '@jest/globals'
import type { Evidence } from '../../src/evidence/evidence.js'
import type { BranchRule } from '../../src/evidence/run-evidence.js'
import type { Status } from '../../src/core/finding.js'
import { protectedDefaultBranch } from '../../src/practices/protected-default-branch.js'
import { contextFor, evidenceFrom } from '../helpers/evidence.js'

/** The rules API shapes (`GET /repos/{o}/{r}/rules/branches/main`) as the run collector maps them. */
const PULL_REQUEST: BranchRule = {
  type: 'pull_request',
  parameters: { required_approving_review_count: 1 },
  rulesetId: 7,
  rulesetSourceType: 'Repository',
  rulesetSource: 'o/r'
}
const CHECKS: BranchRule = {
  type: 'required_status_checks',
  parameters: {
    strict_required_status_checks_policy: true,
    required_status_checks: [{ context: 'ci / test' }]
  },
  rulesetId: 7
}
const NO_CHECKS: BranchRule = { type: 'required_status_checks', parameters: { required_status_checks: [] } }
const DELETION: BranchRule = { type: 'deletion' }
/** Classic protection as `GET /repos/{o}/{r}/branches/main` shows it, mapped by the collector. */
const CLASSIC = { protected: true, requiredChecks: ['ci / test'] }
const UNPROTECTED = { protected: false, requiredChecks: [] }

const cases: Array<{
  name: string
  extra: Partial<Evidence>
  status: Status
  messageId: string
  mentions?: string[]
}> = [
  {
    name: 'pull request and status checks required',
    extra: { offline: false, rules: { branch: 'main', rules: [DELETION, PULL_REQUEST, CHECKS] } },
    status: 'pass',
    messageId: 'protected',
    mentions: ['`main`', '`ci / test`']
  },
  {
    name: 'pull request required, no status checks, no classic protection',
    extra: { offline: false, rules: { branch: 'main', rules: [PULL_REQUEST], classic: UNPROTECTED } },
    status: 'fail',
    messageId: 'unprotected',
    mentions: ['status checks', 'pull_request', 'classic protection: none']
  },
  {
    name: 'a status-check rule that lists no check requires nothing',
    extra: {
      offline: false,
      rules: { branch: 'main', rules: [PULL_REQUEST, NO_CHECKS], classic: UNPROTECTED }
    },
    status: 'fail',
    messageId: 'unprotected',
    mentions: ['status checks']
  },
  {
    name: 'only a deletion rule',
    extra: { offline: false, rules: { branch: 'trunk', rules: [DELETION], classic: UNPROTECTED } },
    status: 'fail',
    messageId: 'unprotected',
    mentions: ['`trunk`', 'a pull request or status checks']
  },
  {
    name: 'no ruleset, classic protection requiring checks',
    extra: { offline: false, rules: { branch: 'main', rules: [], classic: CLASSIC } },
    status: 'pass',
    messageId: 'classic-protected',
    mentions: ['`ci / test`']
  },
  {
    name: 'a ruleset requiring a pull request, classic protection requiring the checks',
    extra: { offline: false, rules: { branch: 'main', rules: [PULL_REQUEST], classic: CLASSIC } },
    status: 'pass',
    messageId: 'protected',
    mentions: ['`ci / test`']
  },
  {
    name: 'classic protection without required checks',
    extra: {
      offline: false,
      rules: { branch: 'main', rules: [], classic: { protected: true, requiredChecks: [] } }
    },
    status: 'fail',
    messageId: 'unprotected',
    mentions: ['on, with no required status checks']
  },
  {
    name: 'no ruleset, and classic protection not readable: unknown, offering a waiver or enabled: false',
    extra: {
      offline: false,
      rules: { branch: 'main', rules: [] },
      gaps: [{ what: 'protection', permission: 'contents: read', status: 403, reason: '403 Forbidden' }]
    },
    status: 'unknown',
    messageId: 'not-read',
    mentions: ['403 Forbidden', 'waivers:', 'enabled: false']
  },
  {
    name: 'rulesets not readable, classic protection readable and off: still unknown',
    extra: {
      offline: false,
      rules: { branch: 'main', rules: [], classic: UNPROTECTED },
      gaps: [{ what: 'rules', permission: 'metadata: read', status: 404, reason: '404 Not Found' }]
    },
    status: 'unknown',
    messageId: 'not-read'
  },
  {
    name: 'online, but the rules could not be read',
    extra: {
      offline: false,
      gaps: [{ what: 'rules', permission: 'metadata: read', status: 404, reason: '404 Not Found' }]
    },
    status: 'unknown',
    messageId: 'not-read',
    mentions: ['404 Not Found']
  },
  { name: 'offline', extra: {}, status: 'unknown', messageId: 'offline' }
]

describe('protected-default-branch', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const evidence = await evidenceFrom({}, c.extra)
    const finding = await protectedDefaultBranch.check(contextFor('protected-default-branch', evidence), {})
    expect({ status: finding.status, messageId: finding.messageId }).toEqual({
      status: c.status,
      messageId: c.messageId
    })
    for (const text of c.mentions ?? []) expect(`${finding.message}\n${finding.remediation}`).toContain(text)
    expect(finding.remediation === '').toBe(finding.status === 'pass')
  })

  it('tells an offline user how to give it a token', async () => {
    const finding = await protectedDefaultBranch.check(
      contextFor('protected-default-branch', await evidenceFrom({})),
      {}
    )
    expect(finding.remediation).toContain('GITHUB_TOKEN')
    expect(finding.remediation).toContain('GH_TOKEN')
  })
})
