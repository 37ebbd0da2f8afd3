import { workflow } from './evidence.js'

/** One job of a small ML workflow: what it needs, where it deploys, what it runs. */
export interface MlJob {
  needs?: string[]
  environment?: string
  if?: string
  run?: string[]
  uses?: string
}

/** A workflow file from a trigger block and jobs, so each ML practice test states only what differs. */
export function mlWorkflow(on: string, jobs: Record<string, MlJob>, name = 'ml.yml'): Record<string, string> {
  const body = Object.entries(jobs)
    .map(([id, job]) => {
      const lines = [`  ${id}:`]
      if (job.needs) lines.push(`    needs: [${job.needs.join(', ')}]`)
      if (job.if) lines.push(`    if: ${job.if}`)
      if (job.environment) lines.push(`    environment: ${job.environment}`)
      if (job.uses) {
        lines.push(`    uses: ${job.uses}`)
        return lines.join('\n')
      }
      lines.push('    runs-on: ubuntu-latest', '    steps:')
      for (const run of job.run ?? []) lines.push(`      - run: ${run}`)
      return lines.join('\n')
    })
    .join('\n')
  return workflow(`on: ${on}\njobs:\n${body}\n`, name)
}
