import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Document, Node } from 'yaml'
import type { z } from 'zod'
import type { Location } from '../core/finding.js'
import { builtInModels } from '../models/index.js'
import type { Model } from '../models/model.js'
import { allowedKeysAt } from './allowed-keys.js'
import type { PolicyError } from './errors.js'
import { formatKeyPath } from './key-path.js'
import type { KeyPath } from './key-path.js'
import { buildPolicySchema } from './schema.js'
import type { Policy, SchemaVocabulary } from './schema.js'
import { suggest } from './suggest.js'
import { messageOf } from '../core/message-of.js'
import { daysBetween } from '../core/days-between.js'

/** A valid policy with the model it resolves to and a way back to the line of any key. */
export interface LoadedPolicy {
  file: string
  policy: Policy
  model: Model
  locate(path: KeyPath): Location
}

export type LoadResult = { ok: true; loaded: LoadedPolicy } | { ok: false; errors: PolicyError[] }

export interface LoadOptions {
  /** YYYY-MM-DD; a waiver reaching further than `max-waiver-days` from it is an error. */
  today: string
}

/** Aliases let a tiny file expand without bound ("billion laughs"); a policy never needs many. */
const MAX_ALIAS_COUNT = 100

/**
 * Parses and validates `.maturity.yml` text. Pure: the caller reads the file. Every problem — YAML syntax,
 * duplicate key, unknown key, bad value, unknown level, a waiver too long — comes back at once, positioned.
 */
export function loadPolicy(text: string, file: string, options: LoadOptions): LoadResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map(error => syntaxError(error, at)) }
  }
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
  const locate = (path: KeyPath): Location => at(offsetOf(doc, path))
  const model = resolveModel(data)
  const schema = buildPolicySchema(vocabularyFor(model, data))
  const parsed = schema.safeParse(data)
  const errors = [
    ...(parsed.success
      ? []
      : parsed.error.issues.flatMap(issue =>
          issueErrors(issue, { doc, data, schema, at, builtIn: model?.practices.map(p => p.id) ?? [] })
        )),
    ...modelShapeErrors(data, locate),
    ...waiverLengthErrors(data, locate, options.today)
  ].sort((a, b) => a.line - b.line || a.column - b.column)
  if (!parsed.success || errors.length > 0 || model === undefined) return { ok: false, errors }
  return { ok: true, loaded: { file, policy: parsed.data, model, locate } }
}

function syntaxError(error: { message: string; pos: [number, number] }, at: (offset: number) => Location) {
  return { ...at(error.pos[0]), path: '', message: error.message.split('\n')[0] ?? error.message }
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
function modelShapeErrors(data: Record<string, unknown>, locate: (path: KeyPath) => Location): PolicyError[] {
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
  locate: (path: KeyPath) => Location,
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

interface IssueContext {
  doc: Document
  data: unknown
  schema: z.ZodType
  at: (offset: number) => Location
  /** The model's practice ids: a custom practice without `check` that is one of them misspelt is a typo. */
  builtIn: readonly string[]
}

function issueErrors(issue: z.core.$ZodIssue, context: IssueContext): PolicyError[] {
  const { doc, data, schema, at } = context
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, path, data)
    return issue.keys.map(key => {
      const hint = suggest(key, allowed)
      return {
        ...at(keyOffset(doc, path, key)),
        path: formatKeyPath([...path, key]),
        message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
        allowed
      }
    })
  }
  const misspelt = misspeltPractice(issue, context)
  if (misspelt) return [misspelt]
  const value = doc.getIn(path)
  const missing = value === undefined && !doc.hasIn(path)
  const base = { ...at(offsetOf(doc, path)), path: formatKeyPath(path) }
  if (missing)
    return [{ ...base, message: `required key '${String(path.at(-1))}' is missing`, ...allowedOf(issue) }]
  return [{ ...base, message: issueMessage(issue), value: show(value), ...allowedOf(issue) }]
}

/**
 * `practices.unit-test:` without `check:` reads as a new practice missing its check, but it is almost always a
 * misspelt built-in one whose options would otherwise silently not apply: say so, at the key.
 */
function misspeltPractice(issue: z.core.$ZodIssue, context: IssueContext): PolicyError | undefined {
  const [section, id, key] = issue.path
  if (section !== 'practices' || typeof id !== 'string' || key !== 'check' || context.doc.hasIn(issue.path)) {
    return undefined
  }
  const hint = suggest(id, context.builtIn)
  if (hint === undefined) return undefined
  return {
    ...context.at(keyOffset(context.doc, ['practices'], id)),
    path: formatKeyPath(['practices', id]),
    message: `unknown practice '${id}' (did you mean '${hint}'?); a practice of your own needs \`check:\`, \`level:\` and \`category:\``,
    allowed: [...context.builtIn]
  }
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return 'value not allowed'
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

/** The position of a key itself (not its value): that is where an unknown key's fix goes. */
function keyOffset(doc: Document, path: KeyPath, key: string): number {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (isMap(parent)) {
    const pair = parent.items.find(item => isPair(item) && isScalar(item.key) && item.key.value === key)
    const keyNode = pair?.key as Node | undefined
    if (keyNode?.range) return keyNode.range[0]
  }
  return offsetOf(doc, path)
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
