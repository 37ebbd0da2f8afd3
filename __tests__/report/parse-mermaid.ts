import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export type MermaidResult = { ok: true; diagramType: string } | { ok: false; error: string }

const SCRIPT = fileURLToPath(new URL('./mermaid-parse.mjs', import.meta.url))

/** Mermaid's own parser over each diagram, in one child process (Mermaid needs jsdom, which Jest cannot load). */
export function parseMermaid(diagrams: string[]): MermaidResult[] {
  const child = spawnSync(process.execPath, [SCRIPT], {
    input: JSON.stringify(diagrams),
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 60_000
  })
  if (child.status !== 0) throw new Error(`mermaid-parse.mjs failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as MermaidResult[]
}
