/**
 * Recorded shapes of the GitHub REST responses the gate reads (api.github.com, version 2022-11-28; fields as
 * in the OpenAPI description github/rest-api-description and @octokit/openapi-types). Values are made up;
 * field names, nesting and types are the real ones, including the fields the gate ignores.
 */

const API = 'https://api.github.com'

export interface JobSpec {
  id: number
  name: string
  status?: string
  conclusion?: string | null
  startedAt?: string
  completedAt?: string | null
  steps?: Array<{ name: string; conclusion?: string | null; startedAt?: string; completedAt?: string }>
}

/** `GET /repos/{o}/{r}/actions/runs/{run_id}` (schema `workflow-run`, abridged nested objects). */
export function workflowRunShape(o: {
  owner: string
  repo: string
  id: number
  attempt: number
  event: string
  headSha: string
  headBranch: string | null
  path: string
}): Record<string, unknown> {
  const repoUrl = `${API}/repos/${o.owner}/${o.repo}`
  return {
    id: o.id,
    name: 'CI',
    node_id: 'WFR_kwLOAAAB',
    head_branch: o.headBranch,
    head_sha: o.headSha,
    path: o.path,
    display_title: 'Add the gate',
    run_number: 42,
    event: o.event,
    status: 'in_progress',
    conclusion: null,
    workflow_id: 159038,
    check_suite_id: 414944374,
    check_suite_node_id: 'MDEwOkNoZWNrU3VpdGU0MTQ5NDQzNzQ=',
    url: `${repoUrl}/actions/runs/${o.id}`,
    html_url: `https://github.com/${o.owner}/${o.repo}/actions/runs/${o.id}`,
    pull_requests: [],
    created_at: '2026-11-29T10:00:00Z',
    updated_at: '2026-11-29T10:05:00Z',
    actor: { login: 'octocat', id: 1, type: 'User' },
    run_attempt: o.attempt,
    referenced_workflows: [],
    run_started_at: '2026-11-29T10:00:00Z',
    triggering_actor: { login: 'octocat', id: 1, type: 'User' },
    jobs_url: `${repoUrl}/actions/runs/${o.id}/jobs`,
    logs_url: `${repoUrl}/actions/runs/${o.id}/logs`,
    check_suite_url: `${repoUrl}/check-suites/414944374`,
    artifacts_url: `${repoUrl}/actions/runs/${o.id}/artifacts`,
    cancel_url: `${repoUrl}/actions/runs/${o.id}/cancel`,
    rerun_url: `${repoUrl}/actions/runs/${o.id}/rerun`,
    previous_attempt_url: o.attempt > 1 ? `${repoUrl}/actions/runs/${o.id}/attempts/${o.attempt - 1}` : null,
    workflow_url: `${repoUrl}/actions/workflows/159038`,
    head_commit: {
      id: o.headSha,
      tree_id: 'd23f6eedb1e1b9610bbc754ddb5197bfe7271223',
      message: 'Add the gate',
      timestamp: '2026-11-29T09:59:00Z',
      author: { name: 'Mona', email: 'mona@example.com' },
      committer: { name: 'Mona', email: 'mona@example.com' }
    },
    repository: {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: o.repo,
      full_name: `${o.owner}/${o.repo}`
    },
    head_repository: { id: 1296269, name: o.repo, full_name: `${o.owner}/${o.repo}` }
  }
}

