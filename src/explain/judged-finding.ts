import path from 'node:path'
import type { ReportFinding } from '../evaluate/report.js'
import { runGate } from '../gate.js'
import { provisionalReport } from '../init/provisional-report.js'
import type { Practice } from '../practices/practice.js'
import { fileExists } from '../init/file-exists.js'

export interface JudgedFinding {
  finding?: ReportFinding
  /** Which policy judged it, in words. */
  basis: string
}

/**
 * The practice's finding in the repository, from the real gate (offline): under the repository's policy when
 * there is one and it judges the practice, else under a provisional policy of the practice's model with every
 * default, as init evaluates a repository without a policy. A policy given by `--policy` must exist.
 */
export async function judgedFinding(
  root: string,
  policy: { path: string; given: boolean },
  practice: Practice
): Promise<JudgedFinding> {
  const { id, model } = practice.meta
  let skipped = `no ${policy.path}`
  if (policy.given || (await fileExists(path.join(root, policy.path)))) {
    const report = await runGate({ root, policyPath: policy.path })
    const finding = report.findings.find(f => f.practice === id)
    if (finding) return { finding, basis: `policy ${policy.path}, model ${report.model}` }
    skipped = report.disabled.includes(id)
      ? `${policy.path} disables ${id}`
      : `${policy.path} holds the repository to model ${report.model}, which has no ${id}`
  }
  const report = await provisionalReport(root, policy.path, model)
  return {
    finding: report.findings.find(f => f.practice === id),
    basis: `${skipped}: judged with the ${model} defaults`
  }
}
