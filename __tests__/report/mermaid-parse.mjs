// Parses Mermaid diagrams with Mermaid's own parser, outside Jest (jsdom cannot load in Jest's VM modules).
// stdin: a JSON array of diagram texts; stdout: a JSON array of { ok: true } | { ok: false, error }.
// DOMPurify, which Mermaid's parse calls to sanitise labels, needs a window: jsdom provides one.
import { JSDOM } from 'jsdom'

// jsdom ships no types; only its window's document is used.
const { window } = /** @type {{ window: { document: unknown } }} */ (new JSDOM(''))
Object.assign(globalThis, { window, document: window.document })
const { default: mermaid } = await import('mermaid')

let input = ''
for await (const chunk of process.stdin) input += String(chunk)
const results = []
for (const text of /** @type {string[]} */ (JSON.parse(input))) {
  try {
    const parsed = await mermaid.parse(text)
    results.push({ ok: true, diagramType: parsed.diagramType })
  } catch (error) {
    results.push({ ok: false, error: String(error.message ?? error) })
  }
}
process.stdout.write(JSON.stringify(results))
