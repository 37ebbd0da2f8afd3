import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderJson } from './json.js'
import type { Report } from './report.js'
import { renderText } from './text.js'

export interface PublishOptions {
  root: string
  reportPath: string
}

/** The action's only writer: outputs, the JSON report file and the job summary. */
export async function publish(report: Report, options: PublishOptions): Promise<void> {
  const reportFile = path.resolve(options.root, options.reportPath)
  await mkdir(path.dirname(reportFile), { recursive: true })
  await writeFile(reportFile, renderJson(report))
  core.setOutput('level', report.level ?? '')
  core.setOutput('level-index', String(report.levelIndex))
  core.setOutput('target', report.target)
  core.setOutput('passed', String(report.passed))
  core.setOutput('regressions', String(report.regressions.length))
  core.setOutput('report-path', reportFile)
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (design §8): outside a runner there is no summary.
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(['```', renderText(report), '```'].join('\n')).write()
  }
}
