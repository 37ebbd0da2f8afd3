import { isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { PolicyError } from './errors.js'
import { EXTENDS_FORMS, extendsKey, extendsName, parseExtendsRef } from './extends-ref.js'
import type { ExtendsRef } from './extends-ref.js'
import { parsePolicyLayer, validatePolicyLayers } from './load.js'
import type { ChainLink, ChainLocation, LoadOptions, LoadResult, PolicyLayer } from './load.js'

/** What reading a base gave: its text (and a note when it came from a cached copy), or why it could not. */
export type PolicyRead = { ok: true; text: string; note?: string } | { ok: false; reason: string }

/** Reads a base for the loader; the caller does the I/O (workspace, contents API, cache). */
export type PolicyReader = (ref: ExtendsRef) => Promise<PolicyRead>

/** A chain deeper than this is a mistake (or a cycle through renamed refs); an org needs two or three. */
export const MAX_EXTENDS_DEPTH = 5

/** A base read from a cached copy: said in the report, at the `extends:` entry. */
export interface ChainNote {
  message: string
  location: { file: string; line: number; column: number }
}

export type ChainResult = LoadResult & { notes: ChainNote[] }

/**
 * Loads a policy and every base its `extends:` names (and theirs), then merges and validates them as one
 * (docs/policy.md#extends-a-shared-policy). Pure: `read` does the reading. Every error names its file and
 * the chain of `extends:` entries that led there; cycles and chains deeper than MAX_EXTENDS_DEPTH are errors
 * at the entry that closes or deepens them.
 */
export async function loadPolicyChain(
  text: string,
  file: string,
  read: PolicyReader,
  options: LoadOptions
): Promise<ChainResult> {
  const collected: Collected = { layers: [], errors: [], notes: [] }
  await collect({ text, file, self: undefined, via: [], seen: [`local:${file}`] }, read, collected)
  const { layers, errors, notes } = collected
  if (errors.length > 0) return { ok: false, errors, notes }
  return { ...validatePolicyLayers(layers, options), notes }
}

interface Collected {
  layers: PolicyLayer[]
  errors: PolicyError[]
  notes: ChainNote[]
}

interface Visit {
  text: string
  file: string
  /** The base being read; undefined for the policy file itself. */
  self: ExtendsRef | undefined
  via: readonly ChainLink[]
  /** Keys of the files on the way here, the policy file first, to tell a cycle. */
  seen: readonly string[]
}

async function collect(visit: Visit, read: PolicyReader, into: Collected): Promise<void> {
  const parsed = parsePolicyLayer(visit.text, visit.file, visit.via)
  if (!parsed.ok) {
    into.errors.push(...parsed.errors)
    return
  }
  const { layer } = parsed
  const from = into.layers.length
  for (const entry of extendsEntries(layer, into.errors)) {
    const link = { file: visit.file, line: entry.location.line }
    const problem = (message: string, value?: string, allowed?: string[]): void => {
      into.errors.push({ ...entry.location, path: entry.path, message, value, allowed })
    }
    const ref = parseExtendsRef(entry.text, visit.self)
    if (!ref.ok) {
      problem(ref.message, JSON.stringify(entry.text), EXTENDS_FORMS)
      continue
    }
    const key = extendsKey(ref.ref)
    const name = extendsName(ref.ref)
    if (visit.seen.includes(key)) {
      problem(`extends cycle: ${[...visit.seen, key].map(nameOfKey).join(' → ')}`)
      continue
    }
    if (visit.via.length + 1 > MAX_EXTENDS_DEPTH) {
      problem(`extends is nested more than ${MAX_EXTENDS_DEPTH} files deep; flatten the chain`)
      continue
    }
    const base = await read(ref.ref)
    if (!base.ok) {
      problem(`cannot read the base ${name}: ${base.reason}`)
      continue
    }
    if (base.note !== undefined) {
      const { file, line, column } = entry.location
      into.notes.push({ message: base.note, location: { file, line, column } })
    }
    const next = {
      text: base.text,
      file: name,
      self: ref.ref,
      via: [link, ...visit.via],
      seen: [...visit.seen, key]
    }
    await collect(next, read, into)
  }
  into.layers.push({ ...layer, from })
}

/** `local:path` / `github:owner/repo:path@ref` back to how a person writes it. */
function nameOfKey(key: string): string {
  return key.startsWith('local:') ? key.slice('local:'.length) : `github>${key.slice('github:'.length)}`
}

interface Entry {
  text: string
  path: string
  location: ChainLocation
}

/** `extends:` as a list of strings, each with its position; anything else is an error of its own. */
function extendsEntries(layer: PolicyLayer, errors: PolicyError[]): Entry[] {
  const node = layer.doc.get('extends', true) as Node | undefined
  if (node === undefined) return []
  const where = (target: Node | undefined) => {
    const { line, col } = layer.lineCounter.linePos(target?.range?.[0] ?? 0)
    return { file: layer.file, line, column: col }
  }
  const chain = layer.via.length > 0 ? { extendedBy: [...layer.via] } : {}
  if (!isSeq(node)) {
    errors.push({
      ...where(node),
      ...chain,
      path: 'extends',
      message: `expected a list of ${EXTENDS_FORMS.join(' or ')}`
    })
    return []
  }
  return node.items.flatMap((item, index): Entry[] => {
    const value = (item as { value?: unknown }).value
    const bare = where(item as Node)
    const path = `extends[${index}]`
    if (typeof value !== 'string') {
      errors.push({ ...bare, ...chain, path, message: 'expected a string', allowed: EXTENDS_FORMS })
      return []
    }
    return [{ text: value, path, location: { ...bare, ...chain } }]
  })
}
