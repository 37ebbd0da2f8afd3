// The least any offline gate built to the design does before its first practice: load `yaml` and `zod` (design
// §2: the policy is parsed with yaml, keeping positions, and validated with zod) and check this repository's
// .maturity.yml with them. bench/cold-start.js bundles it with ncc, as dist/ is bundled, and times it beside
// bare node and the gate: what it costs over bare node is spent before any of the gate's own code has run.
import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'

const lineCounter = new LineCounter()
const document = parseDocument(readFileSync('.maturity.yml', 'utf8'), { lineCounter })
const policy = z
  .object({
    version: z.literal(1),
    model: z.enum(['cdmm', 'mlops']),
    target: z.string(),
    mode: z.enum(['enforce', 'advise']).optional(),
    targets: z.record(z.string(), z.string()).optional(),
    practices: z.record(z.string(), z.record(z.string(), z.unknown())).optional()
  })
  .safeParse(document.toJS())
if (!policy.success || document.errors.length > 0) {
  console.error(document.errors.join('\n') || policy.error?.message)
  process.exit(2)
}
