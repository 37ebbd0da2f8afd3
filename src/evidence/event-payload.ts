import { readFileSync } from 'node:fs'
import { messageOf } from '../core/message-of.js'

export type EventPayload = { ok: true; payload: Record<string, unknown> } | { ok: false; reason: string }

/**
 * The runner's event payload (`GITHUB_EVENT_PATH`), or why it cannot be used. It is read before anything
 * loads `@actions/github`, whose context parses the same file at import and would crash with a stack trace.
 */
export function readEventPayload(file: string | undefined): EventPayload {
  if (!file) return { ok: true, payload: {} }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return {
      ok: false,
      reason: `the event payload GITHUB_EVENT_PATH cannot be read: ${messageOf(error)} (${file})`
    }
  }
  try {
    const payload: unknown = JSON.parse(text)
    if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
      return { ok: true, payload: payload as Record<string, unknown> }
    }
  } catch {
    // Said below, with the file named.
  }
  return { ok: false, reason: `the event payload GITHUB_EVENT_PATH is not a JSON object (${file})` }
}
