import type { Finding } from '../core/finding.js'
import type { CheckContext } from './check.js'

/** Fills a message template's `{name}` placeholders; unknown names stay visible rather than vanish. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

/**
 * Builds a finding from a check's message table, so every check words its verdicts in one place (its meta)
 * and tests can assert on the message id. The id is typed from the table: an unknown one does not compile.
 */
export function findingFor<MessageId extends string>(
  context: Pick<CheckContext, 'practice'>,
  messages: Readonly<Record<MessageId, string>>,
  messageId: NoInfer<MessageId>,
  fields: Omit<Finding, 'practice' | 'messageId' | 'message'> & { data?: Record<string, string | number> }
): Finding {
  const { data = {}, ...rest } = fields
  return { practice: context.practice, messageId, message: formatMessage(messages[messageId], data), ...rest }
}
