import { describe, it, expect } from '@jest/globals'
import type { Evidence } from '../../src/evidence/evidence.js'
import type { Status } from '../../src/core/finding.js'
import type { Practice } from '../../src/practices/practice.js'
import { judge } from './evidence.js'

export interface PracticeCase {
  name: string
  files: Record<string, string>
  options?: Record<string, unknown>
  /** Evidence besides the files (e.g. `reports` from `reportsFrom`). */
  evidence?: Partial<Evidence>
  status: Status
  messageId: string
  /** Substrings the message must contain (the job names it points at). */
  mentions?: string[]
  /** `file:line` of the first location, when the case is about where. */
  at?: string
}

/** ESLint-style table tests for one practice: each case states the verdict and the message id it expects. */
export function testPractice(
  practice: Practice,
  cases: { valid: PracticeCase[]; invalid: PracticeCase[] }
): void {
  describe(practice.meta.id, () => {
    const all = [
      ...cases.valid.map(c => ['valid', c] as const),
      ...cases.invalid.map(c => ['invalid', c] as const)
    ]
    it.each(all.map(([kind, c]) => [`${kind}: ${c.name}`, c] as const))('%s', async (_label, c) => {
      const finding = await judge(practice, c.files, c.options, c.evidence)
      expect({ status: finding.status, messageId: finding.messageId }).toEqual({
        status: c.status,
        messageId: c.messageId
      })
      expect(Object.keys(practice.meta.messages)).toContain(finding.messageId)
      for (const text of c.mentions ?? []) expect(finding.message).toContain(text)
      if (c.at)
        expect(finding.locations[0] && `${finding.locations[0].file}:${finding.locations[0].line}`).toBe(c.at)
      if (finding.status !== 'pass' && finding.status !== 'not-applicable')
        expect(finding.remediation).not.toBe('')
    })
    it('has a valid case that passes and an invalid case that does not', () => {
      expect(cases.valid.some(c => c.status === 'pass')).toBe(true)
      expect(cases.invalid.some(c => c.status === 'fail')).toBe(true)
    })
  })
}
