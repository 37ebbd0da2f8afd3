import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'
import type { z } from 'zod'
import type { Location } from '../core/finding.js'
import { builtInModels } from '../models/index.js'
import type { Model } from '../models/model.js'
import { allowedKeysAt } from './allowed-keys.js'
import type { PolicyError } from './errors.js'
import { formatKeyPath } from './key-path.js'
import { mergePolicyData } from './merge-policy-data.js'
import type { KeyPath } from './key-path.js'
import { buildPolicySchema } from './schema.js'
import type { Policy, SchemaVocabulary } from './schema.js'
import { suggest } from './suggest.js'
import { messageOf } from '../core/message-of.js'
import { daysBetween } from '../core/days-between.js'
import { yamlProblems } from '../parsers/yaml-problems.js'
import { indentOf } from '../core/indent-of.js'

/** A valid policy with the model it resolves to and a way back to the line of any key. */
export interface LoadedPolicy {
  file: string
  policy: Policy
  model: Model
  locate(path: KeyPath): Location
  /** The files it was merged from, lowest precedence first; the policy file itself is the last. */
  layers: readonly PolicyLayer[]
}

/** Where an `extends:` entry named a base: each base error says the files that led to it. */
export interface ChainLink {
  file: string
  line: number
}

/** A position in one file of the chain, with the `extends:` entries that led to that file. */
export type ChainLocation = Location & { extendedBy?: ChainLink[] }

/** One file of a policy and its `extends:` chain, parsed, with the way it was reached. */
export interface PolicyLayer {
  file: string
  doc: Document
  lineCounter: LineCounter
  /** Its keys as written, without `extends`. */
  data: Record<string, unknown>
  /** The `extends:` entries that led here, nearest first; empty for the policy file itself. */
  via: readonly ChainLink[]
  /** Index (in the chain) of the first layer this file brought in through its own `extends:`. */
  from: number
}

export type LoadResult = { ok: true; loaded: LoadedPolicy } | { ok: false; errors: PolicyError[] }
export type LayerResult = { ok: true; layer: PolicyLayer } | { ok: false; errors: PolicyError[] }

export interface LoadOptions {
  /** YYYY-MM-DD; a waiver reaching further than `max-waiver-days` from it is an error. */
  today: string
}

/** Aliases let a tiny file expand without bound ("billion laughs"); a policy never needs many. */
const MAX_ALIAS_COUNT = 100

/**
 * Parses and validates `.maturity.yml` text. Pure: the caller reads the file. Every problem — YAML syntax,
 * duplicate key, unknown key, bad value, unknown level, a waiver too long — comes back at once, positioned.
 * `extends:` is not followed here (see load-policy-chain.ts).
 */
export function loadPolicy(text: string, file: string, options: LoadOptions): LoadResult {
  const parsed = parsePolicyLayer(text, file, [])
  return parsed.ok ? validatePolicyLayers([parsed.layer], options) : parsed
}

/** One file's YAML, positioned, before validation: syntax and shape errors are its own. */
export function parsePolicyLayer(text: string, file: string, via: readonly ChainLink[]): LayerResult {
  const lineCounter = new LineCounter()
  const at = (offset: number): ChainLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col, ...chainOf(via) }
  }
  const tooDeep = nestedTooDeeply(text)
  if (tooDeep !== undefined) {
    const message = `nested more than ${MAX_DEPTH} levels deep; a policy needs a handful`
    return { ok: false, errors: [{ file, ...tooDeep, ...chainOf(via), path: '', message }] }
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false })
  const syntax = yamlProblems(doc, lineCounter)
  if (syntax.length > 0) {
    const sourceLines = text.split('\n')
    const excerpt = (line: number) => sourceLines[line - 1]?.replace(/\r$/, '')
    const errors = syntax.map(problem => {
      const where = at(problem.offset)
      return { ...where, path: '', message: problem.message, excerpt: excerpt(where.line) }
    })
    return { ok: false, errors }
  }
  const shapeErrors = unusableNodes(doc).map(({ offset, message }) => ({ ...at(offset), path: '', message }))
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    return { ok: false, errors: [{ ...at(0), path: '', message: messageOf(error) }] }
  }
  if (!isRecord(data)) {
    return {
      ok: false,
      errors: [{ ...at(0), path: '', message: 'the policy must be a YAML mapping of keys' }]
    }
  }
  // `extends:` is followed by the chain loader, not merged: each file names its own bases.
  const own = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'extends'))
  return { ok: true, layer: { file, doc, lineCounter, data: own, via, from: 0 } }
}

/** `extendedBy` only when there is a chain, so a single file's errors stay as they were. */
function chainOf(via: readonly ChainLink[]): { extendedBy?: ChainLink[] } {
  return via.length === 0 ? {} : { extendedBy: [...via] }
}

