import { codeOwnersOf } from './codeowners.js'
import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'

/** How the base commit's policy says a weakening is approved (`policy-changes:`), with what it needs read. */
export interface ApprovalRule {
  approveLabel?: string
  codeowners: boolean
  /** The policy file whose CODEOWNERS owners may approve. */
  policyPath: string
  /** CODEOWNERS as it is at the base commit (a pull request must not name its own approvers); absent if none. */
  codeownersText?: string
}

/** The pull request under review, or — on the push of a merge — the commit it was merged as. */
export type ReviewTarget = { pullRequest: number } | { mergeCommit: string }

export type PolicyApproval = { approved: true; how: string } | { approved: false; reason: string }

interface PullRequest {
  number: number
  labels: Array<{ name?: string }>
  head: { sha: string }
  merged_at?: string | null
  merge_commit_sha?: string | null
}

interface Review {
  user: { login: string } | null
  state: string
  commit_id: string
}

/** Reviews beyond this many on one pull request are not read; an approval is rarely past the first hundred. */
const PER_PAGE = 100

/**
 * Whether a change that weakens the policy was approved the way the policy names (docs/policy.md#approving-a-policy-change):
 * the pull request carries the approve label, or a CODEOWNERS owner of the policy file approved it at its
 * head commit (an approval of an earlier commit does not cover what was pushed after it). Read from the
 * REST API; an answer that cannot be read is "not approved", with the reason, never an approval.
 */
export async function readPolicyApproval(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  target: ReviewTarget,
  rule: ApprovalRule
): Promise<PolicyApproval> {
  try {
    const pull = await pullRequestOf(client, repository, target)
    if (pull === undefined) return { approved: false, reason: 'no merged pull request has this commit' }
    const label = rule.approveLabel
    if (label !== undefined && pull.labels.some(l => l.name === label)) {
      return { approved: true, how: `label ${label} on #${pull.number}` }
    }
    const reasons = label === undefined ? [] : [`no label ${label} on #${pull.number}`]
    if (rule.codeowners) {
      const byOwner = await ownerApproval(client, repository, pull, rule)
      if (byOwner.approved) return byOwner
      reasons.push(byOwner.reason)
    }
    return { approved: false, reason: reasons.join('; ') }
  } catch (error) {
    const { status } = error as { status?: number }
    const permission = 'pull-requests: read'
    return {
      approved: false,
      reason: `the pull request could not be read (${status ?? 'no answer'}: ${githubMessage(error)}; needs ${permission})`
    }
  }
}

async function pullRequestOf(
  client: GitHubClient,
  { owner, repo }: { owner: string; repo: string },
  target: ReviewTarget
): Promise<PullRequest | undefined> {
  if ('pullRequest' in target) {
    const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner,
      repo,
      pull_number: target.pullRequest
    })
    return response.data
  }
  const response = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner,
    repo,
    commit_sha: target.mergeCommit
  })
  const pulls = response.data as PullRequest[]
  const merged = pulls.filter(pull => pull.merged_at)
  return merged.find(pull => pull.merge_commit_sha === target.mergeCommit) ?? merged[0]
}

async function ownerApproval(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pull: PullRequest,
  rule: ApprovalRule
): Promise<PolicyApproval> {
  const owners = rule.codeownersText === undefined ? [] : codeOwnersOf(rule.codeownersText, rule.policyPath)
  if (owners.length === 0) {
    const why =
      rule.codeownersText === undefined
        ? 'there is no CODEOWNERS file'
        : `CODEOWNERS names no owner of ${rule.policyPath}`
    return { approved: false, reason: `${why} at the base commit` }
  }
  const approvers = await approversAtHead(client, repository, pull)
  const whose = `${owners.join(' ')}, CODEOWNERS of ${rule.policyPath}`
  const unread = new Set<string>()
  for (const login of approvers) {
    const owner = await ownerFor(client, login, owners, unread)
    if (owner !== undefined) {
      const as = owner.toLowerCase() === `@${login.toLowerCase()}` ? '' : ` (in ${owner})`
      return {
        approved: true,
        how: `approved by @${login}${as}, a CODEOWNERS owner of ${rule.policyPath}, on #${pull.number}`
      }
    }
  }
  const teams =
    unread.size === 0
      ? ''
      : ` (the membership of ${[...unread].join(', ')} could not be read: the token needs members: read, as a GitHub App token can have)`
  return {
    approved: false,
    reason: `no approving review of the head commit of #${pull.number} by ${whose}${teams}`
  }
}

/** Logins whose latest review approves the pull request's head commit. */
async function approversAtHead(
  client: GitHubClient,
  { owner, repo }: { owner: string; repo: string },
  pull: PullRequest
): Promise<string[]> {
  // Every page: a long-reviewed pull request's approval of its head commit is among its latest reviews.
  const reviews = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    owner,
    repo,
    pull_number: pull.number,
    per_page: PER_PAGE
  })) as Review[]
  const latest = new Map<string, Review>()
  for (const review of reviews) {
    // Comments do not change a reviewer's verdict; the latest approval or change request does.
    if (review.user && review.state !== 'COMMENTED') latest.set(review.user.login, review)
  }
  return [...latest.values()]
    .filter(review => review.state === 'APPROVED' && review.commit_id === pull.head.sha)
    .map(review => review.user?.login ?? '')
}

/** The owner entry that covers `login`: `@login` itself, or a team (`@org/team`) the login is an active member of. */
async function ownerFor(
  client: GitHubClient,
  login: string,
  owners: readonly string[],
  unread: Set<string>
): Promise<string | undefined> {
  const direct = owners.find(owner => owner.toLowerCase() === `@${login.toLowerCase()}`)
  if (direct !== undefined) return direct
  for (const owner of owners) {
    const team = /^@([^/\s]+)\/(\S+)$/.exec(owner)
    if (!team) continue
    const member = await isTeamMember(client, team[1] ?? '', team[2] ?? '', login)
    if (member === undefined) unread.add(owner)
    if (member === true) return owner
  }
  return undefined
}

/**
 * An active member or not; undefined when the token cannot tell (GITHUB_TOKEN has no `members: read`), which
 * the reason then says. GitHub answers 404 both for "not a member" and for "may not see the team".
 */
async function isTeamMember(
  client: GitHubClient,
  org: string,
  team: string,
  login: string
): Promise<boolean | undefined> {
  try {
    const response = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org,
      team_slug: team,
      username: login
    })
    return (response.data as { state?: string }).state === 'active'
  } catch {
    return undefined
  }
}
