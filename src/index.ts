import * as core from '@actions/core'
import { readEventPayload } from './evidence/event-payload.js'

// `@actions/github` parses the event payload when it is imported; a broken one must fail the step with the
// reason, not crash module loading with a stack trace, so it is checked before the action is loaded.
const event = readEventPayload(process.env.GITHUB_EVENT_PATH)
if (event.ok) await (await import('./main.js')).run()
else core.setFailed(`maturity-gate: ${event.reason}`)