/**
 * Merges the layers (lowest precedence first; docs/policy.md#merge-rules) and validates the result. Each
 * error is placed in the file that set the key, with the chain that led to it.
 */
export function validatePolicyLayers(layers: readonly PolicyLayer[], options: LoadOptions): LoadResult {
  const data = mergePolicyData(layers.map(layer => layer.data))
  const source = layeredSource(layers)
  const locate = (path: KeyPath): ChainLocation => source.at(path)
  const model = resolveModel(data)
  const schema = buildPolicySchema(vocabularyFor(model, data))
  const parsed = schema.safeParse(data)
  const errors = [
    ...(parsed.success
      ? []
      : parsed.error.issues.flatMap(issue =>
          issueErrors(issue, {
            source,
            data,
            schema,
            builtIn: model?.practices.map(p => p.id) ?? [],
            modelId: model?.id
          })
        )),
    ...modelShapeErrors(data, locate),
    ...waiverLengthErrors(data, locate, options.today),
    ...lockedPathErrors(data, locate)
  ].sort((a, b) => a.line - b.line || a.column - b.column)
  if (!parsed.success || errors.length > 0 || model === undefined) return { ok: false, errors }
  const file = layers.at(-1)?.file ?? ''
  const plain = (path: KeyPath): Location => {
    const { file: where, line, column } = source.at(path)
    return { file: where, line, column }
  }
  return { ok: true, loaded: { file, policy: parsed.data, model, locate: plain, layers } }
}

/** Where the merged policy's key path was set, and through which `extends:` entries (lock errors say it). */
export function positionInChain(layers: readonly PolicyLayer[], path: KeyPath): ChainLocation {
  return layeredSource(layers).at(path)
}

/** The merged policy seen through its files: for each key path, the highest-precedence file that sets it. */
interface LayeredSource {
  at(path: KeyPath): ChainLocation
  keyAt(path: KeyPath, key: string): ChainLocation
  /** The YAML node (or value) at path, in the file that set it. */
  node(path: KeyPath): unknown
  has(path: KeyPath): boolean
}

function layeredSource(layers: readonly PolicyLayer[]): LayeredSource {
  const newestFirst = [...layers].reverse()
  const holder = (path: KeyPath) => newestFirst.find(layer => layer.doc.hasIn(path))
  const position = (layer: PolicyLayer, offset: number): ChainLocation => {
    const { line, col } = layer.lineCounter.linePos(offset)
    return { file: layer.file, line, column: col, ...chainOf(layer.via) }
  }
  const root = newestFirst[0] as PolicyLayer
  const at = (path: KeyPath): ChainLocation => {
    for (let length = path.length; length > 0; length--) {
      const layer = holder(path.slice(0, length))
      if (layer) return position(layer, offsetOf(layer.doc, path.slice(0, length)))
    }
    return position(root, offsetOf(root.doc, []))
  }
  return {
    at,
    // The position of a key itself (not its value): that is where an unknown key's fix goes.
    keyAt: (path, key) => {
      // Through each map's key index: linear for thousands of unknown keys, and `42:` found as the key '42'.
      for (const layer of newestFirst) {
        const parent = path.length === 0 ? layer.doc.contents : layer.doc.getIn(path, true)
        const offset = isMap(parent) ? keyIndex(parent).get(key) : undefined
        if (offset !== undefined) return position(layer, offset)
      }
      return at(path)
    },
    node: path => holder(path)?.doc.getIn(path),
    has: path => holder(path) !== undefined
  }
}

/** Deeper than this, the `yaml` package's recursion could exhaust the stack; no policy comes near it. */
const MAX_DEPTH = 64

/**
 * The position where the text first nests deeper than MAX_DEPTH — block indentation levels plus open flow
 * brackets — found in one pass before any recursive parsing. Brackets inside quotes or comments may count
 * too; that only matters past 64 of them on one line.
 */
function nestedTooDeeply(text: string): { line: number; column: number } | undefined {
  const indents: number[] = []
  for (const [index, line] of text.split('\n').entries()) {
    const indent = indentOf(line)
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop()
      indents.push(indent)
      let flow = 0
      for (let i = indent; i < line.length; i++) {
        const char = line[i]
        if (char === '[' || char === '{') flow++
        else if (char === ']' || char === '}') flow--
        if (indents.length + flow > MAX_DEPTH) return { line: index + 1, column: i + 1 }
      }
      if (indents.length > MAX_DEPTH) return { line: index + 1, column: indent + 1 }
    }
  }
  return undefined
}

/**
 * What YAML allows but a policy cannot use, each at its own position: an alias with no anchor, a key that is
 * a list or mapping (it would be stringified), and `__proto__`, which a JavaScript object would swallow.
 */