/** One element of `jobs` in `GET …/actions/runs/{run_id}/attempts/{attempt}/jobs` (schema `job`). */
export function jobShape(
  o: { owner: string; repo: string; runId: number; attempt: number; headSha: string },
  job: JobSpec
): Record<string, unknown> {
  const status = job.status ?? 'completed'
  const conclusion =
    job.conclusion === undefined ? (status === 'completed' ? 'success' : null) : job.conclusion
  const startedAt = job.startedAt ?? '2026-11-29T10:01:00Z'
  const completedAt =
    job.completedAt === undefined ? (status === 'completed' ? '2026-11-29T10:02:00Z' : null) : job.completedAt
  const repoUrl = `${API}/repos/${o.owner}/${o.repo}`
  return {
    id: job.id,
    run_id: o.runId,
    workflow_name: 'CI',
    head_branch: 'main',
    run_url: `${repoUrl}/actions/runs/${o.runId}`,
    run_attempt: o.attempt,
    node_id: 'CR_kwDOAAAB',
    head_sha: o.headSha,
    url: `${repoUrl}/actions/jobs/${job.id}`,
    html_url: `https://github.com/${o.owner}/${o.repo}/actions/runs/${o.runId}/job/${job.id}`,
    status,
    conclusion,
    created_at: '2026-11-29T10:00:30Z',
    started_at: startedAt,
    completed_at: completedAt,
    name: job.name,
    steps: (job.steps ?? [{ name: 'Set up job' }, { name: 'Run tests' }, { name: 'Complete job' }]).map(
      (step, i) => ({
        name: step.name,
        status,
        conclusion: step.conclusion === undefined ? conclusion : step.conclusion,
        number: i + 1,
        started_at: step.startedAt ?? startedAt,
        completed_at: step.completedAt ?? completedAt
      })
    ),
    check_run_url: `${repoUrl}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: conclusion === 'skipped' ? null : 1,
    runner_name: conclusion === 'skipped' ? null : 'GitHub Actions 1',
    runner_group_id: conclusion === 'skipped' ? null : 1,
    runner_group_name: conclusion === 'skipped' ? null : 'GitHub Actions'
  }
}

/** One element of `GET /repos/{o}/{r}/deployments` (schema `deployment`). */
export function deploymentShape(o: {
  owner: string
  repo: string
  id: number
  sha: string
  environment: string
  production?: boolean
}): Record<string, unknown> {
  const repoUrl = `${API}/repos/${o.owner}/${o.repo}`
  return {
    url: `${repoUrl}/deployments/${o.id}`,
    id: o.id,
    node_id: 'MDEwOkRlcGxveW1lbnQx',
    sha: o.sha,
    ref: 'main',
    task: 'deploy',
    payload: {},
    original_environment: o.environment,
    environment: o.environment,
    description: null,
    creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    created_at: '2026-11-29T10:03:00Z',
    updated_at: '2026-11-29T10:04:00Z',
    statuses_url: `${repoUrl}/deployments/${o.id}/statuses`,
    repository_url: repoUrl,
    transient_environment: false,
    production_environment: o.production ?? false,
    performed_via_github_app: null
  }
}

/** One element of `GET /repos/{o}/{r}/rules/branches/{branch}` (schema `repository-rule-detailed`). */
export function branchRuleShape(type: string, parameters?: Record<string, unknown>): Record<string, unknown> {
  return {
    type,
    ...(parameters ? { parameters } : {}),
    ruleset_source_type: 'Repository',
    ruleset_source: 'octo-org/hello',
    ruleset_id: 7
  }
}

/**
 * `GET /repos/{o}/{r}/branches/{branch}` (schema `branch-with-protection`): what any reader sees of classic
 * protection — `protected`, and `protection.required_status_checks` with its contexts and checks.
 */
export function branchShape(o: {
  owner: string
  repo: string
  branch: string
  protected: boolean
  checks?: string[]
  enforcement?: 'off' | 'non_admins' | 'everyone'
}): Record<string, unknown> {
  const url = `https://api.github.com/repos/${o.owner}/${o.repo}/branches/${o.branch}`
  const checks = o.checks ?? []
  return {
    name: o.branch,
    commit: { sha: '0123456789abcdef0123456789abcdef01234567', url: `${url}/commit` },
    _links: { self: url, html: `https://github.com/${o.owner}/${o.repo}/tree/${o.branch}` },
    protected: o.protected,
    protection: o.protected
      ? {
          enabled: true,
          required_status_checks: {
            enforcement_level: o.enforcement ?? (checks.length > 0 ? 'non_admins' : 'off'),
            contexts: checks,
            checks: checks.map(context => ({ context, app_id: 15368 }))
          }
        }
      : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${url}/protection`
  }
}

/** `GET /repos/{o}/{r}/contents/{path}?ref=` for a file (schema `content-file`): base64 in 60-column lines. */
export function contentFileShape(o: {
  owner: string
  repo: string
  path: string
  ref: string
  text: string
}) {
  const base64 = Buffer.from(o.text, 'utf8').toString('base64')
  const name = o.path.split('/').pop() ?? o.path
  const url = `${API}/repos/${o.owner}/${o.repo}/contents/${o.path}?ref=${o.ref}`
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(o.text),
    name,
    path: o.path,
    content: (base64.match(/.{1,60}/g) ?? []).join('\n') + '\n',
    sha: '3d21ec53a331a6f037a91c368710b99387d012c1',
    url,
    git_url: `${API}/repos/${o.owner}/${o.repo}/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1`,
    html_url: `https://github.com/${o.owner}/${o.repo}/blob/${o.ref}/${o.path}`,
    download_url: `https://raw.githubusercontent.com/${o.owner}/${o.repo}/${o.ref}/${o.path}`,
    _links: {
      self: url,
      git: `${API}/repos/${o.owner}/${o.repo}/git/blobs/3d21ec53`,
      html: `https://github.com/${o.owner}/${o.repo}/blob/${o.ref}/${o.path}`
    }
  }
}

/**
 * Job specs on one run's clock: `at(minute)` is a time within `hour` (`2026-11-29T10`), `ok` a job that
 * succeeded between two such minutes.
 */
export function runClock(hour: string): {
  at: (minute: number) => string
  ok: (id: number, name: string, start: number, end: number) => JobSpec
} {
  const at = (minute: number): string => `${hour}:${String(minute).padStart(2, '0')}:00Z`
  return {
    at,
    ok: (id, name, start, end) => ({
      id,
      name,
      conclusion: 'success',
      startedAt: at(start),
      completedAt: at(end)
    })
  }
}
