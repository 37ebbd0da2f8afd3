import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ApiAccess } from '../evidence/api.js'
import { describePolicyError, formatPolicyError } from '../policy/errors.js'
import type { PolicyError } from '../policy/errors.js'
import { planAnnotations } from './annotations.js'
import { renderBadge } from './badge.js'
import { COMMENT_MARKER, renderComment } from './comment.js'
import { annotationPlace, invalidPolicyReport, renderInvalidPolicySummary } from './invalid-policy.js'
import { renderJson } from './json.js'
import type { HistoryRecord } from './history-record.js'
import type { Report } from '../evaluate/report.js'
import { renderSarif } from './sarif.js'
import { renderSummary } from './summary.js'
import { messageOf } from '../core/message-of.js'

export interface PublishOptions {
  /** What `report-path`, `sarif-path` and `badge-path` are relative to: the workspace. */
  outputRoot: string
  reportPath: string
  sarifPath: string
  badgePath: string
  /** Files this pull request or push changed: their annotations rank first. */
  changedFiles: string[]
  /** Links in the summary: the docs of this version of the action and the repository's files at this commit. */
  docsUrl: string
  sourceUrl?: string
  runUrl?: string
  toolVersion: string
  /** Post the sticky comment on this pull request (input `comment: true`). */
  comment?: { api: ApiAccess; pullRequest: number; fromFork: boolean }
  /** The history store's last records, newest last (policy `history:`): the summary draws the trend. */
  history?: HistoryRecord[]
}

/** The action's only writer: outputs, report files, annotations, the job summary and the sticky comment. */
export async function publish(report: Report, options: PublishOptions): Promise<void> {
  const reportFile = await writeOutput(options.outputRoot, options.reportPath, renderJson(report))
  core.setOutput('level', report.level ?? '')
  core.setOutput('level-index', String(report.levelIndex))
  core.setOutput('target', report.target)
  core.setOutput('passed', String(report.passed))
  core.setOutput('regressions', String(report.regressions.filter(r => r.kind === 'practice').length))
  core.setOutput('report-path', reportFile)
  if (options.sarifPath) {
    await writeOutput(
      options.outputRoot,
      options.sarifPath,
      `${JSON.stringify(renderSarif(report, options.toolVersion, { docsUrl: options.docsUrl }), null, 2)}\n`
    )
  }
  if (options.badgePath)
    await writeOutput(options.outputRoot, options.badgePath, `${JSON.stringify(renderBadge(report))}\n`)
  const plan = planAnnotations(report, { changedFiles: options.changedFiles })
  for (const { level, message, ...properties } of plan.annotations) core[level](message, properties)
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (design §8): outside a runner there is no summary.
  if (process.env.GITHUB_STEP_SUMMARY) {
    const { markdown } = renderSummary(report, {
      docsUrl: options.docsUrl,
      sourceUrl: options.sourceUrl,
      reportFile: options.reportPath,
      omittedAnnotations: plan.omitted,
      history: options.history
    })
    await core.summary.addRaw(markdown).write()
  }
  if (options.comment) await upsertComment(report, options.comment, options.runUrl)
}

/**
 * A run whose policy cannot be used still answers every output (`passed=false`, no level) and writes the report
 * file, so later steps that read them do not break on top of the real problem; each error is annotated on its
 * line and listed in the job summary.
 */
export async function publishInvalidPolicy(
  errors: readonly PolicyError[],
  options: Pick<PublishOptions, 'outputRoot' | 'reportPath'>
): Promise<void> {
  const report = invalidPolicyReport(errors)
  const reportFile = await writeOutput(
    options.outputRoot,
    options.reportPath,
    `${JSON.stringify(report, null, 2)}\n`
  )
  core.setOutput('level', '')
  core.setOutput('level-index', String(report.levelIndex))
  core.setOutput('target', '')
  core.setOutput('passed', 'false')
  core.setOutput('regressions', '0')
  core.setOutput('report-path', reportFile)
  for (const problem of errors) {
    const place = annotationPlace(problem)
    // Moved to the extends entry, the annotation says where in the base the error is.
    const text = place.file === problem.file ? describePolicyError(problem) : formatPolicyError(problem)
    core.error(text, {
      title: 'maturity-gate: invalid policy',
      file: place.file,
      startLine: place.line,
      startColumn: place.column
    })
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderInvalidPolicySummary(errors)).write()
}

async function writeOutput(root: string, relative: string, content: string): Promise<string> {
  const file = path.resolve(root, relative)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, content)
  return file
}

/**
 * The sticky pull-request comment: found by its hidden marker and edited in place, so a pull request carries
 * one comment however often it is pushed. A fork's token cannot write, so it is skipped with a notice, as is a
 * token without `pull-requests: write`.
 */
async function upsertComment(
  report: Report,
  target: NonNullable<PublishOptions['comment']>,
  runUrl?: string
): Promise<void> {
  if (target.fromFork) {
    core.notice('maturity-gate did not comment: pull requests from forks get a read-only token.')
    return
  }
  const { client, context } = target.api
  const issue = { owner: context.owner, repo: context.repo, issue_number: target.pullRequest }
  const body = renderComment(report, { runUrl })
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { ...issue, per_page: 100 })
    const mine = comments.find(comment => comment.body?.startsWith(COMMENT_MARKER))
    if (mine)
      await client.rest.issues.updateComment({
        owner: context.owner,
        repo: context.repo,
        comment_id: mine.id,
        body
      })
    else await client.rest.issues.createComment({ ...issue, body })
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint =
      status === 403 || status === 404 ? ' (the job needs `permissions: pull-requests: write`)' : ''
    core.notice(`maturity-gate did not comment on the pull request: ${messageOf(error)}${hint}`)
  }
}