function unusableNodes(doc: Document): Array<{ offset: number; message: string }> {
  const found: Array<{ offset: number; message: string }> = []
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        found.push({
          offset: alias.range?.[0] ?? 0,
          message: `alias *${alias.source} names no anchor &${alias.source} defined before it`
        })
      }
    },
    Pair(_, pair) {
      const key = pair.key as Node | null
      if (key !== null && !isScalar(key)) {
        found.push({ offset: key.range?.[0] ?? 0, message: 'a key must be a name, not a list or mapping' })
      } else if (isScalar(key) && key.value === '__proto__') {
        found.push({ offset: key.range?.[0] ?? 0, message: "unknown key '__proto__'" })
      }
    }
  })
  return found
}

/** The model the policy names; for `custom`, the one its `levels`, `categories` and practices define. */
function resolveModel(data: Record<string, unknown>): Model | undefined {
  const name = data.model
  if (typeof name === 'string' && name in builtInModels) return builtInModels[name]
  if (name !== 'custom') return undefined
  const levels = stringList(data.levels)
  const categories = stringList(data.categories)
  const practices = Object.entries(isRecord(data.practices) ? data.practices : {}).map(([id, settings]) => ({
    id,
    level: isRecord(settings) ? String(settings.level) : '',
    category: isRecord(settings) ? String(settings.category) : ''
  }))
  return {
    id: 'custom',
    title: 'Custom model',
    source: 'defined in the policy',
    levels,
    categories,
    practices
  }
}

function vocabularyFor(model: Model | undefined, data: Record<string, unknown>): SchemaVocabulary {
  const builtIn = model?.id === 'custom' ? [] : (model?.practices.map(p => p.id) ?? [])
  const added = Object.keys(isRecord(data.practices) ? data.practices : {}).filter(
    id => !builtIn.includes(id)
  )
  return {
    levels: model?.levels,
    categories: model?.categories,
    practices: model === undefined ? undefined : [...builtIn, ...added],
    builtIn
  }
}

/** `levels:`/`categories:` belong to custom models only, and a custom model needs both. */
function modelShapeErrors(
  data: Record<string, unknown>,
  locate: (path: KeyPath) => ChainLocation
): PolicyError[] {
  const errors: PolicyError[] = []
  for (const key of ['levels', 'categories']) {
    if (data.model === 'custom' && data[key] === undefined) {
      errors.push({ ...locate(['model']), path: key, message: `model: custom needs a \`${key}:\` list` })
    }
    if (data.model !== 'custom' && data[key] !== undefined) {
      errors.push({
        ...locate([key]),
        path: key,
        message: `only allowed with model: custom (the model's own ${key} apply)`
      })
    }
  }
  return errors
}

/**
 * `max-waiver-days`: a waiver may not reach further than that from today. Measured from today because a waiver
 * has no start date; the distance only shrinks as days pass, so this never turns a policy invalid overnight.
 * Checked beside the schema, so it is reported with every other error rather than after them.
 */
function waiverLengthErrors(
  data: Record<string, unknown>,
  locate: (path: KeyPath) => ChainLocation,
  today: string
): PolicyError[] {
  const max = data['max-waiver-days']
  if (typeof max !== 'number' || !Array.isArray(data.waivers)) return []
  return data.waivers.flatMap((waiver: unknown, index): PolicyError[] => {
    const expires = isRecord(waiver) ? waiver.expires : undefined
    if (typeof expires !== 'string') return []
    const days = daysBetween(today, expires)
    if (!(days > max)) return []
    const path = ['waivers', index, 'expires']
    return [
      {
        ...locate(path),
        path: formatKeyPath(path),
        message: `the waiver runs ${days} days from today, longer than max-waiver-days (${max}): set an earlier date`,
        value: JSON.stringify(expires)
      }
    ]
  })
}

/**
 * `locked:` entries are key paths (`target`, `practices.unit-tests`) starting with a top-level key a policy
 * can set: a lock on a key that does not exist would lock nothing, silently.
 */
function lockedPathErrors(
  data: Record<string, unknown>,
  locate: (path: KeyPath) => ChainLocation
): PolicyError[] {
  if (!Array.isArray(data.locked)) return []
  const lockable = lockableKeys()
  return data.locked.flatMap((entry: unknown, index): PolicyError[] => {
    const top = typeof entry === 'string' ? entry.split('.')[0] : undefined
    if (top === undefined || lockable.includes(top)) return []
    const path = ['locked', index]
    return [
      {
        ...locate(path),
        path: formatKeyPath(path),
        message: 'a locked key path starts with a top-level key of the policy',
        value: JSON.stringify(entry),
        allowed: [...lockable]
      }
    ]
  })
}

