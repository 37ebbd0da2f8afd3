import { z } from 'zod'
import { defineCheck } from './define-check.js'
import { findingFor } from './finding-for.js'

const messages = {
  succeeded: '`{command}` exited 0 in {seconds}s',
  failed: '`{command}` exited {exitCode}',
  'timed-out': '`{command}` did not finish within {timeout}s and was stopped',
  'not-run': '`{command}` was not run'
}

export const DEFAULT_COMMAND_TIMEOUT = 300

/**
 * Generic `command` check: the policy's own command exits 0. The command runs during evidence collection
 * (src/evidence/command.ts), so the check itself only reads its result.
 */
export const commandCheck = defineCheck({
  meta: {
    messages,
    options: {
      command: z.string().min(1).describe('run with bash from the repository root'),
      timeout: z.number().int().min(1).max(3600).default(DEFAULT_COMMAND_TIMEOUT).describe('seconds')
    }
  },
  check(context, options) {
    const result = context.evidence.commands.get(context.practice)
    const data = { command: options.command, timeout: options.timeout }
    if (result === undefined) {
      return findingFor(context, messages, 'not-run', {
        status: 'unknown',
        strength: 'none',
        data,
        evidence: [],
        locations: [],
        remediation:
          'Run the gate where commands may run (the CLI or the action), so the command is executed.'
      })
    }
    const evidence = [
      {
        kind: 'command' as const,
        command: result.command,
        exitCode: result.exitCode,
        output: result.output,
        timedOut: result.timedOut
      }
    ]
    const seconds = (result.durationMs / 1000).toFixed(1)
    if (result.exitCode === 0) {
      return findingFor(context, messages, 'succeeded', {
        status: 'pass',
        strength: 'run',
        data: { ...data, seconds },
        evidence,
        locations: [],
        remediation: ''
      })
    }
    const messageId = result.timedOut ? 'timed-out' : 'failed'
    return findingFor(context, messages, messageId, {
      status: 'fail',
      strength: 'run',
      data: { ...data, exitCode: String(result.exitCode) },
      evidence,
      locations: [],
      remediation: `Run \`${options.command}\` locally from the repository root and fix what it reports.`
    })
  }
})
