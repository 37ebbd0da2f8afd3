import type { Report } from '../evaluate/report.js'
import { runGate } from '../gate.js'
import { builtInModels } from '../models/index.js'

/**
 * The gate with a provisional policy that only names the model: every built-in practice with its defaults,
 * offline, in advise mode. For a repository that has no policy yet (init, explain).
 */
export function provisionalReport(root: string, policyPath: string, model: string): Promise<Report> {
  const first = builtInModels[model]?.levels[0]
  return runGate({
    root,
    policyPath,
    policyText: `version: 1\nmodel: ${model}\ntarget: ${first}\nmode: advise\n`
  })
}
