import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'
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
import { yamlProblems } from '../parsers/yaml-problems.js'

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
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const tooDeep = nestedTooDeeply(text)
  if (tooDeep !== undefined) {
    const message = `nested more than ${MAX_DEPTH} levels deep; a policy needs a handful`
    return { ok: false, errors: [{ file, ...tooDeep, path: '', message }] }
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
  const locate = (path: KeyPath): Location => at(offsetOf(doc, path))
  const model = resolveModel(data)
  const schema = buildPolicySchema(vocabularyFor(model, data))
  const parsed = schema.safeParse(data)
  const errors = [
    ...(parsed.success
      ? []
      : parsed.error.issues.flatMap(issue =>
          issueErrors(issue, {
            doc,
            data,
            schema,
            at,
            builtIn: model?.practices.map(p => p.id) ?? [],
            modelId: model?.id
          })
        )),
    ...modelShapeErrors(data, locate),
    ...waiverLengthErrors(data, locate, options.today)
  ].sort((a, b) => a.line - b.line || a.column - b.column)
  if (!parsed.success || errors.length > 0 || model === undefined) return { ok: false, errors }
  return { ok: true, loaded: { file, policy: parsed.data, model, locate } }
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
    const indent = line.length - line.trimStart().length
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
  modelId: string | undefined
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
  if (section !== 'practices' || typeof id !== 'string' || key !== 'check' || context.doc.hasIn(issue.path)) {
    return undefined
  }
  const owner = otherModelOf(id, context.modelId)
  if (owner !== undefined) {
    return {
      ...context.at(keyOffset(context.doc, ['practices'], id)),
      path: formatKeyPath(['practices', id]),
      message: `'${id}' is a practice of the ${owner} model, not of ${context.modelId}; use \`model: ${owner}\`, or give a practice of your own \`check:\`, \`level:\` and \`category:\``,
      allowed: [...context.builtIn]
    }
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

/** The position of a key itself (not its value): that is where an unknown key's fix goes. */
function keyOffset(doc: Document, path: KeyPath, key: string): number {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true)
  const offset = isMap(parent) ? keyIndex(parent).get(key) : undefined
  return offset ?? offsetOf(doc, path)
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
