import type { z } from 'zod'
import type { KeyPath } from './key-path.js'

/**
 * The keys a schema accepts at a path, for "unknown key" errors. zod's issue names the bad key but not the
 * good ones, and a typo is only fixable when the right spelling is shown.
 */
export function allowedKeysAt(schema: z.ZodType, path: KeyPath, data: unknown): string[] {
  let node: z.ZodType | undefined = unwrap(schema, data)
  let value = data
  for (const key of path) {
    value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined
    node = node === undefined ? undefined : unwrap(childOf(node, key), value)
  }
  if (node === undefined) return []
  const def = node._zod.def as { type: string; shape?: Record<string, unknown>; keyType?: z.ZodType }
  if (def.type === 'object' && def.shape) return Object.keys(def.shape)
  if (def.type === 'record' && def.keyType) return enumValues(def.keyType)
  return []
}

function childOf(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = schema._zod.def as {
    type: string
    shape?: Record<string, z.ZodType>
    catchall?: z.ZodType
    element?: z.ZodType
    valueType?: z.ZodType
  }
  if (def.type === 'object') return def.shape?.[String(key)] ?? def.catchall
  if (def.type === 'array') return def.element
  if (def.type === 'record') return def.valueType
  return undefined
}

/** Looks through optional/default wrappers and picks a discriminated union's variant by the data. */
function unwrap(schema: z.ZodType | undefined, data: unknown): z.ZodType | undefined {
  let node = schema
  for (let depth = 0; node !== undefined && depth < 10; depth++) {
    const def = node._zod.def as {
      type: string
      innerType?: z.ZodType
      in?: z.ZodType
      options?: z.ZodType[]
      discriminator?: string
    }
    if (def.innerType) node = def.innerType
    else if (def.type === 'pipe') node = def.in
    else if (def.type === 'union' && def.discriminator)
      node = variantFor(def.options ?? [], def.discriminator, data)
    else return node
  }
  return node
}

function variantFor(options: z.ZodType[], discriminator: string, data: unknown): z.ZodType | undefined {
  const wanted = isRecord(data) ? data[discriminator] : undefined
  return options.find(option => {
    const shape = (option._zod.def as { shape?: Record<string, z.ZodType> }).shape
    const literal = shape?.[discriminator]?._zod.def as { values?: unknown[] } | undefined
    return literal?.values?.includes(wanted)
  })
}

function enumValues(schema: z.ZodType): string[] {
  const def = schema._zod.def as { entries?: Record<string, string> }
  return def.entries ? Object.values(def.entries) : []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