/** Keys a base may lock; `extends`, `locked`, `$schema` and `version` say how the policy is written, not the bar. */
function lockableKeys(): string[] {
  return Object.keys(buildPolicySchema({ builtIn: [] }).shape).filter(
    key => !['extends', 'locked', '$schema', 'version'].includes(key)
  )
}

interface IssueContext {
  source: LayeredSource
  data: unknown
  schema: z.ZodType
  /** The model's practice ids: a custom practice without `check` that is one of them misspelt is a typo. */
  builtIn: readonly string[]
  modelId: string | undefined
}

function issueErrors(issue: z.core.$ZodIssue, context: IssueContext): PolicyError[] {
  const { source, data, schema } = context
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, path, data)
    return issue.keys.map(key => {
      const hint = suggest(key, allowed)
      return {
        ...source.keyAt(path, key),
        path: formatKeyPath([...path, key]),
        message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
        allowed
      }
    })
  }
  const misspelt = misspeltPractice(issue, context)
  if (misspelt) return [misspelt]
  const value = source.node(path)
  const missing = value === undefined && !source.has(path)
  const base = { ...source.at(path), path: formatKeyPath(path) }
  if (missing)
    return [{ ...base, message: `required key '${String(path.at(-1))}' is missing`, ...allowedOf(issue) }]
  return [{ ...base, message: issueMessage(issue, value), value: show(value), ...allowedOf(issue) }]
}

/** The other built-in model a practice id belongs to (an mlops practice in a cdmm policy), if any. */
function otherModelOf(id: string, modelId: string | undefined): string | undefined {
  if (modelId === undefined || modelId === 'custom') return undefined
  return Object.values(builtInModels).find(m => m.id !== modelId && m.practices.some(p => p.id === id))?.id
}

/**
 * `practices.unit-test:` without `check:` reads as a new practice missing its check, but it is almost always a
 * misspelt built-in one whose options would otherwise silently not apply: say so, at the key.
 */
function misspeltPractice(issue: z.core.$ZodIssue, context: IssueContext): PolicyError | undefined {
  const [section, id, key] = issue.path
  if (
    section !== 'practices' ||
    typeof id !== 'string' ||
    key !== 'check' ||
    context.source.has(issue.path)
  ) {
    return undefined
  }
  const owner = otherModelOf(id, context.modelId)
  if (owner !== undefined) {
    return {
      ...context.source.keyAt(['practices'], id),
      path: formatKeyPath(['practices', id]),
      message: `'${id}' is a practice of the ${owner} model, not of ${context.modelId}; use \`model: ${owner}\`, or give a practice of your own \`check:\`, \`level:\` and \`category:\``,
      allowed: [...context.builtIn]
    }
  }
  const hint = suggest(id, context.builtIn)
  if (hint === undefined) return undefined
  return {
    ...context.source.keyAt(['practices'], id),
    path: formatKeyPath(['practices', id]),
    message: `unknown practice '${id}' (did you mean '${hint}'?); a practice of your own needs \`check:\`, \`level:\` and \`category:\``,
    allowed: [...context.builtIn]
  }
}

function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value': {
      const written = isScalar(value) ? value.value : value
      const hint = typeof written === 'string' ? suggest(written, issue.values.map(String)) : undefined
      return `value not allowed${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`
    }
    case 'invalid_union':
      return 'no generic check by that name'
    case 'invalid_type':
      return `expected ${issue.expected}`
    default:
      return issue.message
  }
}

function allowedOf(issue: z.core.$ZodIssue): { allowed?: string[] } {
  if (issue.code === 'invalid_value') return { allowed: issue.values.map(String) }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return { allowed: issue.options.map(String) }
  }
  return {}
}

function show(value: unknown): string {
  const text = isScalar(value) ? JSON.stringify(value.value) : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/** The start of the node at path, or of its nearest existing ancestor (a missing key points at its parent). */
function offsetOf(doc: Document, path: KeyPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as Node | undefined
    if (node?.range) return node.range[0]
  }
  return 0
}

/**
 * Each map's keys (as text: `42:` is the key '42' to the schema) to their offsets, built once per map, so
 * positioning thousands of unknown keys stays linear.
 */
const keyIndexes = new WeakMap<object, Map<string, number>>()
function keyIndex(map: YAMLMap): Map<string, number> {
  let index = keyIndexes.get(map)
  if (index === undefined) {
    index = new Map()
    for (const item of map.items) {
      const keyNode = isPair(item) && isScalar(item.key) ? item.key : undefined
      if (keyNode?.range && !index.has(String(keyNode.value)))
        index.set(String(keyNode.value), keyNode.range[0])
    }
    keyIndexes.set(map, index)
  }
  return index
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
